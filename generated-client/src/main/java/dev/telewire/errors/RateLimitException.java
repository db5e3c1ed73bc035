package dev.telewire.errors;

import dev.telewire.internal.ApiErrorDetails;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The API answered 429 Too Many Requests, and the SDK's retries (if any) did not get through. */
public class RateLimitException extends ApiException {
  private final @Nullable Duration retryAfter;

  RateLimitException(ApiErrorDetails details, @Nullable Duration retryAfter) {
    super(details);
    this.retryAfter = retryAfter;
  }

  /** How long the API asked callers to wait (from {@code Retry-After}), if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
