package dev.telewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each cold-start variant, run in this JVM, gets the documented answer (the suite runs them in fresh JVMs). */
class ColdStartTest {
  private static LoopbackServer server;

  @BeforeAll
  static void start() throws Exception {
    server = LoopbackServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"truedy-ours", "truedy-stock", "truedy-raw", "truedy-raw-early-tls", "truedy-raw-control"})
  void truedyVariantReadsTheNumber(String variant) throws Exception {
    assertThat(ColdStart.call(variant, server.origin())).isEqualTo("+18005559876");
  }

  @ParameterizedTest
  @ValueSource(strings = {"vida-ours", "vida-stock", "vida-raw", "vida-raw-early-tls", "vida-raw-control"})
  void vidaVariantReadsTheMessage(String variant) throws Exception {
    assertThat(ColdStart.call(variant, server.origin())).isEqualTo("Success");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sinkone-ours", "sinklarge-ours"})
  void sinkVariantReadsTheCallName(String variant) throws Exception {
    assertThat(ColdStart.call(variant, server.origin())).isEqualTo("first");
  }
}
