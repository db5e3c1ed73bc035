package dev.telewire.internal;

import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Makes calls on an OkHttpClient that is built when the first call needs it, so that building a
 * client does not wait for the shared default's TLS set-up (see {@link DefaultHttp}).
 */
final class DeferredCallFactory implements Call.Factory {
  private final Supplier<OkHttpClient> build;
  private volatile OkHttpClient client;

  DeferredCallFactory(Supplier<OkHttpClient> build) {
    this.build = build;
  }

  @Override
  public Call newCall(Request request) {
    return client().newCall(request);
  }

  /** The client, built on first use. */
  OkHttpClient client() {
    OkHttpClient result = client;
    if (result == null) {
      synchronized (this) {
        result = client;
        if (result == null) {
          result = build.get();
          client = result;
        }
      }
    }
    return result;
  }
}
