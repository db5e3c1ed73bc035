package dev.telewire.internal;

import dev.telewire.LogLevel;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * A client's HTTP stack: the caller's OkHttpClient (or the shared default) with the SDK's
 * timeouts and interceptors, and Retrofit over it.
 */
final class HttpStack {
  private final Call.Factory http;
  private final LazyRetrofit retrofit;
  private final @Nullable Duration callTimeout;
  private final @Nullable Credentials early;

  HttpStack(Vendor vendor, HttpUrl baseUrl, Secret credential, ClientOptions options, LogLevel level) {
    OkHttpClient own = options.okHttpClient();
    this.callTimeout = orDefault(options.timeout(), own == null ? ClientOptions.DEFAULT_TIMEOUT : null);
    // The shared default is built when the first call needs it, so that building a client does
    // not wait for DefaultHttp's TLS set-up.
    Credentials credentials = new Credentials(baseUrl, vendor.placement(), vendor.credentialName(), credential);
    boolean early = vendor.placement() != Credentials.Placement.COOKIE;
    this.early = early && (own == null || own.interceptors().isEmpty()) ? credentials : null;
    this.http = own != null
        ? configure(own, false, vendor, credentials, baseUrl, credential, options, level)
        : new DeferredCallFactory(() -> configure(DefaultHttp.get(), true, vendor, credentials, baseUrl, credential, options, level));
    this.retrofit = new LazyRetrofit(baseUrl, http);
  }

  Call.Factory http() {
    return http;
  }

  /**
   * Retrofit over {@link #http()}, built on first use: operations the services send through a
   * {@code PreparedCall.Route} never need it, so a client whose calls are all routes loads none of
   * Retrofit's classes.
   */
  Retrofit retrofit() {
    return retrofit.get();
  }

  /**
   * The whole-attempt timeout this stack set as OkHttp's call timeout, or null if it set none (the
   * caller's own client then keeps its own). {@link Caller} enforces it through {@link InFlight}
   * instead, and Retrofit calls made directly keep OkHttp's.
   */
  @Nullable Duration callTimeout() {
    return callTimeout;
  }

  /**
   * The client's {@link Credentials}, for a request copy made before sending to add the
   * credential in ({@link Credentials#addTo}), or null when that must wait for the interceptor:
   * the caller's client has application interceptors of its own, which run first and must not see
   * the credential, or the credential travels in a cookie (which joins the request's own).
   */
  @Nullable Credentials earlyCredentials() {
    return early;
  }

  /** {@code base} with the configured timeouts (the defaults too, when {@code ours}) and the SDK's interceptors. */
  private static OkHttpClient configure(
      OkHttpClient base, boolean ours, Vendor vendor, Credentials credentials, HttpUrl baseUrl, Secret credential,
      ClientOptions options, LogLevel level) {
    OkHttpClient.Builder builder = base.newBuilder();
    Duration connect = orDefault(options.connectTimeout(), ours ? ClientOptions.DEFAULT_CONNECT_TIMEOUT : null);
    Duration read = orDefault(options.readTimeout(), ours ? ClientOptions.DEFAULT_READ_TIMEOUT : null);
    Duration call = orDefault(options.timeout(), ours ? ClientOptions.DEFAULT_TIMEOUT : null);
    if (connect != null) {
      builder.connectTimeout(connect);
    }
    if (read != null) {
      builder.readTimeout(read).writeTimeout(read);
    }
    if (call != null) {
      builder.callTimeout(call);
    }
    // Outermost, before the caller's own interceptors: the whole-attempt timeout counts them too.
    builder.interceptors().add(0, new PerCallTimeouts());
    builder.eventListenerFactory(ResponseTracking.over(base.eventListenerFactory()));
    builder
        .addInterceptor(new ResponseCapture())
        .addInterceptor(credentials);
    if (level != LogLevel.NONE) {
      builder.addInterceptor(HttpLogging.interceptor(level, credential, vendor));
    }
    builder.addInterceptor(NoSilentResend.application());
    if (base.followRedirects()) {
      builder.addNetworkInterceptor(new SameOriginRedirects(baseUrl, vendor.name()));
      if (vendor.placement() == Credentials.Placement.QUERY) {
        builder.addNetworkInterceptor(credentials.onFollowedRedirects());
      }
    }
    builder.addNetworkInterceptor(NoSilentResend.network());
    return builder.build();
  }

  private static @Nullable Duration orDefault(@Nullable Duration value, @Nullable Duration fallback) {
    return value != null ? value : fallback;
  }
}
