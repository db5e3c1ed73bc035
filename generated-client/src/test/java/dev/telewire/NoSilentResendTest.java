package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.ApiException;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A 503 with {@code Retry-After: 0} is sent again only by the SDK's own, counted retries. */
@Timeout(10)
class NoSilentResendTest {
  private final MockWebServer server = new MockWebServer();
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
}
