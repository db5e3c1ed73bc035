package dev.telewire.internal;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
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
  private final String name;
  private final Secret secret;
  private final String headerValue;
  private final String encodedQueryValue;
  /** For a query credential: request URLs seen, with the credential added (a bounded cache). */
  private final ConcurrentHashMap<HttpUrl, HttpUrl> withQueryCredential = new ConcurrentHashMap<>();

  /** How many URLs {@link #withQueryCredential} holds at most: those of operations without parameters repeat. */
  private static final int QUERY_URLS = 64;

  /** Where the credential travels, as the spec's security scheme says. */
  public enum Placement {
    /** As {@code Authorization: Bearer <secret>} (an {@code http} scheme {@code bearer}). */
    BEARER_HEADER,
    /** As the named header (an {@code apiKey} scheme in a header). */
    HEADER,
    /** As the named query parameter, URL-encoded (an {@code apiKey} scheme in the query). */
    QUERY,
    /** As the named cookie, added to any {@code Cookie} header the request has (an {@code apiKey} scheme in a cookie). */
    COOKIE
  }

  /**
   * Creates the interceptor for one client; {@code name} is the header or query parameter the
   * credential travels in ({@code Authorization} for a bearer token).
   */
  Credentials(HttpUrl baseUrl, Placement placement, String name, Secret secret) {
    this.baseUrl = baseUrl;
    this.placement = placement;
    this.name = name;
    this.secret = secret;
    // Computed once: the hot path only copies them into the request.
    this.headerValue = switch (placement) {
      case BEARER_HEADER -> "Bearer " + secret.reveal();
      case HEADER -> secret.reveal();
      case COOKIE -> name + "=" + secret.reveal();
      case QUERY -> null;
    };
    this.encodedQueryValue =
        placement == Placement.QUERY
            ? new HttpUrl.Builder().scheme("https").host("localhost").addQueryParameter("t", secret.reveal()).build()
                .encodedQuery().substring(2)
            : null;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!needsUserAgent(request) && !needsCredential(request)) {
      return chain.proceed(request);
    }
    Request.Builder outgoing = request.newBuilder();
    addTo(request, outgoing);
    return chain.proceed(outgoing.build());
  }

  /**
   * Adds to {@code outgoing} what this interceptor would add to {@code request}: the SDK's
   * {@code User-Agent} and, for the configured host, the credential.
   */
  private void addTo(Request request, Request.Builder outgoing) {
    if (needsUserAgent(request)) {
      outgoing.header("User-Agent", UserAgent.VALUE);
    }
    if (!needsCredential(request)) {
      return;
    }
    // Added, never set: an operation's own parameter of the same name keeps its value.
    if (placement == Placement.QUERY) {
      outgoing.url(withQueryCredential(request.url()));
    } else if (placement == Placement.COOKIE) {
      String cookies = request.header("Cookie");
      outgoing.header("Cookie", cookies == null ? headerValue : cookies + "; " + headerValue);
    } else {
      outgoing.addHeader(name, headerValue);
    }
  }

  /**
   * Adds to {@code outgoing}, a request to {@code url} being built anyway, what this interceptor
   * would add: the SDK's {@code User-Agent} unless {@code hasUserAgent} and, for the configured
   * host, the credential; the interceptor then passes the request on untouched. Only for a client
   * whose caller has no application interceptors of their own, which would otherwise see the
   * credential, and for a credential in a header or the query (a cookie joins the request's own).
   */
  void addTo(HttpUrl url, boolean hasUserAgent, Request.Builder outgoing) {
    if (placement == Placement.COOKIE) {
      throw new IllegalStateException("a cookie credential is added by the interceptor");
    }
    if (!hasUserAgent) {
      outgoing.header("User-Agent", UserAgent.VALUE);
    }
    if (!sameOrigin(baseUrl, url)) {
      return;
    }
    if (placement == Placement.QUERY) {
      if (!carriesQueryCredential(url)) {
        outgoing.url(withQueryCredential(url));
      }
    } else {
      outgoing.addHeader(name, headerValue);
    }
  }

  /**
   * A network interceptor for a query credential: OkHttp builds a redirect it follows from the
   * {@code Location} alone, so a redirect within the origin would arrive without the credential
   * that the application interceptor added to the first request. This adds it again to a
   * request for the configured origin that lacks it; a request that has it passes untouched.
   * Headers and cookies need nothing of the kind: OkHttp keeps them within the origin.
   */
  Interceptor onFollowedRedirects() {
    return chain -> {
      Request request = chain.request();
      if (placement != Placement.QUERY
          || !sameOrigin(baseUrl, request.url())
          || request.url().queryParameter(name) != null) {
        return chain.proceed(request);
      }
      return chain.proceed(request.newBuilder().url(withQueryCredential(request.url())).build());
    };
  }

  private static boolean needsUserAgent(Request request) {
    return request.header("User-Agent") == null;
  }

  /**
   * Whether {@code request} goes to the configured origin and does not carry the credential yet.
   * A header credential added by {@link #addTo(HttpUrl, boolean, Request.Builder)} is recognized
   * by its value being this object's own string: OkHttp keeps the instance, and an operation's
   * own header of the same name is another one. A query credential is recognized by its value.
   */
  @SuppressWarnings("ReferenceEquality")
  private boolean needsCredential(Request request) {
    if (!sameOrigin(baseUrl, request.url())) {
      return false;
    }
    return switch (placement) {
      case BEARER_HEADER, HEADER -> request.header(name) != headerValue;
      case QUERY -> !carriesQueryCredential(request.url());
      case COOKIE -> true;
    };
  }

  /** Whether {@code url} has the credential's query parameter with the credential as its value. */
  private boolean carriesQueryCredential(HttpUrl url) {
    String value = secret.reveal();
    for (int i = 0, size = url.querySize(); i < size; i++) {
      if (name.equals(url.queryParameterName(i)) && value.equals(url.queryParameterValue(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code url} with the credential added as a query parameter. Rebuilding a URL re-splits and
   * re-encodes it, so the result is kept for the URLs that repeat (Retrofit builds an equal one
   * on every call of an operation without parameters).
   */
  private HttpUrl withQueryCredential(HttpUrl url) {
    HttpUrl known = withQueryCredential.get(url);
    if (known != null) {
      return known;
    }
    HttpUrl authorized = url.newBuilder().addEncodedQueryParameter(name, encodedQueryValue).build();
    if (withQueryCredential.size() < QUERY_URLS) {
      withQueryCredential.putIfAbsent(url, authorized);
    }
    return authorized;
  }

  /** Whether {@code url} has the scheme, host and port of {@code baseUrl}. */
  static boolean sameOrigin(HttpUrl baseUrl, HttpUrl url) {
    return url.scheme().equals(baseUrl.scheme())
        && url.host().equals(baseUrl.host())
        && url.port() == baseUrl.port();
  }

  /** Whether {@code secret} can travel in {@code placement}: a cookie value has no semicolon, comma, quote or backslash. */
  static boolean canCarry(Placement placement, Secret secret) {
    return placement != Placement.COOKIE || secret.reveal().chars().noneMatch(c -> c == ';' || c == ',' || c == '"' || c == '\\');
  }

  /** Whether {@code url} may carry a credential: HTTPS, or plain HTTP to this machine only. */
  static boolean isSafeForCredentials(HttpUrl url) {
    return url.isHttps() || isLoopback(url.host());
  }

  /**
   * Whether the parsed {@code host} is this machine without asking DNS: {@code localhost} itself
   * (not {@code *.localhost}, which a resolver may send elsewhere), an IPv4 address in 127.0.0.0/8
   * written as four decimal numbers, or {@code ::1}. OkHttp gives IPv6 hosts without brackets.
   */
  static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("::1") || isIpv4Loopback(host);
  }

  private static boolean isIpv4Loopback(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (!isDecimalOctet(part)) {
        return false;
      }
    }
    return parts[0].equals("127");
  }

  /** 0 to 255 in decimal without leading zeros (which some resolvers read as octal). */
  private static boolean isDecimalOctet(String part) {
    if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      if (part.charAt(i) < '0' || part.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(part) <= 255;
  }

  @Override
  public String toString() {
    return "Credentials{" + placement + " " + name + " for " + baseUrl.host() + ", secret=" + secret + "}";
  }
}
