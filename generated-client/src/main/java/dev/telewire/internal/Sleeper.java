package dev.telewire.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries: by blocking the calling thread for synchronous calls, and by a future
 * that completes later, holding no thread, for asynchronous ones. Tests substitute a recorder.
 *
 * <p>Internal API: it may change in any release.
 */
public interface Sleeper {
  /** Blocks the calling thread for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** Returns a future that completes after {@code duration} without blocking a thread meanwhile. */
  CompletableFuture<Void> delay(Duration duration);

  /** The real clock's sleeper. */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}

/** Sleeps with {@link Thread#sleep} and delays with {@link CompletableFuture#delayedExecutor}. */
enum SystemSleeper implements Sleeper {
  INSTANCE;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(duration.toMillis(), TimeUnit.MILLISECONDS));
  }
}
