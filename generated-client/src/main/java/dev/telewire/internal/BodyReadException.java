package dev.telewire.internal;

import java.io.IOException;
import okhttp3.Headers;

/**
 * A response arrived (its status and headers) but reading its body failed. Whoever reads the body
 * first, the SDK or a logging interceptor, gets this instead of the plain I/O failure, so a body
 * cut off after the vendor answered is never taken for a request that did not get through.
 */
final class BodyReadException extends IOException {
  private final int statusCode;
  private final transient Headers headers;

  BodyReadException(int statusCode, Headers headers, IOException cause) {
    super(cause.getMessage(), cause);
    this.statusCode = statusCode;
    this.headers = headers;
  }

  int statusCode() {
    return statusCode;
  }

  Headers headers() {
    return headers;
  }

  /** The body failure in {@code failure} or its causes (OkHttp wraps it when the call times out), or null. */
  static BodyReadException in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BodyReadException body) {
        return body;
      }
    }
    return null;
  }
}
