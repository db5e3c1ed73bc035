package dev.telewire.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import okhttp3.Call;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * The attempts the SDK's {@link Caller} has in flight: for each, whether a response arrived and
 * its body then failed (recorded by {@link ResponseTracking}, whoever read the body), and the
 * whole-attempt deadline, enforced by one shared sweeper thread instead of OkHttp's call timeout.
 *
 * <p>OkHttp arms its call timeout on Okio's watchdog, which a sequential caller wakes on every
 * call (a few microseconds of CPU each). The sweeper wakes every {@link #SWEEP_INTERVAL} while a
 * timed attempt is in flight and cancels the overdue ones; it parks while none is, and it is a
 * daemon thread, so it never keeps the JVM alive. Timeouts shorter than {@link #SWEPT_FROM} stay
 * with OkHttp, which enforces them to the millisecond.
 */
final class InFlight {
  /** How often the sweeper looks for overdue attempts: a swept deadline fires up to this much late. */
  static final Duration SWEEP_INTERVAL = Duration.ofMillis(100);
  /** The shortest timeout the sweeper enforces (lateness at most a tenth of it). */
  static final Duration SWEPT_FROM = Duration.ofSeconds(1);

  /** The monotonic clock deadlines are counted on, in nanoseconds; a test of a swept timeout moves one by hand. */
  static volatile LongSupplier clock = System::nanoTime;

  private static final long NO_DEADLINE = Long.MAX_VALUE;
  private static final ConcurrentHashMap<Call, Entry> ACTIVE = new ConcurrentHashMap<>();

  private InFlight() {}

  /** Registers {@code call}, without a deadline, before it is sent. */
  static Entry enter(Call call) {
    Entry entry = new Entry(call, 0);
    ACTIVE.put(call, entry);
    return entry;
  }

  /**
   * Registers {@code call} before it is sent, with the whole-attempt limit {@code timeout} counted
   * from now if {@code started}, else from {@link #started}. Returns null when no sweeper thread
   * can run: the caller then leaves the timeout to OkHttp.
   */
  static @Nullable Entry enter(Call call, Duration timeout, boolean started) {
    if (!Sweeper.RUNNING) {
      return null;
    }
    Entry entry = new Entry(call, timeout.toNanos());
    if (started) {
      entry.deadline = clock.getAsLong() + entry.timeoutNanos;
    }
    ACTIVE.put(call, entry);
    Sweeper.wake();
    return entry;
  }

  /** Starts the deadline of an asynchronous attempt when OkHttp's dispatcher runs it, as OkHttp's own timeout starts. */
  static void started(Call call) {
    Entry entry = ACTIVE.get(call);
    if (entry != null && entry.timeoutNanos != 0 && entry.deadline == NO_DEADLINE) {
      entry.deadline = clock.getAsLong() + entry.timeoutNanos;
    }
  }

  /** The entry of {@code call} while it is in flight, or null. */
  static @Nullable Entry of(Call call) {
    return ACTIVE.get(call);
  }

  /** Unregisters an attempt whose response has been read (or that failed). */
  static void leave(@Nullable Entry entry) {
    if (entry != null) {
      ACTIVE.remove(entry.call, entry);
    }
  }

  /** Cancels the overdue attempts now, as the sweeper's next look would. */
  static void sweepNow() {
    Sweeper.sweep();
  }

  /** Whether the timeout of this attempt is the sweeper's ({@code timeout} at least {@link #SWEPT_FROM}). */
  static boolean swept(Duration timeout) {
    return timeout.compareTo(SWEPT_FROM) >= 0;
  }

  /** One attempt in flight. */
  static final class Entry {
    final Call call;
    final long timeoutNanos;
    volatile long deadline = NO_DEADLINE;
    volatile boolean expired;
    // Written and read by the thread running the call (OkHttp's events, then the Caller).
    @Nullable Headers receivedHeaders;
    int receivedCode;
    @Nullable IOException bodyFailure;

    Entry(Call call, long timeoutNanos) {
      this.call = call;
      this.timeoutNanos = timeoutNanos;
    }

    /**
     * {@code failure} as OkHttp reports a call that ran out of time, {@code InterruptedIOException("timeout")}
     * caused by it, if the sweeper cancelled this attempt; else {@code failure} itself.
     */
    IOException timedOut(IOException failure) {
      if (!expired || Attempt.isTimeout(failure)) {
        return failure;
      }
      InterruptedIOException timeout = new InterruptedIOException("timeout");
      timeout.initCause(failure);
      return timeout;
    }

    /** Whether {@code failure} is, or was caused by, the failure to read the body of a response that had arrived. */
    boolean isBodyFailure(Throwable failure) {
      if (bodyFailure == null) {
        return false;
      }
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t == bodyFailure) {
          return true;
        }
      }
      return false;
    }

    void requestStarted() {
      receivedHeaders = null;
      bodyFailure = null;
    }

    void responseReceived(int code, Headers headers) {
      receivedCode = code;
      receivedHeaders = headers;
    }

    void responseFailed(IOException failure) {
      if (receivedHeaders != null) {
        bodyFailure = failure;
      }
    }

    private void expire() {
      expired = true;
      call.cancel();
    }
  }

  /** The sweeper thread, started when the first timed attempt is sent. */
  private static final class Sweeper {
    static final boolean RUNNING;
    private static final Thread THREAD;
    private static volatile boolean parked;

    static {
      Thread thread = new Thread(Sweeper::run, "telewire-deadlines");
      thread.setDaemon(true);
      boolean running;
      try {
        thread.start();
        running = true;
      } catch (RuntimeException | Error e) {
        running = false; // No thread to spare (a security manager or thread limit): OkHttp keeps the timeouts.
      }
      THREAD = thread;
      RUNNING = running;
    }

    private Sweeper() {}

    static void wake() {
      if (parked) {
        parked = false;
        LockSupport.unpark(THREAD);
      }
    }

    private static void run() {
      long interval = SWEEP_INTERVAL.toNanos();
      while (true) {
        if (!sweep()) {
          // Announce the park, then look once more: an attempt entered in between either sees
          // the flag and unparks this thread, or is seen here.
          parked = true;
          if (!sweep()) {
            LockSupport.park();
          }
          parked = false;
          continue;
        }
        LockSupport.parkNanos(interval);
      }
    }

    /** Cancels the overdue attempts; returns whether any timed attempt is still in flight. */
    private static boolean sweep() {
      long now = clock.getAsLong();
      boolean timed = false;
      for (Entry entry : ACTIVE.values()) {
        if (entry.timeoutNanos == 0 || entry.expired) {
          continue;
        }
        long deadline = entry.deadline;
        if (deadline != NO_DEADLINE && now - deadline >= 0) {
          entry.expire();
        } else {
          timed = true;
        }
      }
      return timed;
    }
  }

  /** Milliseconds for OkHttp's own per-call timeout. */
  static long millis(Duration timeout) {
    return Math.max(1, TimeUnit.NANOSECONDS.toMillis(timeout.toNanos()));
  }
}
