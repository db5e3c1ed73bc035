package dev.telewire.internal;

import dev.telewire.RequestOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Starts the whole-attempt deadline of an asynchronous attempt when OkHttp runs it (see
 * {@link InFlight}), and applies the connect and read timeouts of the {@link RequestOptions}
 * tagged on a request.
 */
final class PerCallTimeouts implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    InFlight.started(chain.call());
    RequestOptions options = chain.request().tag(RequestOptions.class);
    if (options == null) {
      return chain.proceed(chain.request());
    }
    Chain tuned = chain;
    if (options.connectTimeout().isPresent()) {
      tuned = tuned.withConnectTimeout(millis(options.connectTimeout().get()), TimeUnit.MILLISECONDS);
    }
    if (options.readTimeout().isPresent()) {
      int read = millis(options.readTimeout().get());
      tuned = tuned.withReadTimeout(read, TimeUnit.MILLISECONDS).withWriteTimeout(read, TimeUnit.MILLISECONDS);
    }
    return tuned.proceed(tuned.request());
  }

  private static int millis(Duration duration) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
  }
}
