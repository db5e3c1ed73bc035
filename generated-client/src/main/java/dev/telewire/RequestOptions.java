package dev.telewire;

import dev.telewire.internal.ClientOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override a subset of the client's options (retries and timeouts),
 * passed as the last argument of a convenience method:
 * {@code RequestOptions.builder().maxRetries(0).timeout(Duration.ofSeconds(5)).build()}.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final @Nullable Integer maxRetries;
  private final @Nullable Duration timeout;
  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;

  private RequestOptions(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.timeout = builder.timeout;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
  }

  /** Returns a builder; every setting left unset keeps the client's value. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns options that override nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** How many times to retry this call after the first attempt, if overridden. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /** The time one attempt may take from start to end of the body, if overridden. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The time to open a connection, if overridden. */
  public Optional<Duration> connectTimeout() {
    return Optional.ofNullable(connectTimeout);
  }

  /** The longest wait for the next bytes of the request or response, if overridden. */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  @Override
  public String toString() {
    return "RequestOptions{maxRetries=" + maxRetries + ", timeout=" + timeout
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "}";
  }

  /** Configures {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Integer maxRetries;
    private @Nullable Duration timeout;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;

    private Builder() {}

    /** Sets how many times to retry after the first attempt; 0 sends the request once. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = ClientOptions.retries(maxRetries);
      return this;
    }

    /** Sets the time one attempt may take, from connecting to reading the last byte. */
    public Builder timeout(Duration timeout) {
      this.timeout = ClientOptions.positive(timeout, "timeout");
      return this;
    }

    /** Sets the time to open a connection. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = ClientOptions.positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** Sets the longest wait for the next bytes of the request or response. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = ClientOptions.positive(readTimeout, "readTimeout");
      return this;
    }

    /** Returns the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
