package dev.telewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void cpuTicksAreReadAfterANameWithSpacesAndParentheses() {
    String stat = "4242 (C2 Compi) (x)) S 1 2 3 0 -1 4194368 10 0 0 0 373 28 0 0 20 0 24 0 100 0 0";

    assertThat(ThreadCpuProfiler.cpuTicks(stat)).isEqualTo(401); // utime 373 + stime 28
  }

  @Test
  void jvmThreadsAreGroupedByRole() {
    assertThat(ThreadCpuProfiler.jvmRole("C2 CompilerThre")).isEqualTo("jvm-JIT-compiler");
    assertThat(ThreadCpuProfiler.jvmRole("G1 Conc#0")).isEqualTo("jvm-GC");
    assertThat(ThreadCpuProfiler.jvmRole("VM Thread")).isEqualTo("jvm-VM");
    assertThat(ThreadCpuProfiler.jvmRole("OkHttp TaskRunn")).isNull(); // a Java thread, counted by name elsewhere
  }

  @Test
  void jvmThreadTimesSumTheTasksOfEachRole(@TempDir Path tasks) throws Exception {
    task(tasks, "11", "C1 CompilerThre", "11 (C1 CompilerThre) S 1 1 1 0 -1 0 0 0 0 0 3 1 0 0");
    task(tasks, "12", "C2 CompilerThre", "12 (C2 CompilerThre) S 1 1 1 0 -1 0 0 0 0 0 5 0 0 0");
    task(tasks, "13", "loopback-conn", "13 (loopback-conn) S 1 1 1 0 -1 0 0 0 0 0 7 7 0 0");

    assertThat(ThreadCpuProfiler.jvmThreadTimes(tasks)).containsExactly(Map.entry("jvm-JIT-compiler", 90_000_000L)); // 9 ticks of 10 ms
  }

  @Test
  void noTaskDirectoryGivesNoJvmThreads(@TempDir Path dir) {
    assertThat(ThreadCpuProfiler.jvmThreadTimes(dir.resolve("absent"))).isEmpty();
  }

  private static void task(Path tasks, String id, String name, String stat) throws Exception {
    Path task = Files.createDirectories(tasks.resolve(id));
    Files.writeString(task.resolve("comm"), name + "\n");
    Files.writeString(task.resolve("stat"), stat + "\n");
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
