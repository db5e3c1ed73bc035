package dev.telewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadCpuProfilerTest {
  @Test
  void cpuIsDividedByOperationsAcrossWorkerThreads() {
    Map<Long, long[]> before = Map.of(1L, new long[] {1_000_000, 3_000_000});
    Map<Long, long[]> after = Map.of(1L, new long[] {3_000_000, 7_000_000}, 2L, new long[] {2_000_000, 2_000_000});

    double[] perOp = ThreadCpuProfiler.perOp(before, after, 1_000);

    assertThat(perOp).containsExactly(4.0, 6.0); // (2 ms + 2 ms) user and (4 ms + 2 ms) total over 1,000 ops, in µs
  }

  @Test
  void otherThreadsAreGroupedByNameWithoutDigits() {
    Map<Long, String> names = Map.of(1L, "OkHttp TaskRunner 1", 2L, "OkHttp TaskRunner 2", 3L, "loopback-conn");
    Map<Long, Long> before = Map.of(1L, 1_000_000L, 3L, 5_000_000L);
    Map<Long, Long> after = Map.of(1L, 2_000_000L, 2L, 1_000_000L, 3L, 5_000_000L);

    Map<String, Double> groups = ThreadCpuProfiler.byGroup(before, after, names, 1_000);

    assertThat(groups).containsExactly(Map.entry("OkHttp-TaskRunner", 2.0)); // 2 ms over 1,000 ops; idle threads left out
  }

  @Test
  void processCpuTimeIsAvailable() {
    assertThat(ThreadCpuProfiler.processCpuNanos()).isPositive();
  }

  @Test
  void noOperationsGiveNoResult() {
    assertThat(ThreadCpuProfiler.perOp(Map.of(), Map.of(1L, new long[] {1, 1}), 0)).isNull();
  }

  @Test
  void onlyJmhWorkerThreadsAreCounted() throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    Thread worker = new Thread(() -> awaitQuietly(stop), "CallBenchmark.vidaOurs-jmh-worker-1");
    Thread other = new Thread(() -> awaitQuietly(stop), "loopback-conn");
    worker.start();
    other.start();
    try {
      Map<Long, long[]> times = new ThreadCpuProfiler().workerTimes();

      assertThat(times).containsKey(worker.getId()).doesNotContainKey(other.getId());
    } finally {
      stop.countDown();
      worker.join();
      other.join();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
