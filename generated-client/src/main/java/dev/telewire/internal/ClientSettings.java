package dev.telewire.internal;

import dev.telewire.LogLevel;
import java.util.Objects;
import okhttp3.HttpUrl;
import retrofit2.Retrofit;

/**
 * A built client's resolved configuration and the parts made from it: its {@link ClientOptions},
 * base URL and credential, checked once, the {@link HttpStack} and the {@link Caller}.
 *
 * <p>Internal API: it may change in any release.
 */
public final class ClientSettings {
  private final Vendor vendor;
  private final HttpUrl baseUrl;
  private final Secret credential;
  private final ClientOptions options;
  private final HttpStack stack;
  private final Caller caller;

  private ClientSettings(Vendor vendor, HttpUrl baseUrl, Secret credential, ClientOptions options) {
    this.vendor = vendor;
    this.baseUrl = baseUrl;
    this.credential = credential;
    this.options = options;
    LogLevel level = options.logLevel() != null ? options.logLevel() : options.environment().logLevel();
    this.stack = new HttpStack(vendor, baseUrl, credential, options, level);
    this.caller = new Caller(vendor, stack.http(), stack.callTimeout(), options, credential);
  }

  /** Returns an empty builder for {@code vendor}. */
  public static Builder builder(Vendor vendor) {
    return new Builder(vendor, ClientOptions.builder());
  }

  /** Returns a builder holding these settings, the credential and base URL resolved. */
  public Builder toBuilder() {
    return new Builder(vendor, options.toBuilder().credential(credential.reveal()).baseUrl(baseUrl.toString()));
  }

  /** The Retrofit instance over the authenticated HTTP client. */
  public Retrofit retrofit() {
    return stack.retrofit();
  }

  /** The base URL every operation's path is resolved against. */
  HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The credentials to add in a request copy made before sending, or null (see {@link HttpStack#earlyCredentials}). */
  @org.jspecify.annotations.Nullable Credentials earlyCredentials() {
    return stack.earlyCredentials();
  }

  /** Runs calls with retries, timeouts and error mapping. */
  public Caller caller() {
    return caller;
  }

  @Override
  public String toString() {
    return "baseUrl=" + baseUrl + ", credential=" + credential;
  }

  /** A vendor's {@link ClientOptions.Builder}, which {@link #build()} checks and resolves. */
  public static final class Builder {
    private final Vendor vendor;
    private final ClientOptions.Builder options;

    private Builder(Vendor vendor, ClientOptions.Builder options) {
      this.vendor = vendor;
      this.options = options;
    }

    /** The options being set. */
    public ClientOptions.Builder options() {
      return options;
    }

    /** Sets the credential, naming the vendor's setter when it is null. */
    public void key(String key) {
      options.credential(Objects.requireNonNull(key, vendor.keyField() + " == null"));
    }

    /** Checks the settings and returns them; a missing credential or base URL is read from the environment. */
    public ClientSettings build() {
      ClientOptions built = options.build();
      Environment environment = built.environment();
      String key = built.credential() != null ? built.credential() : environment.get(vendor.keyVariable());
      if (key == null) {
        throw new IllegalStateException(vendor.keyField() + " is not set: call " + vendor.keyField()
            + "(...) on the builder or set " + vendor.keyVariable());
      }
      Secret secret = Secret.of(vendor.keyField(), key);
      if (!Credentials.canCarry(vendor.placement(), secret)) {
        throw new IllegalArgumentException(vendor.keyField() + " cannot travel in a cookie: it contains ; , \" or \\");
      }
      String url = built.baseUrl() != null && !built.baseUrl().isBlank()
          ? built.baseUrl() : environment.nonBlank(vendor.baseUrlVariable());
      return new ClientSettings(vendor, baseUrl(url != null ? url : vendor.defaultBaseUrl(), secret), secret, built);
    }

    /** The base URL ending in a slash, if it is https or plain http to this machine. */
    private static HttpUrl baseUrl(String text, Secret secret) {
      HttpUrl url = HttpUrl.parse(text);
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + secret.redact(text));
      }
      if (!url.encodedPath().endsWith("/")) {
        url = url.newBuilder().addPathSegment("").build();
      }
      if (!Credentials.isSafeForCredentials(url)) {
        throw new IllegalArgumentException("baseUrl must use https; plain http is allowed only to this machine"
            + " (localhost, 127.0.0.0/8 or [::1]), not to " + url.host());
      }
      return url;
    }

    @Override
    public String toString() {
      return options.toString().replace("credential=", vendor.keyField() + "=");
    }
  }
}
