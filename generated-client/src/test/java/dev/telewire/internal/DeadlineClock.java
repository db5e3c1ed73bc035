package dev.telewire.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock for the SDK's deadline sweeper that only the test moves, installed until closed: a
 * swept timeout then fires when the test says so, within a sweep interval, instead of after a
 * second or more of real time. Tests run one at a time, so one clock at a time is installed.
 */
public final class DeadlineClock implements AutoCloseable {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private DeadlineClock() {}

  /** Installs a new clock that stands still until {@link #advance} moves it. */
  public static DeadlineClock install() {
    DeadlineClock clock = new DeadlineClock();
    InFlight.clock = clock.now::get;
    return clock;
  }

  /** Moves the clock on by {@code elapsed}. */
  public void advance(Duration elapsed) {
    now.addAndGet(elapsed.toNanos());
  }

  /** Has the sweeper look at the attempts in flight now, on the calling thread. */
  public static void sweep() {
    InFlight.sweepNow();
  }

  /** Puts the real clock back. */
  @Override
  public void close() {
    InFlight.clock = System::nanoTime;
  }
}
