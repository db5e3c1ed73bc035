package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.squareup.moshi.JsonAdapter;
import dev.telewire.errors.ApiConnectionException;
import dev.telewire.errors.ApiTimeoutException;
import dev.telewire.errors.InvalidResponseException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Content-Type shortcut: only the plain JSON forms skip parsing; everything else is parsed and
 * judged. A success body is read whole, up to its size limit, then parsed; a failure names the
 * problem with the first bytes of the body.
 *
 * <p>Unreachable through {@code read}: parse() line 106 ({@code body == null}), since OkHttp gives
 * every response it returns a body, and closing one without a body throws.
 */
class ResponseReaderTest {
  private static final Vendor ACME = new Vendor("Acme", "apiKey", "ACME_API_KEY", "ACME_BASE_URL",
      "https://api.acme.test/", Credentials.Placement.BEARER_HEADER, "Authorization");
  private static final Request REQUEST = new Request.Builder().url("https://api.acme.test/v1/numbers").build();
  private static final JsonAdapter<Object> JSON = Json.MOSHI.adapter(Object.class);
  private static final MediaType PLAIN_JSON = MediaType.get("application/json");

  private final ResponseReader reader = new ResponseReader(ACME, Secret.of("apiKey", "s3cret-value"), Clock.systemUTC());
  private final InFlight.Entry attempt = new InFlight.Entry(new OkHttpClient().newCall(REQUEST), 0);

  private static Response response(int code, ResponseBody body) {
    Response.Builder response = new Response.Builder().request(REQUEST).protocol(Protocol.HTTP_1_1).code(code)
        .message("Whatever").body(body);
    if (body != null && body.contentType() != null) {
      response.header("Content-Type", body.contentType().toString());
    }
    return response.build();
  }

  private Object read(ResponseBody body, JsonAdapter<Object> adapter) {
    return reader.read(response(200, body), adapter, attempt).value();
  }

