package dev.telewire.internal;

import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * What a vendor client is built from, checked once: the base URL, the credential and the caller's
 * OkHttpClient. Both vendor clients build their Retrofit through it.
 *
 * <p>Internal API: it may change in any release.
 */
public final class ClientSettings {
  private static final OkHttpClient SHARED_DEFAULT = new OkHttpClient();

  private final HttpUrl baseUrl;
  private final Secret credential;
  private final Credentials.Placement placement;
  private final OkHttpClient callerClient;

  private ClientSettings(HttpUrl baseUrl, Secret credential, Credentials.Placement placement, OkHttpClient callerClient) {
    this.baseUrl = baseUrl;
    this.credential = credential;
    this.placement = placement;
    this.callerClient = callerClient;
  }

  /**
   * Checks and combines a client's settings; a missing value falls back to the environment
   * variable named by {@code keyVariable} or {@code baseUrlVariable}, then to {@code defaultBaseUrl}.
   */
  public static ClientSettings resolve(
      String keyField,
      String key,
      String keyVariable,
      String baseUrl,
      String baseUrlVariable,
      String defaultBaseUrl,
      Credentials.Placement placement,
      OkHttpClient callerClient,
      UnaryOperator<String> environment) {
    String resolvedKey = key != null ? key : environment.apply(keyVariable);
    if (resolvedKey == null) {
      throw new IllegalStateException(
          keyField + " is not set: call " + keyField + "(...) on the builder or set " + keyVariable);
    }
    Secret secret = Secret.of(keyField, resolvedKey);
    String urlText = baseUrl != null ? baseUrl : environment.apply(baseUrlVariable);
    if (urlText == null || urlText.isBlank()) {
      urlText = defaultBaseUrl;
    }
    HttpUrl url = HttpUrl.parse(urlText);
    if (url == null) {
      throw new IllegalArgumentException("baseUrl is not an http or https URL: " + urlText);
    }
    if (!url.encodedPath().endsWith("/")) {
      url = url.newBuilder().addPathSegment("").build();
    }
    if (!Credentials.isSafeForCredentials(url)) {
      throw new IllegalArgumentException(
          "baseUrl must use https (plain http is allowed only to localhost): " + url.scheme() + "://" + url.host());
    }
    return new ClientSettings(url, secret, placement, callerClient);
  }

  /** The base URL, ending in a slash. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The caller's OkHttpClient, or null when the SDK's own default is used. */
  public OkHttpClient callerClient() {
    return callerClient;
  }

  /** The credential, masked in every {@code toString()}. */
  public Secret credential() {
    return credential;
  }

  /** Builds the Retrofit instance: the caller's client (or a shared default) plus our interceptors. */
  public Retrofit retrofit() {
    OkHttpClient base = callerClient != null ? callerClient : SHARED_DEFAULT;
    OkHttpClient http =
        base.newBuilder().addInterceptor(new Credentials(baseUrl, placement, credential)).build();
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
        .build();
  }

  /** Reads the process environment. */
  public static String systemEnvironment(String name) {
    return System.getenv(Objects.requireNonNull(name, "name == null"));
  }

  @Override
  public String toString() {
    return "baseUrl=" + baseUrl + ", credential=" + credential;
  }
}
