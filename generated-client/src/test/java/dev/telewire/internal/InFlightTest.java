package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The attempts in flight and their whole-attempt deadlines, on a clock the test moves and swept
 * when the test says: no request is sent, so each check takes no real time.
 */
class InFlightTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final OkHttpClient http = new OkHttpClient();
  private final Call call = http.newCall(new Request.Builder().url("http://127.0.0.1:9/").build());
  private final DeadlineClock clock = DeadlineClock.install();

  @AfterEach
  void release() {
    InFlight.leave(InFlight.of(call));
    clock.close();
  }

  @Test
  void startedAttemptIsCancelledOnceItsDeadlinePasses() {
    InFlight.Entry entry = InFlight.enter(call, TIMEOUT, true);

    clock.advance(TIMEOUT);
    InFlight.sweepNow();

    assertThat(call.isCanceled()).isTrue();
    assertThat(entry.expired).isTrue();
  }

  @Test
  void attemptIsNotCancelledBeforeItsDeadline() {
    InFlight.Entry entry = InFlight.enter(call, TIMEOUT, true);

    clock.advance(TIMEOUT.minusNanos(1));
    InFlight.sweepNow();

    assertThat(call.isCanceled()).isFalse();
    assertThat(entry.expired).isFalse();
  }

  @Test
  void queuedAttemptsDeadlineStartsWhenItRuns() {
    InFlight.enter(call, TIMEOUT, false);
    clock.advance(TIMEOUT.multipliedBy(2));
    InFlight.sweepNow();
    assertThat(call.isCanceled()).as("cancelled while queued").isFalse();

    InFlight.started(call);
    clock.advance(TIMEOUT.minusNanos(1));
    InFlight.sweepNow();
    assertThat(call.isCanceled()).as("cancelled before its deadline").isFalse();

    clock.advance(Duration.ofNanos(1));
    InFlight.sweepNow();
    assertThat(call.isCanceled()).isTrue();
  }

  @Test
  void startingAnAttemptAgainKeepsItsFirstDeadline() {
    InFlight.enter(call, TIMEOUT, true);
    clock.advance(TIMEOUT.minusSeconds(1));

    InFlight.started(call);
    clock.advance(Duration.ofSeconds(1));
    InFlight.sweepNow();

    assertThat(call.isCanceled()).isTrue();
  }

  @Test
  void attemptWithoutADeadlineIsNeverCancelled() {
    InFlight.enter(call);

    clock.advance(Duration.ofDays(365));
    InFlight.sweepNow();

    assertThat(call.isCanceled()).isFalse();
  }

  @Test
  void attemptIsTrackedUntilItLeaves() {
    InFlight.Entry entry = InFlight.enter(call, TIMEOUT, true);
    assertThat(InFlight.of(call)).isSameAs(entry);

    InFlight.leave(entry);

    assertThat(InFlight.of(call)).isNull();
  }

  @Test
  void attemptThatLeftIsNotCancelledAtItsDeadline() {
    InFlight.leave(InFlight.enter(call, TIMEOUT, true));

    clock.advance(TIMEOUT);
    InFlight.sweepNow();

    assertThat(call.isCanceled()).isFalse();
  }

  @Test
  void leavingNothingIsHarmless() {
    InFlight.enter(call);

    InFlight.leave(null);

    assertThat(InFlight.of(call)).isNotNull();
  }

  @Test
  void timeoutsFromOneSecondAreSwept() {
    assertThat(InFlight.swept(Duration.ofSeconds(1))).isTrue();
    assertThat(InFlight.swept(Duration.ofMinutes(1))).isTrue();
    assertThat(InFlight.swept(Duration.ofMillis(999))).isFalse();
  }

  @Test
  void okHttpTimeoutIsInWholeMillisecondsOfAtLeastOne() {
    assertThat(InFlight.millis(Duration.ofNanos(10))).isEqualTo(1);
    assertThat(InFlight.millis(Duration.ofMillis(1500))).isEqualTo(1500);
  }

  @Test
  void failureOfACancelledOverdueAttemptIsATimeoutCausedByIt() {
    InFlight.Entry entry = InFlight.enter(call, TIMEOUT, true);
    clock.advance(TIMEOUT);
    InFlight.sweepNow();
    IOException cancelled = new IOException("Canceled");

    IOException failure = entry.timedOut(cancelled);

    assertThat(failure).isInstanceOf(InterruptedIOException.class).hasMessage("timeout").hasCause(cancelled);
  }

  @Test
  void timeoutOfAnOverdueAttemptStaysAsItIs() {
    InFlight.Entry entry = InFlight.enter(call, TIMEOUT, true);
    clock.advance(TIMEOUT);
    InFlight.sweepNow();
    IOException timeout = new InterruptedIOException("timeout");

    assertThat(entry.timedOut(timeout)).isSameAs(timeout);
  }

  @Test
  void failureOfAnAttemptOnTimeIsItself() {
    InFlight.Entry entry = InFlight.enter(call, TIMEOUT, true);
    IOException reset = new IOException("Connection reset");

    assertThat(entry.timedOut(reset)).isSameAs(reset);
  }

  @Test
  void failedBodyIsFoundAmongTheCausesOfAFailure() {
    InFlight.Entry entry = InFlight.enter(call);
    IOException body = new IOException("unexpected end of stream");
    entry.responseReceived(200, Headers.of());
    entry.responseFailed(body);

    assertThat(entry.isBodyFailure(body)).isTrue();
    assertThat(entry.isBodyFailure(new RuntimeException("wrapped", body))).isTrue();
    assertThat(entry.isBodyFailure(new IOException("other"))).isFalse();
    assertThat(entry.receivedCode).isEqualTo(200);
  }

  @Test
  void failureBeforeAnyResponseIsNoBodyFailure() {
    InFlight.Entry entry = InFlight.enter(call);
    IOException refused = new IOException("Connection refused");
    entry.responseFailed(refused);

    assertThat(entry.isBodyFailure(refused)).isFalse();
  }

  @Test
  void newRequestOfTheAttemptForgetsTheEarlierResponse() {
    InFlight.Entry entry = InFlight.enter(call);
    IOException body = new IOException("unexpected end of stream");
    entry.responseReceived(307, Headers.of("Location", "/elsewhere"));
    entry.responseFailed(body);

    entry.requestStarted();

    assertThat(entry.receivedHeaders).isNull();
    assertThat(entry.isBodyFailure(body)).isFalse();
  }
}
