package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.telewire.errors.ApiConnectionException;
import dev.telewire.errors.ApiTimeoutException;
import dev.telewire.errors.InternalServerException;
import dev.telewire.errors.InvalidResponseException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broken responses end in exactly one of the SDK's exceptions, never a raw Moshi or I/O one. */
class ResponseFaultsTest {
  private final MockWebServer server = Servers.failingFast();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TruedyClient truedy;

  /** Short, since the timeout tests wait it out, and long enough for a response head on a loaded machine. */
  private static final Duration READ_TIMEOUT = Duration.ofMillis(150);

  /** For the cases that wait out a read timeout per attempt: one retry shows that a timeout is retried. */
  private static final RequestOptions ONE_RETRY = RequestOptions.builder().maxRetries(1).build();

  @BeforeEach
  void start() throws Exception {
    server.start();
    truedy = TruedyClient.builder()
        .apiKey("tr_secret")
        .baseUrl(server.url("/v1/").toString())
        .readTimeout(READ_TIMEOUT)
        .sleeper(sleeper)
        .jitter(() -> 0)
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private Throwable unassignFailure() {
    return catchThrowable(() -> truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN));
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  @Test
  void connectionDroppedMidBodyThrowsApiConnection() {
    server.enqueue(json(Requests.TRUEDY_200).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    Throwable error = unassignFailure();

    assertThat(error).isExactlyInstanceOf(ApiConnectionException.class).hasMessageContaining("may have taken effect");
  }

  @Test
  void connectionDroppedMidBodyOfA200IsNotRetried() {
    server.enqueue(json(Requests.TRUEDY_200).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(Requests.TRUEDY_200));

    unassignFailure();

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void truncatedJsonThrowsInvalidResponse() {
    server.enqueue(json(Requests.TRUEDY_200.substring(0, 40)));

    Throwable error = unassignFailure();

    assertThat(error).isInstanceOf(InvalidResponseException.class).hasMessageContaining("HTTP 200");
    assertThat(((InvalidResponseException) error).body()).isEqualTo(Requests.TRUEDY_200.substring(0, 40));
  }

  @Test
  void htmlBadGatewayThrowsInternalServerAfterRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
          .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));
    }

    Throwable error = unassignFailure();

    assertThat(error).isInstanceOf(InternalServerException.class);
    assertThat(((InternalServerException) error).body()).contains("502 Bad Gateway");
  }

  @Test
  void empty200BodyThrowsInvalidResponse() {
    server.enqueue(new MockResponse().setResponseCode(200));

    Throwable error = unassignFailure();

    assertThat(error).isInstanceOf(InvalidResponseException.class).hasMessageContaining("empty body");
  }

  @Test
  void htmlWithStatus200ThrowsInvalidResponseNamingTheContentType() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody("<html>ok</html>"));

    Throwable error = unassignFailure();

    assertThat(error).isInstanceOf(InvalidResponseException.class).hasMessageContaining("text/html");
  }

  @Test
  void jsonOfTheWrongShapeThrowsInvalidResponse() {
    server.enqueue(json("{\"data\":[1,2],\"meta\":{}}"));

    Throwable error = unassignFailure();

    assertThat(error).isInstanceOf(InvalidResponseException.class).hasMessageContaining("not the documented JSON");
  }

  @Test
  void emptyObjectMissingRequiredFieldsThrowsInvalidResponseNamingTheField() {
    server.enqueue(json("{}"));

    Throwable error = unassignFailure();

    assertThat(error).isInstanceOf(InvalidResponseException.class).hasMessageContaining("'data'");
  }

  @Test
  void nestedRequiredFieldThatIsNullThrowsInvalidResponseNamingItsPath() {
    server.enqueue(json(Requests.TRUEDY_200.replace("\"number\":\"+18005559876\"", "\"number\":null")));

    Throwable error = unassignFailure();

    assertThat(error).isInstanceOf(InvalidResponseException.class).hasMessageContaining("'number'").hasMessageContaining("$.data");
  }

  @Test
  void requiredButNullableFieldMayBeNull() {
    server.enqueue(json(Requests.TRUEDY_200));

    Throwable error = unassignFailure();

    assertThat(error).isNull();
  }

  @Test
  void jsonNullBodyThrowsInvalidResponse() {
    server.enqueue(json("null"));

    Throwable error = unassignFailure();

    assertThat(error).isInstanceOf(InvalidResponseException.class).hasMessageContaining("null body");
  }

  @Test
  void trailingDataAfterTheJsonThrowsInvalidResponse() {
    server.enqueue(json(Requests.TRUEDY_200 + "{\"again\":1}"));

    Throwable error = unassignFailure();

    assertThat(error).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void bodySlowerThanTheReadTimeoutThrowsApiTimeout() throws Exception {
    // The request and the head of the response pass at once, then the body stalls.
    try (StallingServer stalling = StallingServer.partOf(Requests.TRUEDY_200 + " ".repeat(1000), 200)) {
      TruedyClient client = TruedyClient.builder().apiKey("tr_secret").baseUrl(stalling.url())
          .readTimeout(READ_TIMEOUT).sleeper(sleeper).build();

      long start = System.nanoTime();
      Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

      assertThat(error).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("did not arrive in full");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void serverTooSlowToReadTheRequestThrowsApiTimeoutAfterARetry() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(json(Requests.TRUEDY_200).throttleBody(10, READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    }

    Throwable error = catchThrowable(() -> truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN, ONE_RETRY));

    assertThat(error).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("attempt 2");
  }

  @Test
  void noResponseAtAllThrowsApiTimeoutAfterARetry() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }

    Throwable error = catchThrowable(() -> truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN, ONE_RETRY));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void connectionRefusedThrowsApiConnection() throws Exception {
    server.shutdown();

    Throwable error = unassignFailure();

    assertThat(error).isExactlyInstanceOf(ApiConnectionException.class).hasMessageContaining("failed");
  }

  @Test
  void asyncTruncatedJsonFailsTheFutureWithInvalidResponse() {
    server.enqueue(json(Requests.TRUEDY_200.substring(0, 40)));

    Throwable error = catchThrowable(() -> Await.join(truedy.async().telephony().unassignPhoneNumber(Requests.UNASSIGN)));

    assertThat(error.getCause()).isInstanceOf(InvalidResponseException.class);
  }
}
