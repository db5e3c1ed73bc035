package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.errors.ApiConnectionException;
import dev.telewire.errors.InternalServerException;
import dev.telewire.internal.Sleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A call that is cancelled or whose thread is interrupted ends at once: it is never retried. */
class InterruptionTest {
  private final MockWebServer server = Servers.failingFast();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @ParameterizedTest
  @EnumSource(VendorCall.class)
  void callCancelledInFlightIsNotRetried(VendorCall call) throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }
    OkHttpClient http = new OkHttpClient();
    CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(
        () -> call.failure(server.url("/").toString(), builder -> builder.okHttpClient(http).sleeper(sleeper)));
    server.takeRequest(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS);

    http.dispatcher().cancelAll();

    assertThat(failure.get(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS)).isInstanceOf(ApiConnectionException.class);
    assertThat(sleeper.sleeps).isEmpty();
    assertThat(sleeper.delays).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = VendorCall.class, names = {"TRUEDY_SYNC", "VIDA_SYNC"})
  void callOnAnInterruptedThreadIsNotRetried(VendorCall call) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(call.success()));
    }
    Throwable error;
    Thread.currentThread().interrupt();
    try {
      error = call.failure(server.url("/").toString(), builder -> builder.sleeper(sleeper));
    } finally {
      Thread.interrupted();
    }

    assertThat(error).isInstanceOf(ApiConnectionException.class);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void interruptDuringTheBackoffEndsTheCallWithTheLastFailure() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(Requests.TRUEDY_200));
    Sleeper interrupted = new Sleeper() {
      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException();
      }

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        return CompletableFuture.completedFuture(null);
      }
    };

    Throwable error;
    try {
      error = VendorCall.TRUEDY_SYNC.failure(server.url("/").toString(), builder -> builder.sleeper(interrupted));
    } finally {
      assertThat(Thread.interrupted()).as("interrupt flag restored").isTrue();
    }

    assertThat(error).isInstanceOf(InternalServerException.class);
    assertThat(error.getSuppressed()).singleElement().isInstanceOf(InterruptedException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
