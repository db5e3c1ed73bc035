package dev.telewire.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds a vendor's credential to requests for the configured host only, so a redirect or a
 * hand-built URL to another host never carries it, and names the SDK in {@code User-Agent} unless
 * the caller set one: both in a single copy of the request.
 *
 * <p>Internal API: it may change in any release.
 */
public final class Credentials implements Interceptor {
  private final HttpUrl baseUrl;
  private final Placement placement;
  private final Secret secret;
  private final String bearer;
  private final String encodedToken;

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
    // Computed once: the hot path only copies them into the request.
    this.bearer = placement == Placement.BEARER_HEADER ? "Bearer " + secret.reveal() : null;
    this.encodedToken =
        placement == Placement.TOKEN_QUERY
            ? new HttpUrl.Builder().scheme("https").host("localhost").addQueryParameter("t", secret.reveal()).build()
                .encodedQuery().substring(2)
            : null;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    boolean needsUserAgent = request.header("User-Agent") == null;
    boolean authorize = sameOrigin(url);
    if (!authorize && !needsUserAgent) {
      return chain.proceed(request);
    }
    Request.Builder outgoing = request.newBuilder();
    if (needsUserAgent) {
      outgoing.header("User-Agent", UserAgent.VALUE);
    }
    if (authorize) {
      switch (placement) {
        case BEARER_HEADER -> outgoing.header("Authorization", bearer);
        case TOKEN_QUERY -> outgoing.url(url.newBuilder().setEncodedQueryParameter("token", encodedToken).build());
      }
    }
    return chain.proceed(outgoing.build());
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
