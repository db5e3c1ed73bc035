package dev.telewire.internal;

import java.net.ProtocolException;
import okhttp3.Headers;

/**
 * The configured origin answered with a redirect to another origin, which was not followed. A
 * {@link ProtocolException}, so that OkHttp does not try the request again on another route.
 */
final class RedirectRefusedException extends ProtocolException {
  private final int statusCode;
  private final transient Headers headers;
  private final String body;
  private final String reason;

  RedirectRefusedException(String vendor, int statusCode, Headers headers, String body, String reason) {
    super(vendor + " answered HTTP " + statusCode + " with a redirect that is not followed: " + reason);
    this.reason = reason;
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
  }

  /** Why it was not followed, naming both origins. */
  String reason() {
    return reason;
  }

  int statusCode() {
    return statusCode;
  }

  /** The redirect's headers, as received (not yet redacted). */
  Headers headers() {
    return headers;
  }

  /** The start of the redirect's body, as received. */
  String body() {
    return body;
  }

  /** The refused redirect in {@code failure} or its causes, or null. */
  static RedirectRefusedException in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RedirectRefusedException redirect) {
        return redirect;
      }
    }
    return null;
  }
}
