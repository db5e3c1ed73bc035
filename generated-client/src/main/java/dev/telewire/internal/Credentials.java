package dev.telewire.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds a vendor's credential to requests for the configured host only, so a redirect or a
 * hand-built URL to another host never carries it.
 *
 * <p>Internal API: it may change in any release.
 */
public final class Credentials implements Interceptor {
  private final HttpUrl baseUrl;
  private final Placement placement;
  private final Secret secret;

  /** Where the credential travels. */
  public enum Placement {
    /** As {@code Authorization: Bearer <secret>}. */
    BEARER_HEADER,
    /** As the {@code token} query parameter, URL-encoded. */
    TOKEN_QUERY
  }

  public Credentials(HttpUrl baseUrl, Placement placement, Secret secret) {
    this.baseUrl = baseUrl;
    this.placement = placement;
    this.secret = secret;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    if (!sameOrigin(url)) {
      return chain.proceed(request);
    }
    Request.Builder authorized = request.newBuilder();
    switch (placement) {
      case BEARER_HEADER -> authorized.header("Authorization", "Bearer " + secret.reveal());
      case TOKEN_QUERY -> authorized.url(url.newBuilder().setQueryParameter("token", secret.reveal()).build());
    }
    return chain.proceed(authorized.build());
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(baseUrl.scheme())
        && url.host().equals(baseUrl.host())
        && url.port() == baseUrl.port();
  }

  /** Whether {@code url} may carry a credential: HTTPS, or plain HTTP to this machine only. */
  public static boolean isSafeForCredentials(HttpUrl url) {
    if (url.isHttps()) {
      return true;
    }
    String host = url.host();
    return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1") || host.startsWith("127.");
  }

  @Override
  public String toString() {
    return "Credentials{" + placement + " for " + baseUrl.host() + ", secret=" + secret + "}";
  }
}
