package dev.telewire.internal;

import dev.telewire.errors.TelewireException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How one attempt of a call ended: with the typed body, with an error status, or with a transport
 * failure before any status arrived. Outcomes that can never be retried are thrown instead.
 */
final class Attempt<T extends @Nullable Object> {
  private final @Nullable T value;
  private final @Nullable ApiErrorDetails status;
  private final @Nullable Duration retryAfter;
  private final @Nullable IOException transport;
  private final @Nullable String host;
  private final boolean cancelled;

  private Attempt(@Nullable T value, @Nullable ApiErrorDetails status, @Nullable Duration retryAfter,
      @Nullable IOException transport, @Nullable String host, boolean cancelled) {
    this.cancelled = cancelled;
    this.value = value;
    this.status = status;
    this.retryAfter = retryAfter;
    this.transport = transport;
    this.host = host;
  }

  static <T> Attempt<T> success(@Nullable T value) {
    return new Attempt<>(value, null, null, null, null, false);
  }

  static <T> Attempt<T> status(ApiErrorDetails details, @Nullable Duration retryAfter) {
    return new Attempt<>(null, details, retryAfter, null, null, false);
  }

  static <T> Attempt<T> transport(IOException failure, String host) {
    return new Attempt<>(null, null, null, failure, host, false);
  }

  /** A transport failure of a call that was cancelled (through the future, the call or its dispatcher). */
  static <T> Attempt<T> cancelled(IOException failure, String host) {
    return new Attempt<>(null, null, null, failure, host, true);
  }

  boolean succeeded() {
    return status == null && transport == null;
  }

  @Nullable T value() {
    return value;
  }

  /** The wait the server asked for with {@code Retry-After}, or null. */
  @Nullable Duration retryAfter() {
    return retryAfter;
  }

  boolean isStatus(int code) {
    return status != null && status.statusCode() == code;
  }

  /** Whether trying again can help: a retryable status, or a transport failure not caused by interruption or cancelling. */
  boolean retryable() {
    if (status != null) {
      return RetryPolicy.isRetryableStatus(status.statusCode());
    }
    return transport != null && !cancelled && !interrupted(transport) && !"Canceled".equals(transport.getMessage());
  }

  /** Whether the vendor may have acted on the request although this attempt failed. */
  boolean mayHaveReachedVendor() {
    if (status != null) {
      return status.statusCode() == 502 || status.statusCode() == 504;
    }
    return !(transport instanceof ConnectException
        || transport instanceof UnknownHostException
        || transport instanceof NoRouteToHostException);
  }

  /** A few words for the retry history, such as {@code HTTP 503} or {@code timeout}. */
  String describe() {
    if (status != null) {
      return "HTTP " + status.statusCode();
    }
    return isTimeout(transport) ? "timeout" : "connection failure";
  }

  /** The exception for this outcome, its message ending with {@code note} when not null. */
  TelewireException toException(@Nullable String note, Secret secret) {
    if (status != null) {
      String notes = status.note() == null ? note : note == null ? status.note() : status.note() + " " + note;
      return ErrorResponses.toException(status.withNote(notes), retryAfter);
    }
    String reason = secret.redact(String.valueOf(transport.getMessage()));
    String suffix = note == null ? "" : ". " + note;
    if (isTimeout(transport)) {
      return SdkExceptions.create().connection("The request to " + host + " timed out (" + reason + ")" + suffix, transport, true);
    }
    return SdkExceptions.create().connection("The request to " + host + " failed: " + reason + suffix, transport, false);
  }

  static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }

  private static boolean interrupted(IOException e) {
    return e instanceof InterruptedIOException && !isTimeout(e);
  }
}
