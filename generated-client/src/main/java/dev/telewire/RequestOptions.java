package dev.telewire;

import dev.telewire.internal.ClientOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override the client's, passed as the last argument of a convenience
 * method or of a client's {@code withOptions}:
 * {@code RequestOptions.builder().maxRetries(0).putHeader("X-Trace", id).build()}.
 *
 * <p>Extra headers replace a header of the same name that the operation sets; extra query
 * parameters replace one of the same name. Neither may name the credential's header or parameter:
 * such a call is refused with {@link dev.telewire.errors.InvalidRequestException}, nothing sent.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final @Nullable Integer maxRetries;
  private final @Nullable Duration timeout;
  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;
  private final Map<String, List<String>> headers;
  private final Map<String, List<String>> queryParams;

  private RequestOptions(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.timeout = builder.timeout;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.headers = frozen(builder.headers);
    this.queryParams = frozen(builder.queryParams);
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

  /** The extra headers of this call by name, each with its values in order; empty by default. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The extra query parameters of this call by name, each with its values in order; empty by default. */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /**
   * Returns these options with each unset setting taken from {@code defaults}; extra headers and
   * query parameters are merged, these winning by name.
   */
  public RequestOptions applyDefaults(RequestOptions defaults) {
    Objects.requireNonNull(defaults, "defaults == null");
    if (defaults == NONE) {
      return this;
    }
    Builder merged = new Builder();
    merged.maxRetries = maxRetries != null ? maxRetries : defaults.maxRetries;
    merged.timeout = timeout != null ? timeout : defaults.timeout;
    merged.connectTimeout = connectTimeout != null ? connectTimeout : defaults.connectTimeout;
    merged.readTimeout = readTimeout != null ? readTimeout : defaults.readTimeout;
    merged.headers.putAll(defaults.headers);
    merged.queryParams.putAll(defaults.queryParams);
    headers.forEach((name, values) -> merged.replace(merged.headers, name, values, true));
    queryParams.forEach((name, values) -> merged.replace(merged.queryParams, name, values, false));
    return merged.build();
  }

  /** The settings, with the names of extra headers and query parameters but never their values. */
  @Override
  public String toString() {
    return "RequestOptions{maxRetries=" + maxRetries + ", timeout=" + timeout
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", headers=" + headers.keySet() + ", queryParams=" + queryParams.keySet() + "}";
  }

  private static Map<String, List<String>> frozen(Map<String, List<String>> values) {
    if (values.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    return Collections.unmodifiableMap(copy);
  }

  /** Configures {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Integer maxRetries;
    private @Nullable Duration timeout;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> queryParams = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a value of header {@code name} to send with the call; several values send the header several times. */
    public Builder putHeader(String name, String value) {
      add(headers, checkedName(name, "header"), Objects.requireNonNull(value, "value == null"), true);
      return this;
    }

    /** Adds a value of query parameter {@code name} to send with the call. */
    public Builder putQueryParam(String name, String value) {
      add(queryParams, checkedName(name, "query parameter"), Objects.requireNonNull(value, "value == null"), false);
      return this;
    }

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

    private static String checkedName(String name, String what) {
      Objects.requireNonNull(name, what + " name == null");
      if (name.isBlank()) {
        throw new IllegalArgumentException(what + " name is blank");
      }
      return name;
    }

    /** Header names match without regard to case, query parameter names exactly. */
    private static void add(Map<String, List<String>> map, String name, String value, boolean ignoreCase) {
      String key = ignoreCase ? map.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(name) : name;
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private void replace(Map<String, List<String>> map, String name, List<String> values, boolean ignoreCase) {
      map.keySet().removeIf(key -> ignoreCase ? name.equalsIgnoreCase(key) : name.equals(key));
      map.put(name, new ArrayList<>(values));
    }
  }
}
