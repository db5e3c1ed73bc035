package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.ApiException;
import dev.telewire.errors.UnexpectedStatusException;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 503 with {@code Retry-After: 0}, and a 408 without a {@code Retry-After} or with one of 0, are
 * sent again only by the SDK's own, counted retries (OkHttp alone would repeat them at once).
 */
class NoSilentResendTest {
  private final MockWebServer server = Servers.failingFast();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TruedyClient.Builder builder;

  @BeforeEach
  void start() throws Exception {
    server.start();
    builder = TruedyClient.builder()
        .apiKey("tr_secret")
        .baseUrl(server.url("/v1/").toString())
        .sleeper(sleeper)
        .jitter(() -> 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static MockResponse unavailableRetryNow() {
    return new MockResponse().setResponseCode(503).setHeader("Retry-After", "0")
        .setBody("{\"error\":{\"code\":\"busy\",\"message\":\"try again\"}}");
  }

  @Test
  void withRetriesOffA503AskingForAnImmediateRetryIsSentOnce() {
    server.enqueue(unavailableRetryNow());
    server.enqueue(unavailableRetryNow());

    ApiException e = catchThrowableOfType(
        () -> builder.maxRetries(0).build().telephony().unassignPhoneNumber(Requests.UNASSIGN), ApiException.class);

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void everySendOfA503AskingForAnImmediateRetryIsACountedRetry() {
    for (int i = 0; i < 6; i++) {
      server.enqueue(unavailableRetryNow());
    }

    catchThrowableOfType(() -> builder.maxRetries(2).build().telephony().unassignPhoneNumber(Requests.UNASSIGN), ApiException.class);

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.sleeps).hasSize(2).allMatch(d -> d.compareTo(Duration.ZERO) > 0);
  }

  private static MockResponse requestTimeout() {
    return new MockResponse().setResponseCode(408)
        .setBody("{\"error\":{\"code\":\"timeout\",\"message\":\"too slow\"}}");
  }

  @Test
  void a408WithoutRetryAfterIsSentOnce() {
    server.enqueue(requestTimeout());
    server.enqueue(requestTimeout());

    ApiException e = catchThrowableOfType(
        () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN), ApiException.class);

    assertThat(e).isInstanceOf(UnexpectedStatusException.class);
    assertThat(e.statusCode()).isEqualTo(408);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a408WithRetryAfterZeroIsSentOnce() {
    server.enqueue(requestTimeout().setHeader("Retry-After", "0"));
    server.enqueue(requestTimeout());

    catchThrowableOfType(() -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN), ApiException.class);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a408ReachesTheCallerWithoutThePlaceholderHeader() {
    server.enqueue(requestTimeout().setHeader("X-Request-Id", "req_408"));

    ApiException e = catchThrowableOfType(
        () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN), ApiException.class);

    assertThat(e.headers().firstValue("X-Request-Id")).contains("req_408");
    assertThat(e.headers().values("Retry-After")).isEmpty();
  }

  @Test
  void a408ThroughTheRetrofitInterfaceIsSentOnce() throws Exception {
    server.enqueue(requestTimeout());
    server.enqueue(requestTimeout());

    int code = builder.build().retrofit().telephony().unassignPhoneNumber(Requests.UNASSIGN).execute().code();

    assertThat(code).isEqualTo(408);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
