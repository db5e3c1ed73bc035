package dev.telewire;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;

/** An OkHttpClient that notes when one of its calls is cancelled, to hand to a client under test. */
final class CancelledCalls {
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private final OkHttpClient http =
      new OkHttpClient.Builder()
          .eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
              cancelled.countDown();
            }
          })
          .build();

  /** The client to pass to {@code okHttpClient(...)}. */
  OkHttpClient http() {
    return http;
  }

  /** Whether a call was cancelled within 10 seconds. */
  boolean awaitCancel() throws InterruptedException {
    return cancelled.await(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS);
  }
}
