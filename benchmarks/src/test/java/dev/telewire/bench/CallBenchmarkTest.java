package dev.telewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each call benchmark, run once, returns the documented 200 response, typed. */
class CallBenchmarkTest {
  private static final OffsetDateTime UNASSIGNED_AT = OffsetDateTime.parse("2026-04-05T10:22:00Z");
  private static final CallBenchmark benchmark = new CallBenchmark();

  @BeforeAll
  static void start() throws Exception {
    benchmark.start();
  }

  @AfterAll
  static void stop() throws Exception {
    benchmark.stop();
  }

  @Test
  void truedyOursReturnsTheDocumentedResponse() {
    var response = benchmark.truedyOurs();

    assertThat(response.data().number()).isEqualTo("+18005559876");
    assertThat(response.data().unassignedAt()).isEqualTo(UNASSIGNED_AT);
    assertThat(response.meta().requestId()).isEqualTo("req_32e7531c");
  }

  @Test
  void truedyDefaultReturnsTheDocumentedResponse() {
    var response = benchmark.truedyDefault();

    assertThat(response.data().number()).isEqualTo("+18005559876");
    assertThat(response.meta().requestId()).isEqualTo("req_32e7531c");
  }

  @Test
  void truedyStockReturnsTheDocumentedResponse() throws Exception {
    var response = benchmark.truedyStock();

    assertThat(response.getData().getNumber()).isEqualTo("+18005559876");
    assertThat(response.getData().getUnassignedAt()).isEqualTo(UNASSIGNED_AT);
    assertThat(response.getMeta().getRequestId()).isEqualTo("req_32e7531c");
  }

  @Test
  void truedyControlReturnsTheDocumentedResponse() throws Exception {
    var response = benchmark.truedyControl();

    assertThat(response.number()).isEqualTo("+18005559876");
    assertThat(response.unassignedAt()).isEqualTo(UNASSIGNED_AT);
  }

  @Test
  void vidaControlReturnsTheDocumentedResponse() throws Exception {
    var response = benchmark.vidaControl();

    assertThat(response.success()).isTrue();
    assertThat(response.message()).isEqualTo("Success");
  }

  @Test
  void truedyRawReturnsTheDocumentedResponse() throws Exception {
    var response = benchmark.truedyRaw();

    assertThat(response.number()).isEqualTo("+18005559876");
    assertThat(response.unassignedAt()).isEqualTo(UNASSIGNED_AT);
    assertThat(response.requestId()).isEqualTo("req_32e7531c");
  }

  @Test
  void vidaOursReturnsTheDocumentedResponse() {
    var response = benchmark.vidaOurs();

    assertThat(response.success()).isTrue();
    assertThat(response.message()).isEqualTo("Success");
  }

  @Test
  void vidaDefaultReturnsTheDocumentedResponse() {
    var response = benchmark.vidaDefault();

    assertThat(response.success()).isTrue();
    assertThat(response.message()).isEqualTo("Success");
  }

  @Test
  void vidaStockReturnsTheDocumentedResponse() throws Exception {
    var response = benchmark.vidaStock();

    assertThat(response.getSuccess()).isTrue();
    assertThat(response.getMessage()).isEqualTo("Success");
  }

  @Test
  void vidaRawReturnsTheDocumentedResponse() throws Exception {
    var response = benchmark.vidaRaw();

    assertThat(response.success()).isTrue();
    assertThat(response.message()).isEqualTo("Success");
  }
}
