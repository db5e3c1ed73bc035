package dev.telewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each variant of the default-configuration breakdown, run once, gets the documented 200. */
class DefaultCostBenchmarkTest {
  private static final DefaultCostBenchmark benchmark = new DefaultCostBenchmark();

  @BeforeAll
  static void start() throws Exception {
    benchmark.start();
  }

  @AfterAll
  static void stop() throws Exception {
    benchmark.stop();
  }

  @Test
  void rawVariantsReadTheNumber() throws Exception {
    assertThat(benchmark.rawPlain().number()).isEqualTo("+18005559876");
    assertThat(benchmark.rawCallTimeout().number()).isEqualTo("+18005559876");
  }

  @Test
  void oursVariantsReadTheRequestId() {
    assertThat(benchmark.oursShared().meta().requestId()).isEqualTo("req_32e7531c");
    assertThat(benchmark.oursSharedTimeout().meta().requestId()).isEqualTo("req_32e7531c");
    assertThat(benchmark.oursPlainWithDefaults().meta().requestId()).isEqualTo("req_32e7531c");
    assertThat(benchmark.oursDefault().meta().requestId()).isEqualTo("req_32e7531c");
  }
}
