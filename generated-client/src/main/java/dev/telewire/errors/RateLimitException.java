package dev.telewire.errors;

import java.time.Duration;
import java.util.Optional;

/** The API answered 429 Too Many Requests, and the SDK's retries (if any) did not get through. */
public class RateLimitException extends ApiException {
  private final Duration retryAfter;

  /** Creates the exception; {@code retryAfter} is the wait the API asked for, or null. */
  public RateLimitException(ApiErrorDetails details, Duration retryAfter) {
    super(details);
    this.retryAfter = retryAfter;
  }

  /** How long the API asked callers to wait (from {@code Retry-After}), if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
