package dev.telewire.internal;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Records the status and headers of each attempt of a request tagged with a capture, so that a
 * raw-response call can report those of its successful attempt; untagged requests pass untouched.
 */
final class ResponseCapture implements Interceptor {
  /** The status and headers of the latest attempt of one call. */
  static final class Slot {
    volatile int statusCode;
    volatile Headers headers = Headers.of();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Slot slot = chain.request().tag(Slot.class);
    Response response = chain.proceed(chain.request());
    if (slot != null) {
      slot.statusCode = response.code();
      slot.headers = response.headers();
    }
    return response;
  }
}
