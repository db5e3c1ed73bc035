package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real sleeper waits at least as long as asked, blocking or not (the tests elsewhere inject one that does not). */
class SystemSleeperTest {
  private static final Duration WAIT = Duration.ofMillis(30);

  @Test
  void systemSleeperIsTheRealOne() {
    assertThat(Sleeper.system()).isSameAs(SystemSleeper.INSTANCE);
  }

  @Test
  void sleepWaitsAtLeastTheDuration() throws InterruptedException {
    long start = System.nanoTime();

    Sleeper.system().sleep(WAIT);

    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(WAIT.toNanos());
  }

  @Test
  void delayCompletesAfterAtLeastTheDuration() throws Exception {
    long start = System.nanoTime();

    Sleeper.system().delay(WAIT).get(5, TimeUnit.SECONDS);

    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(WAIT.toNanos());
  }
}
