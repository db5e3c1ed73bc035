package dev.telewire.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that stops a redirect from the configured origin to any other origin
 * (scheme, host or port), sync or async, before OkHttp follows it: OkHttp would drop only the
 * {@code Authorization} header, and send on the credential in another header, in a cookie or in
 * a query string that the {@code Location} repeats, along with the body. The redirect ends the
 * call with a {@link RedirectRefusedException} instead; redirects within the origin are followed.
 */
final class SameOriginRedirects implements Interceptor {
  private final HttpUrl baseUrl;
  private final String vendor;

  SameOriginRedirects(HttpUrl baseUrl, String vendor) {
    this.baseUrl = baseUrl;
    this.vendor = vendor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    if (!isRedirect(response.code()) || !Credentials.sameOrigin(baseUrl, request.url())) {
      return response;
    }
    String location = response.header("Location");
    HttpUrl target = location == null ? null : request.url().resolve(location);
    if (target == null || Credentials.sameOrigin(baseUrl, target)) {
      return response;
    }
    String body;
    try (response) {
      body = ResponseReader.readSnippet(response.body());
    }
    throw new RedirectRefusedException(vendor, response.code(), response.headers(), body,
        "it leads to another origin, " + origin(target) + ", and a call and its credential go only to " + origin(baseUrl));
  }

  /** The codes OkHttp follows when the client follows redirects. */
  private static boolean isRedirect(int code) {
    return code == 300 || code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  /** Scheme, host and port only: the path and query of a redirect may repeat the credential. */
  private static String origin(HttpUrl url) {
    String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    return url.scheme() + "://" + host + ":" + url.port();
  }
}
