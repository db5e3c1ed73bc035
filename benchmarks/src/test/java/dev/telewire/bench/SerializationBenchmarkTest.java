package dev.telewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each serialization benchmark, run once, writes the documented request or reads the documented 200. */
class SerializationBenchmarkTest {
  private static final String TRUEDY_REQUEST =
      "{\"number_id\":\"num_11111111-1111-1111-1111-111111111111\",\"assignment_type\":\"inbound\"}";
  private static final String VIDA_REQUEST = "{\"number\":\"+12145551234\"}";
  private static final SerializationBenchmark benchmark = new SerializationBenchmark();

  @BeforeAll
  static void setUp() {
    benchmark.setUp();
  }

  private static String text(RequestBody body) throws Exception {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readUtf8();
  }

  @Test
  void truedyEncodeOursWritesTheDocumentedRequest() throws Exception {
    assertThat(text(benchmark.truedyEncodeOurs())).isEqualTo(TRUEDY_REQUEST);
  }

  @Test
  void truedyEncodeStockWritesTheDocumentedRequest() throws Exception {
    assertThat(text(benchmark.truedyEncodeStock())).isEqualTo(TRUEDY_REQUEST);
  }

  @Test
  void truedyEncodeRawWritesTheDocumentedRequest() throws Exception {
    assertThat(text(benchmark.truedyEncodeRaw())).isEqualTo(TRUEDY_REQUEST);
  }

  @Test
  void vidaEncodeOursWritesTheDocumentedRequest() throws Exception {
    assertThat(text(benchmark.vidaEncodeOurs())).isEqualTo(VIDA_REQUEST);
  }

  @Test
  void vidaEncodeStockWritesTheDocumentedRequest() throws Exception {
    assertThat(text(benchmark.vidaEncodeStock())).isEqualTo(VIDA_REQUEST);
  }

  @Test
  void vidaEncodeRawWritesTheDocumentedRequest() throws Exception {
    assertThat(text(benchmark.vidaEncodeRaw())).isEqualTo(VIDA_REQUEST);
  }

  @Test
  void truedyDecodeOursReadsTheDocumentedResponse() throws Exception {
    var response = benchmark.truedyDecodeOurs();

    assertThat(response.data().agentId()).isNull();
    assertThat(response.meta().ts()).isEqualTo(OffsetDateTime.parse("2026-04-05T10:22:00Z"));
  }

  @Test
  void truedyDecodeStockReadsTheDocumentedResponse() throws Exception {
    var response = benchmark.truedyDecodeStock();

    assertThat(response.getData().getAgentId()).isNull();
    assertThat(response.getMeta().getTs()).isEqualTo(OffsetDateTime.parse("2026-04-05T10:22:00Z"));
  }

  @Test
  void truedyDecodeRawReadsTheDocumentedResponse() throws Exception {
    var response = benchmark.truedyDecodeRaw();

    assertThat(response.agentId()).isNull();
    assertThat(response.ts()).isEqualTo(OffsetDateTime.parse("2026-04-05T10:22:00Z"));
  }

  @Test
  void vidaDecodeOursReadsTheDocumentedResponse() throws Exception {
    assertThat(benchmark.vidaDecodeOurs().message()).isEqualTo("Success");
  }

  @Test
  void vidaDecodeStockReadsTheDocumentedResponse() throws Exception {
    assertThat(benchmark.vidaDecodeStock().getMessage()).isEqualTo("Success");
  }

  @Test
  void vidaDecodeRawReadsTheDocumentedResponse() throws Exception {
    assertThat(benchmark.vidaDecodeRaw().message()).isEqualTo("Success");
  }
}
