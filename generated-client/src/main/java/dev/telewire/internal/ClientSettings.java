package dev.telewire.internal;

import dev.telewire.LogLevel;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * What a vendor client is built from, checked once: base URL, credential, the caller's
 * OkHttpClient, timeouts, retries and logging. Both vendor clients build their HTTP stack here.
 *
 * <p>Internal API: it may change in any release.
 */
public final class ClientSettings {
  /** The time to open a connection, unless configured. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The longest wait for the next bytes of a request or response, unless configured. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** The time one attempt may take in all, unless configured. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  /** How many times a failed call is retried, unless configured. */
  public static final int DEFAULT_MAX_RETRIES = 2;
  /** The environment variable that turns on HTTP logging: {@code basic}, {@code headers} or {@code body}. */
  public static final String LOG_VARIABLE = "TELEWIRE_LOG";

  private final Vendor vendor;
  private final HttpUrl baseUrl;
  private final Secret credential;
  private final Builder source;
  private final Call.Factory http;
  private final Retrofit retrofit;
  private final Caller caller;

  private ClientSettings(Vendor vendor, HttpUrl baseUrl, Secret credential, Builder source) {
    this.vendor = vendor;
    this.baseUrl = baseUrl;
    this.credential = credential;
    this.source = source;
    this.http = http(source, logLevel(source));
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .callFactory(http)
            .addConverterFactory(OptionalBody.CONVERTERS)
            .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
            .build();
    this.caller =
        new Caller(
            vendor.name(),
            http,
            source.maxRetries != null ? source.maxRetries : DEFAULT_MAX_RETRIES,
            new RetryPolicy(source.jitter),
            source.sleeper,
            new ResponseReader(vendor.name(), credential, source.clock),
            credential);
  }

  /** Returns an empty builder for {@code vendor}. */
  public static Builder builder(Vendor vendor) {
    return new Builder(vendor);
  }

  /** Returns a builder holding these settings, the credential and base URL resolved. */
  public Builder toBuilder() {
    Builder copy = source.copy();
    copy.key = credential.reveal();
    copy.baseUrl = baseUrl.toString();
    return copy;
  }

  /** The base URL, ending in a slash. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The Retrofit instance over the authenticated HTTP client. */
  public Retrofit retrofit() {
    return retrofit;
  }

  /** Runs calls with retries, timeouts and error mapping. */
  public Caller caller() {
    return caller;
  }

  /**
   * The HTTP client with the SDK's interceptors and timeouts: the caller's OkHttpClient with them
   * added, or else the shared default's, built when the first call needs it so that building this
   * client does not wait for {@link DefaultHttp}'s TLS set-up.
   */
  private Call.Factory http(Builder settings, LogLevel level) {
    if (settings.okHttpClient != null) {
      return configure(settings.okHttpClient, settings, level, false);
    }
    return new DeferredCallFactory(() -> configure(DefaultHttp.get(), settings, level, true));
  }

  private OkHttpClient configure(OkHttpClient base, Builder settings, LogLevel level, boolean ours) {
    OkHttpClient.Builder builder = base.newBuilder();
    Duration connect = orDefault(settings.connectTimeout, ours ? DEFAULT_CONNECT_TIMEOUT : null);
    Duration read = orDefault(settings.readTimeout, ours ? DEFAULT_READ_TIMEOUT : null);
    Duration call = orDefault(settings.timeout, ours ? DEFAULT_TIMEOUT : null);
    if (connect != null) {
      builder.connectTimeout(connect);
    }
    if (read != null) {
      builder.readTimeout(read).writeTimeout(read);
    }
    if (call != null) {
      builder.callTimeout(call);
    }
    builder
        .addInterceptor(new ResponseCapture())
        .addInterceptor(new PerCallTimeouts())
        .addInterceptor(new Credentials(baseUrl, vendor.placement(), vendor.credentialName(), credential));
    if (level != LogLevel.NONE) {
      builder.addInterceptor(HttpLogging.interceptor(level, credential, vendor));
    }
    if (base.followRedirects()) {
      builder.addNetworkInterceptor(new SameOriginRedirects(baseUrl, vendor.name()));
    }
    // Innermost, so that a body read by any interceptor (ours or the caller's, application or
    // network) fails as a body, not as the call.
    builder.addNetworkInterceptor(new ReceivedResponses());
    return builder.build();
  }

