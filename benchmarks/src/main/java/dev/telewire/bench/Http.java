package dev.telewire.bench;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/** The OkHttpClient configuration all three clients share, so they differ only above OkHttp. */
final class Http {
  private Http() {}

  /**
   * A fresh OkHttpClient whose pool keeps enough idle connections for 64 callers; OkHttp's default
   * of 5 would close and reopen connections under load and measure TCP setup instead of the client.
   */
  static OkHttpClient newClient() {
    return new OkHttpClient.Builder().connectionPool(new ConnectionPool(128, 5, TimeUnit.MINUTES)).build();
  }
}
