package dev.telewire.internal;

import dev.telewire.LogLevel;
import dev.telewire.RequestOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Everything a client is configured with, as one immutable value with one {@link Builder}: the
 * vendor builders fill it, {@code newBuilder()} starts from it, and {@link RequestOptions}
 * override a subset of it for one call. Unset values are null and resolved when the client is
 * built (from the environment or the defaults).
 *
 * <p>Internal API: it may change in any release.
 */
public final class ClientOptions {
  /** The time to open a connection, unless configured. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The longest wait for the next bytes of a request or response, unless configured. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** The time one attempt may take in all, unless configured. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  /** How many times a failed call is retried, unless configured. */
  public static final int DEFAULT_MAX_RETRIES = 2;

  private final Values values;

  private ClientOptions(Values values) {
    this.values = values;
  }

  /** Returns a builder with nothing set. */
  public static Builder builder() {
    return new Builder(new Values());
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    return new Builder(values.copy());
  }

  /** These options with the ones {@code call} sets replacing them. */
  ClientOptions with(RequestOptions call) {
    if (call == RequestOptions.none()) {
      return this;
    }
    Builder builder = toBuilder();
    call.maxRetries().ifPresent(builder::maxRetries);
    call.timeout().ifPresent(builder::timeout);
    call.connectTimeout().ifPresent(builder::connectTimeout);
    call.readTimeout().ifPresent(builder::readTimeout);
    return builder.build();
  }

  /** The credential as given to the builder, or null to read it from the environment. */
  @Nullable String credential() {
    return values.credential;
  }

  /** The base URL as given to the builder, or null for the environment's or the spec's. */
  @Nullable String baseUrl() {
    return values.baseUrl;
  }

  /** The caller's own OkHttpClient, or null for the shared default. */
  @Nullable OkHttpClient okHttpClient() {
    return values.okHttpClient;
  }

  /** The connect timeout, or null for the OkHttpClient's (the default's is {@link #DEFAULT_CONNECT_TIMEOUT}). */
  @Nullable Duration connectTimeout() {
    return values.connectTimeout;
  }

  /** The read and write timeout, or null for the OkHttpClient's. */
  @Nullable Duration readTimeout() {
    return values.readTimeout;
  }

  /** The timeout of one whole attempt, or null for the OkHttpClient's. */
  @Nullable Duration timeout() {
    return values.timeout;
  }

  /** How many times a failed call is retried. */
  int maxRetries() {
    return values.maxRetries != null ? values.maxRetries : DEFAULT_MAX_RETRIES;
  }

  /** The log level, or null to read {@link Environment#LOG_VARIABLE}. */
  @Nullable LogLevel logLevel() {
    return values.logLevel;
  }

  /** Where environment variables are read. */
  Environment environment() {
    return new Environment(values.environment);
  }

  /** The clock that {@code Retry-After} dates are measured against. */
  Clock clock() {
    return values.clock;
  }

  /** Waits between retries. */
  Sleeper sleeper() {
    return values.sleeper;
  }

  /** The source of backoff jitter, values in [0, 1). */
  DoubleSupplier jitter() {
    return values.jitter;
  }

  /** Returns {@code value} if it is a positive duration, else fails naming {@code name}. */
  public static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  /** Returns {@code maxRetries} if it is not negative, else fails. */
  public static int retries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
    }
    return maxRetries;
  }

  @Override
  public String toString() {
    return values.toString();
  }

  /** Sets client options; each setter checks its value and names it when it is wrong. */
  public static final class Builder {
    private final Values values;

    private Builder(Values values) {
      this.values = values;
    }

    /** Sets the credential; it is checked when the client is built. */
    public Builder credential(String credential) {
      values.credential = Objects.requireNonNull(credential, "credential == null");
      return this;
    }

    /** Sets the base URL; it is checked when the client is built. */
    public Builder baseUrl(String baseUrl) {
      values.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /** Sets the caller's OkHttpClient. */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      values.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /** Sets the connect timeout. */
    public Builder connectTimeout(Duration connectTimeout) {
      values.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** Sets the read (and write) timeout. */
    public Builder readTimeout(Duration readTimeout) {
      values.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /** Sets the timeout of one whole attempt. */
    public Builder timeout(Duration timeout) {
      values.timeout = positive(timeout, "timeout");
      return this;
    }

    /** Sets the number of retries; 0 disables them. */
    public Builder maxRetries(int maxRetries) {
      values.maxRetries = retries(maxRetries);
      return this;
    }

    /** Sets how much HTTP traffic is logged. */
    public Builder logLevel(LogLevel logLevel) {
      values.logLevel = Objects.requireNonNull(logLevel, "logLevel == null");
      return this;
    }

    /** Replaces the process environment (for tests). */
    public Builder environment(UnaryOperator<@Nullable String> environment) {
      values.environment = Objects.requireNonNull(environment, "environment == null");
      return this;
    }

    /** Replaces the clock that {@code Retry-After} dates are measured against (for tests). */
    public Builder clock(Clock clock) {
      values.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Replaces the sleeper that waits between retries (for tests). */
    public Builder sleeper(Sleeper sleeper) {
      values.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Replaces the source of backoff jitter, values in [0, 1) (for tests). */
    public Builder jitter(DoubleSupplier jitter) {
      values.jitter = Objects.requireNonNull(jitter, "jitter == null");
      return this;
    }

    /** Returns the options; the builder can go on being used without changing them. */
    public ClientOptions build() {
      return new ClientOptions(values.copy());
    }

    @Override
    public String toString() {
      return values.toString();
    }
  }

  /**
   * The settings themselves, shared by the value and its builder so that neither copies them field
   * by field: the builder mutates its own instance, and {@link #copy()} hands out another.
   */
  private static final class Values implements Cloneable {
    @Nullable String credential;
    @Nullable String baseUrl;
    @Nullable OkHttpClient okHttpClient;
    @Nullable Duration connectTimeout;
    @Nullable Duration readTimeout;
    @Nullable Duration timeout;
    @Nullable Integer maxRetries;
    @Nullable LogLevel logLevel;
    UnaryOperator<@Nullable String> environment = Environment::system;
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.system();
    DoubleSupplier jitter = Math::random;

    Values copy() {
      try {
        return (Values) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public String toString() {
      return "baseUrl=" + baseUrl + ", credential=" + (credential == null ? "unset" : Secret.MASK)
          + ", maxRetries=" + maxRetries + ", timeout=" + timeout + ", logLevel=" + logLevel;
    }
  }
}
