package dev.telewire.internal;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from sending a request again on its own. OkHttp repeats a request at once when a
 * 503 carries {@code Retry-After: 0}, and when a 408 carries no {@code Retry-After} or one of 0;
 * that repeat is invisible to the SDK's retry count, its logs and its "may have taken effect"
 * rule. The network half hides those values from OkHttp; the application half, innermost of the
 * SDK's interceptors, takes the placeholder away again, so the 503 or 408 reaches the SDK and the
 * caller as the server sent it, less a {@code Retry-After} of 0.
 */
final class NoSilentResend {
  /** Not a number of seconds nor a date, so OkHttp reads it as "wait too long to repeat". */
  static final String PLACEHOLDER = "telewire-no-resend";

  private NoSilentResend() {}

  /** Installed with {@code addNetworkInterceptor}: sees each response before OkHttp's follow-up. */
  static Interceptor network() {
    return chain -> {
      Response response = chain.proceed(chain.request());
      String retryAfter = response.header("Retry-After");
      if (response.code() == 503 && isZero(retryAfter)) {
        return response.newBuilder().removeHeader("Retry-After").build();
      }
      if (response.code() == 408 && (retryAfter == null || isZero(retryAfter))) {
        return response.newBuilder().header("Retry-After", PLACEHOLDER).build();
      }
      return response;
    };
  }

  /** Installed as the last application interceptor: removes the network half's placeholder. */
  static Interceptor application() {
    return chain -> restore(chain.proceed(chain.request()));
  }

  private static Response restore(Response response) {
    if (PLACEHOLDER.equals(response.header("Retry-After"))) {
      return response.newBuilder().removeHeader("Retry-After").build();
    }
    return response;
  }

  private static boolean isZero(String retryAfter) {
    return retryAfter != null && retryAfter.trim().matches("0+");
  }
}
