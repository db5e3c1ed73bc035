package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.ApiConnectionException;
import dev.telewire.errors.BadRequestException;
import dev.telewire.errors.InternalServerException;
import dev.telewire.errors.NotFoundException;
import dev.telewire.errors.RateLimitException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/*
 * Equivalent mutant: RetryPolicy.delayBefore() line 30, {@code compareTo(MAX_RETRY_AFTER) > 0} vs
 * {@code >= 0}: at the cap itself both branches return a wait equal to the cap.
 */
class RetryTest {
  private static final Instant NOW = Instant.parse("2026-04-05T10:22:00Z");

  private final MockWebServer server = Servers.failingFast();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private TruedyClient.Builder builder;

  @BeforeEach
  void start() throws Exception {
    server.start();
    builder = TruedyClient.builder()
        .apiKey("tr_secret")
        .baseUrl(server.url("/v1/").toString())
        .readTimeout(Duration.ofMillis(150))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(sleeper)
        .jitter(() -> 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static MockResponse ok() {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(Requests.TRUEDY_200);
  }

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setBody("{\"error\":{\"code\":\"e\",\"message\":\"m\"}}");
  }

  @Test
  void retriesOn503ThenReturnsTheBody() {
    server.enqueue(status(503));
    server.enqueue(ok());

    var response = builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(response.meta().requestId()).isEqualTo("req_32e7531c");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void backoffStartsAtHalfASecondAndDoubles() {
    server.enqueue(status(502));
    server.enqueue(status(504));
    server.enqueue(ok());

    builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void eachRetryIsLoggedAtDebugWithWhatEndedTheAttemptAndTheWait() {
    server.enqueue(status(503));
    server.enqueue(ok());
    Logger sdk = Logger.getLogger("dev.telewire");
    Level level = sdk.getLevel();
    LogLines log = new LogLines();
    sdk.setLevel(Level.FINE);
    sdk.addHandler(log);
    try {
      builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN);
    } finally {
      sdk.removeHandler(log);
      sdk.setLevel(level);
    }

    assertThat(log.lines()).singleElement().asString()
        .startsWith("Truedy call ended in ").contains("503").endsWith("; retry 1 of 2 in 500 ms");
  }

  @Test
  void jitterShortensTheBackoffByUpToAQuarter() {
    server.enqueue(status(503));
    server.enqueue(ok());

    builder.jitter(() -> 0.5).build().telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(438));
  }

  @Test
  void retriesOn429AfterRetryAfterSeconds() {
    server.enqueue(status(429).setHeader("Retry-After", "7"));
    server.enqueue(ok());

    builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retriesOn429AfterRetryAfterHttpDate() {
    String in30Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(30).atOffset(ZoneOffset.UTC));
    server.enqueue(status(429).setHeader("Retry-After", in30Seconds));
    server.enqueue(ok());

    builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterIsCappedAtOneMinute() {
    server.enqueue(status(429).setHeader("Retry-After", "3600"));
    server.enqueue(ok());

    builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void rateLimitStopsAtTheRetryLimit() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(429).setHeader("Retry-After", "2"));
    }

    RateLimitException error =
        catchThrowableOfType(RateLimitException.class, () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(error.retryAfter()).hasValue(Duration.ofSeconds(2));
    assertThat(error.getMessage()).contains("attempt 3").contains("HTTP 429, HTTP 429");
  }

  @Test
  void zeroMaxRetriesOnTheClientSendsOnce() {
    server.enqueue(status(503));
    server.enqueue(ok());

    catchThrowableOfType(InternalServerException.class, () -> builder.maxRetries(0).build().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void perCallMaxRetriesOverridesTheClient() {
    server.enqueue(status(503));
    server.enqueue(ok());
    TruedyClient client = builder.maxRetries(5).build();

    catchThrowableOfType(
        InternalServerException.class,
        () -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN, RequestOptions.builder().maxRetries(0).build()));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void http500IsNotRetried() {
    server.enqueue(status(500));
    server.enqueue(ok());

    catchThrowableOfType(InternalServerException.class, () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void http400IsNotRetried() {
    server.enqueue(status(400));
    server.enqueue(ok());

    catchThrowableOfType(BadRequestException.class, () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectionFailureIsRetried() {
    server.enqueue(ok().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    server.enqueue(ok());

    var response = builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(response.data().number()).isEqualTo("+18005559876");
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void connectionFailuresStopAtTheRetryLimit() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(ok().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    }

    ApiConnectionException error =
        catchThrowableOfType(ApiConnectionException.class, () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error.getMessage()).contains("attempt 3");
    assertThat(sleeper.sleeps).hasSize(2);
  }

  @Test
  void notFoundAfterAGatewayTimeoutSaysAnEarlierAttemptMayHaveReachedTheVendor() {
    server.enqueue(status(504));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":{\"code\":\"not_found\",\"message\":\"gone\"}}"));

    NotFoundException error =
        catchThrowableOfType(NotFoundException.class, () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error.getMessage()).contains("earlier attempt may have reached Truedy");
    assertThat(error.errorCode()).hasValue("not_found");
  }

  @Test
  void notFoundAfterATimeoutSaysAnEarlierAttemptMayHaveReachedTheVendor() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    server.enqueue(new MockResponse().setResponseCode(404));

    NotFoundException error =
        catchThrowableOfType(NotFoundException.class, () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error.getMessage()).contains("earlier attempts ended in timeout").contains("may have reached Truedy");
  }

  @Test
  void notFoundAfterA503DoesNotBlameAnEarlierAttempt() {
    server.enqueue(status(503));
    server.enqueue(new MockResponse().setResponseCode(404));

    NotFoundException error =
        catchThrowableOfType(NotFoundException.class, () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error.getMessage()).contains("earlier attempts ended in HTTP 503").doesNotContain("may have reached");
  }

  @Test
  void notFoundOnTheFirstAttemptHasNoNote() {
    server.enqueue(new MockResponse().setResponseCode(404));

    NotFoundException error =
        catchThrowableOfType(NotFoundException.class, () -> builder.build().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error.getMessage()).isEqualTo("Truedy answered HTTP 404");
  }

  @Test
  void asyncRetriesWaitThroughTheSleeperWithoutBlocking() {
    server.enqueue(status(429).setHeader("Retry-After", "3"));
    server.enqueue(ok());

    var response = Await.join(builder.build().async().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(response.meta().requestId()).isEqualTo("req_32e7531c");
    assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(3));
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void asyncStopsAtTheRetryLimitWithTheSameException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }

    Throwable error = catchThrowableOfType(
        java.util.concurrent.CompletionException.class,
        () -> Await.join(builder.build().async().telephony().unassignPhoneNumber(Requests.UNASSIGN)));

    assertThat(error.getCause()).isInstanceOf(InternalServerException.class).hasMessageContaining("attempt 3");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }
}