  private static LogLevel logLevel(Builder settings) {
    if (settings.logLevel != null) {
      return settings.logLevel;
    }
    String value = settings.environment.apply(LOG_VARIABLE);
    if (value == null || value.isBlank()) {
      return LogLevel.NONE;
    }
    try {
      return LogLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(LOG_VARIABLE + " must be none, basic, headers or body, not " + value, e);
    }
  }

  private static Duration orDefault(Duration value, Duration fallback) {
    return value != null ? value : fallback;
  }

  /** Reads the process environment. */
  public static String systemEnvironment(String name) {
    return System.getenv(Objects.requireNonNull(name, "name == null"));
  }

  @Override
  public String toString() {
    return "baseUrl=" + baseUrl + ", credential=" + credential;
  }

  /** Collects a client's settings; a vendor client's builder forwards to one. */
  public static final class Builder {
    private final Vendor vendor;
    private String key;
    private String baseUrl;
    private OkHttpClient okHttpClient;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration timeout;
    private Integer maxRetries;
    private LogLevel logLevel;
    private UnaryOperator<String> environment = ClientSettings::systemEnvironment;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private DoubleSupplier jitter = Math::random;

    private Builder(Vendor vendor) {
      this.vendor = vendor;
    }

    private Builder copy() {
      Builder copy = new Builder(vendor);
      copy.key = key;
      copy.baseUrl = baseUrl;
      copy.okHttpClient = okHttpClient;
      copy.connectTimeout = connectTimeout;
      copy.readTimeout = readTimeout;
      copy.timeout = timeout;
      copy.maxRetries = maxRetries;
      copy.logLevel = logLevel;
      copy.environment = environment;
      copy.clock = clock;
      copy.sleeper = sleeper;
      copy.jitter = jitter;
      return copy;
    }

    /** Sets the credential. */
    public void key(String key) {
      this.key = Objects.requireNonNull(key, vendor.keyField() + " == null");
    }

    /** Sets the base URL. */
    public void baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    }

    /** Sets the caller's OkHttpClient. */
    public void okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
    }

    /** Sets the connect timeout. */
    public void connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
    }

    /** Sets the read (and write) timeout. */
    public void readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
    }

    /** Sets the timeout of one whole attempt. */
    public void timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
    }

    /** Sets the number of retries; 0 disables them. */
    public void maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries < 0: " + maxRetries);
      }
      this.maxRetries = maxRetries;
    }

    /** Sets how much HTTP traffic is logged. */
    public void logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel == null");
    }

    /** Replaces the process environment (for tests). */
    public void environment(UnaryOperator<String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment == null");
    }

    /** Replaces the clock that {@code Retry-After} dates are measured against (for tests). */
    public void clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** Replaces the sleeper that waits between retries (for tests). */
    public void sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    }

    /** Replaces the source of backoff jitter, values in [0, 1) (for tests). */
    public void jitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter == null");
    }

    /** Checks the settings and returns them; a missing credential or base URL is read from the environment. */
    public ClientSettings build() {
      String resolvedKey = key != null ? key : environment.apply(vendor.keyVariable());
      if (resolvedKey == null) {
        throw new IllegalStateException(
            vendor.keyField() + " is not set: call " + vendor.keyField() + "(...) on the builder or set " + vendor.keyVariable());
      }
      Secret secret = Secret.of(vendor.keyField(), resolvedKey);
      if (!Credentials.canCarry(vendor.placement(), secret)) {
        throw new IllegalArgumentException(vendor.keyField() + " cannot travel in a cookie: it contains ; , \" or \\");
      }
      String urlText = baseUrl != null ? baseUrl : environment.apply(vendor.baseUrlVariable());
      if (urlText == null || urlText.isBlank()) {
        urlText = vendor.defaultBaseUrl();
      }
      HttpUrl url = HttpUrl.parse(urlText);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + secret.redact(urlText));
      }
      if (!url.encodedPath().endsWith("/")) {
        url = url.newBuilder().addPathSegment("").build();
      }
      if (!Credentials.isSafeForCredentials(url)) {
        throw new IllegalArgumentException(
            "baseUrl must use https; plain http is allowed only to this machine (localhost, 127.0.0.0/8 or [::1]), not to "
                + url.host());
      }
      return new ClientSettings(vendor, url, secret, copy());
    }

    @Override
    public String toString() {
      return "baseUrl=" + baseUrl + ", " + vendor.keyField() + "=" + (key == null ? "unset" : Secret.MASK)
          + ", maxRetries=" + maxRetries + ", timeout=" + timeout + ", logLevel=" + logLevel;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
