package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.errors.ApiTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** What one attempt's outcome says: its status, whether it may have reached the vendor, and its exception's message. */
class AttemptTest {
  private static final Secret SECRET = Secret.of("apiKey", "s3cret-value");

  private static Attempt<Object> status(int code, String note) {
    return Attempt.status(ErrorResponses.read("Acme", ErrorEnvelope.COMMON, code, Headers.of(), "").withNote(note), null);
  }

  @Test
  void transportFailureHasNoStatus() {
    assertThat(Attempt.transport(new IOException("reset"), "api.acme.test").isStatus(503)).isFalse();
  }

  @Test
  void serviceUnavailableDidNotReachTheVendor() {
    assertThat(status(503, null).mayHaveReachedVendor()).isFalse();
  }

  @Test
  void refusedConnectionDidNotReachTheVendor() {
    assertThat(Attempt.transport(new ConnectException("refused"), "api.acme.test").mayHaveReachedVendor()).isFalse();
  }

  @Test
  void statusNoteAndCallersNoteAreBothKept() {
    assertThat(status(503, "Not followed.").toException("Retried twice.", SECRET))
        .hasMessageContaining("Not followed. Retried twice.");
  }

  @Test
  void callersNoteAloneIsKept() {
    assertThat(status(503, null).toException("Retried twice.", SECRET)).hasMessageContaining("Retried twice.");
  }

  @Test
  void transportFailureWithoutANoteEndsWithItsReason() {
    assertThat(Attempt.transport(new IOException("reset"), "api.acme.test").toException(null, SECRET))
        .hasMessage("The request to api.acme.test failed: reset");
  }

  @Test
  void socketTimeoutIsATimeout() {
    assertThat(Attempt.isTimeout(new SocketTimeoutException("Read timed out"))).isTrue();
  }

  @Test
  void otherFailureNamedTimeoutIsNoTimeout() {
    assertThat(Attempt.isTimeout(new IOException("timeout"))).isFalse(); // only an InterruptedIOException says so
  }

  @Test
  void timedOutTransportBecomesATimeoutException() {
    assertThat(Attempt.transport(new SocketTimeoutException("Read timed out"), "api.acme.test").toException(null, SECRET))
        .isInstanceOf(ApiTimeoutException.class).hasMessage("The request to api.acme.test timed out (Read timed out)");
  }
}
