package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The HTTP client of a client built without one is made on the first call, once. */
class DeferredCallFactoryTest {
  private static final Request REQUEST = new Request.Builder().url("http://localhost/").build();

  @Test
  void buildsNothingBeforeTheFirstCall() {
    AtomicInteger builds = new AtomicInteger();

    new DeferredCallFactory(() -> {
      builds.incrementAndGet();
      return new OkHttpClient();
    });

    assertThat(builds).hasValue(0);
  }

  @Test
  void callsMadeTogetherShareOneBuiltClient() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch building = new CountDownLatch(1);
    DeferredCallFactory factory =
        new DeferredCallFactory(() -> {
          builds.incrementAndGet();
          building.countDown();
          sleepQuietly(50); // keep the others waiting on the first build
          return new OkHttpClient();
        });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Call>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(pool.submit(() -> factory.newCall(REQUEST)));
      }
      for (Future<Call> call : calls) {
        assertThat(call.get(10, TimeUnit.SECONDS).request()).isSameAs(REQUEST);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(builds).hasValue(1);
  }

  @Test
  void theSharedDefaultIsBuiltOnce() {
    assertThat(DefaultHttp.get()).isSameAs(DefaultHttp.get());
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
