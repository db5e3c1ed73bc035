package dev.telewire.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof dev.telewire.bench.ThreadCpuProfiler}) that reports the CPU time
 * the benchmark's own threads spend per operation: {@code cpu.user} (the client's work in the JVM)
 * and {@code cpu.total} (user plus system, which adds the socket calls and the kernel's share of
 * waking the thread). Unlike wall time, it does not include waiting for the loopback server or
 * depend on which CPU the scheduler put the server thread on.
 */
public final class ThreadCpuProfiler implements InternalProfiler {
  private static final String WORKER = "-jmh-worker-";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, long[]> before = Map.of();

  @Override
  public String getDescription() {
    return "CPU time (user, and user + system) of the benchmark threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    before = workerTimes();
  }

  @Override
  public List<? extends Result<?>> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    double[] perOp = perOp(before, workerTimes(), result.getMetadata().getAllOps());
    if (perOp == null) {
      return List.of();
    }
    return List.of(
        new ScalarResult("cpu.user", perOp[0], "us/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.total", perOp[1], "us/op", AggregationPolicy.AVG));
  }

  /**
   * User and total CPU microseconds per operation between two snapshots; a thread that started in
   * between counts from zero. Null when no operation ran.
   */
  static double[] perOp(Map<Long, long[]> before, Map<Long, long[]> after, long ops) {
    if (ops <= 0) {
      return null;
    }
    long user = 0;
    long total = 0;
    for (Map.Entry<Long, long[]> entry : after.entrySet()) {
      long[] start = before.getOrDefault(entry.getKey(), new long[2]);
      user += entry.getValue()[0] - start[0];
      total += entry.getValue()[1] - start[1];
    }
    return new double[] {user / 1_000.0 / ops, total / 1_000.0 / ops};
  }

  /** User and total CPU nanoseconds of every live JMH worker thread, by thread id. */
  Map<Long, long[]> workerTimes() {
    Map<Long, long[]> times = new HashMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (!thread.getName().contains(WORKER)) {
        continue;
      }
      long id = thread.getId();
      long user = threads.getThreadUserTime(id);
      long total = threads.getThreadCpuTime(id);
      if (user >= 0 && total >= 0) {
        times.put(id, new long[] {user, total});
      }
    }
    return times;
  }
}
