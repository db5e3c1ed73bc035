package dev.telewire.contracts;

import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/** Counts the HTTP requests a client puts on the wire, retries included. */
final class RequestCounter {
  private final AtomicInteger count = new AtomicInteger();

  /** An OkHttpClient for the client under test whose every network request is counted. */
  OkHttpClient client() {
    return new OkHttpClient.Builder()
        .addNetworkInterceptor(chain -> {
          count.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();
  }

  int count() {
    return count.get();
  }
}
