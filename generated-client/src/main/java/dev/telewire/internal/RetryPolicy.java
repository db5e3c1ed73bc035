package dev.telewire.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to retry and how long to wait first: connection failures and HTTP 429, 502, 503 and 504 are
 * retried; the wait is the server's {@code Retry-After} (at most {@link #MAX_RETRY_AFTER}) or an
 * exponential backoff from {@link #INITIAL_BACKOFF} to {@link #MAX_BACKOFF} less up to 25% jitter.
 */
final class RetryPolicy {
  static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final DoubleSupplier jitter;

  /** {@code jitter} returns values in [0, 1), such as {@code Math::random}. */
  RetryPolicy(DoubleSupplier jitter) {
    this.jitter = jitter;
  }

  static boolean isRetryableStatus(int code) {
    return code == 429 || code == 502 || code == 503 || code == 504;
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  Duration delayBefore(int retry, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
    }
    long backoff = INITIAL_BACKOFF.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(backoff, MAX_BACKOFF.toMillis());
    double factor = 1.0 - 0.25 * Math.min(Math.max(jitter.getAsDouble(), 0.0), 1.0);
    return Duration.ofMillis(Math.round(capped * factor));
  }
}
