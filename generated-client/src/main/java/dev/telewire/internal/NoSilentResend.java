package dev.telewire.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from sending a request again on its own. OkHttp repeats a request at once when a
 * 503 carries {@code Retry-After: 0}; that repeat is invisible to the SDK's retry count, its logs
 * and its "may have taken effect" rule. Without that header value the 503 reaches the SDK, which
 * retries it (or not) by its own rules.
 */
final class NoSilentResend implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == 503 && asksForImmediateRetry(response.header("Retry-After"))) {
      return response.newBuilder().removeHeader("Retry-After").build();
    }
    return response;
  }

  private static boolean asksForImmediateRetry(String retryAfter) {
    return retryAfter != null && retryAfter.trim().matches("0+");
  }
}