  private InvalidResponseException invalid(ResponseBody body) {
    return (InvalidResponseException) catchThrowable(() -> read(body, JSON));
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "Application/JSON", "application/json; charset=utf-8", "application/json;charset=UTF-8"})
  void plainJsonIsRecognizedWithoutParsing(String contentType) {
    assertThat(ResponseReader.isPlainJson(contentType)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "text/html", "application/jsonx", "application/json; charset=iso-8859-1", "application/json; v=2",
      "application/problem+json", "application/jso", "application/json; "})
  void anythingElseIsLeftToTheFullCheck(String contentType) {
    assertThat(ResponseReader.isPlainJson(contentType)).isFalse();
  }

  @Test
  void jsonBodyIsParsed() {
    assertThat(read(ResponseBody.create("{\"id\":\"n1\"}", PLAIN_JSON), JSON)).isEqualTo(java.util.Map.of("id", "n1"));
  }

  @Test
  void structuredJsonTypeIsParsed() {
    MediaType problem = MediaType.get("application/vnd.acme+json");

    assertThat(read(ResponseBody.create("[\"a\"]", problem), JSON)).isEqualTo(java.util.List.of("a"));
  }

  @Test
  void bodyOfAnotherContentTypeIsInvalid() {
    InvalidResponseException error = invalid(ResponseBody.create("{\"id\":\"n1\"}", MediaType.get("text/html")));

    assertThat(error).hasMessageContaining("Content-Type text/html instead of JSON");
  }

  @Test
  void bodyOfAnotherContentTypeIsShownInTheError() {
    InvalidResponseException error = invalid(ResponseBody.create("<p>maintenance</p>", MediaType.get("text/html")));

    assertThat(error.body()).isEqualTo("<p>maintenance</p>");
  }

  @Test
  void emptyBodyOfAnOperationThatAllowsNoneIsNull() {
    assertThat(read(ResponseBody.create("", PLAIN_JSON), OptionalBody.of(JSON))).isNull();
  }

  @Test
  void bodyOfAnOperationThatAllowsNoneIsStillParsed() {
    assertThat(read(ResponseBody.create("true", PLAIN_JSON), OptionalBody.of(JSON))).isEqualTo(true);
  }

  @Test
  void bodyThatIsNotJsonIsInvalidWithItsText() {
    InvalidResponseException error = invalid(ResponseBody.create("<html>busy</html>", PLAIN_JSON));

    assertThat(error.body()).isEqualTo("<html>busy</html>");
  }

  @Test
  void snippetOfALongInvalidBodyIsItsFirstBytes() {
    String body = "x".repeat(ErrorResponses.BODY_SNIPPET_LIMIT) + "y".repeat(20_000);

    InvalidResponseException error = invalid(ResponseBody.create(body, PLAIN_JSON));

    assertThat(error.body()).isEqualTo("x".repeat(ErrorResponses.BODY_SNIPPET_LIMIT));
  }

  @Test
  void snippetOfABodyThatArrivedInSmallPiecesIsItsFirstBytes() {
    Buffer data = new Buffer().writeUtf8("x".repeat(ErrorResponses.BODY_SNIPPET_LIMIT) + "y".repeat(1000));
    Source pieces = new Source() { // hands on shared 100-byte segments, as a network read can, which Okio does not merge
      private long offset;

      @Override
      public long read(Buffer sink, long byteCount) {
        if (offset == data.size()) {
          return -1;
        }
        long n = Math.min(100, data.size() - offset);
        Buffer piece = new Buffer();
        data.copyTo(piece, offset, n);
        sink.write(piece, n);
        offset += n;
        return n;
      }

      @Override
      public Timeout timeout() {
        return Timeout.NONE;
      }

      @Override
      public void close() {}
    };

    InvalidResponseException error = invalid(ResponseBody.create(Okio.buffer(pieces), PLAIN_JSON, -1));

    assertThat(error.body()).isEqualTo("x".repeat(ErrorResponses.BODY_SNIPPET_LIMIT));
  }

  @Test
  void bodyOneByteOverTheLimitIsShownByItsFirstBytes() {
    String json = "\"" + "a".repeat((int) ResponseReader.MAX_BODY_BYTES - 1) + "\"";

    assertThat(invalid(ResponseBody.create(json, PLAIN_JSON)).body())
        .isEqualTo(json.substring(0, ErrorResponses.BODY_SNIPPET_LIMIT));
  }

  @Test
  void bodyOfExactlyTheLimitIsParsed() {
    String text = "a".repeat((int) ResponseReader.MAX_BODY_BYTES - 2);

    assertThat(read(ResponseBody.create("\"" + text + "\"", PLAIN_JSON), JSON)).isEqualTo(text);
  }

  @Test
  void bodyOneByteOverTheLimitIsInvalid() {
    String json = "\"" + "a".repeat((int) ResponseReader.MAX_BODY_BYTES - 1) + "\"";

    assertThat(invalid(ResponseBody.create(json, PLAIN_JSON)))
        .hasMessageContaining("a body larger than " + ResponseReader.MAX_BODY_BYTES + " bytes");
  }

  @ParameterizedTest
  @ValueSource(ints = {199, 300, 503})
  void unreadBodyOfAnErrorStatusIsThatStatus(int code) {
    Attempt<Object> outcome = reader.unreadBody(code, Headers.of(), new IOException("gone"), JSON, "api.acme.test");

    assertThat(outcome.isStatus(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 299})
  void unreadBodyOfASuccessWithoutADocumentedBodyIsNothing(int code) {
    Attempt<Object> outcome = reader.unreadBody(code, Headers.of(), new IOException("gone"), null, "api.acme.test");

    assertThat(outcome.succeeded()).isTrue();
  }

  @Test
  void unreadBodyOfASuccessMayHaveTakenEffect() {
    Throwable error = catchThrowable(
        () -> reader.unreadBody(201, Headers.of(), new IOException("gone"), JSON, "api.acme.test"));

    assertThat(error).isInstanceOf(ApiConnectionException.class).isNotInstanceOf(ApiTimeoutException.class)
        .hasMessageContaining("Acme answered HTTP 201 but the body did not arrive in full from api.acme.test (gone)")
        .hasMessageContaining("the request may have taken effect");
  }

  @Test
  void unreadBodyOfASuccessThatTimedOutIsATimeout() {
    Throwable error = catchThrowable(
        () -> reader.unreadBody(200, Headers.of(), new SocketTimeoutException("read timed out"), JSON, "api.acme.test"));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void unreadBodyOfASuccessWhoseFailureWrapsATimeoutIsATimeout() {
    IOException wrapped = new IOException("stream reset", new SocketTimeoutException("read timed out"));

    Throwable error = catchThrowable(() -> reader.unreadBody(200, Headers.of(), wrapped, JSON, "api.acme.test"));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }
}
