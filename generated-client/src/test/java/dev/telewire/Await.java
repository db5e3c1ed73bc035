package dev.telewire;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a future as {@link CompletableFuture#join} does (a failure arrives wrapped in a
 * {@link CompletionException}), but fails the test when it has not completed within {@link #BOUND}:
 * a future that never completes is a bug the test must report, not wait out.
 */
final class Await {
  /**
   * Far longer than any call in these tests takes, timeouts and retries included: 5 s, or the
   * {@code telewire.test.bound} system property (an ISO-8601 duration), which the mutation profile
   * shortens so that a mutant that leaves a call hanging costs less time to kill.
   */
  static final Duration BOUND = Duration.parse(System.getProperty("telewire.test.bound", "PT5S"));

  private Await() {}

  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new CompletionException(e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within " + BOUND);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the future", e);
    }
  }
}
