package dev.telewire.internal;

import dev.telewire.LogLevel;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * A client's HTTP stack: the caller's OkHttpClient (or the shared default) with the SDK's
 * timeouts and interceptors, and Retrofit over it.
 */
final class HttpStack {
  private final Call.Factory http;
  private final Retrofit retrofit;

  HttpStack(Vendor vendor, HttpUrl baseUrl, Secret credential, ClientOptions options, LogLevel level) {
    OkHttpClient own = options.okHttpClient();
    // The shared default is built when the first call needs it, so that building a client does
    // not wait for DefaultHttp's TLS set-up.
    this.http = own != null
        ? configure(own, false, vendor, baseUrl, credential, options, level)
        : new DeferredCallFactory(() -> configure(DefaultHttp.get(), true, vendor, baseUrl, credential, options, level));
    this.retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .callFactory(http)
        .addConverterFactory(OptionalBody.CONVERTERS)
        .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
        .build();
  }

  Call.Factory http() {
    return http;
  }

  Retrofit retrofit() {
    return retrofit;
  }

  /** {@code base} with the configured timeouts (the defaults too, when {@code ours}) and the SDK's interceptors. */
  private static OkHttpClient configure(
      OkHttpClient base, boolean ours, Vendor vendor, HttpUrl baseUrl, Secret credential, ClientOptions options, LogLevel level) {
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
    builder.addNetworkInterceptor(new NoSilentResend());
    // Innermost, so that a body read by any interceptor (ours or the caller's, application or
    // network) fails as a body, not as the call.
    builder.addNetworkInterceptor(new ReceivedResponses());
    return builder.build();
  }

  private static @Nullable Duration orDefault(@Nullable Duration value, @Nullable Duration fallback) {
    return value != null ? value : fallback;
  }
}
