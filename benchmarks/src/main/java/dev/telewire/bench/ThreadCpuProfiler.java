package dev.telewire.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof dev.telewire.bench.ThreadCpuProfiler}) that reports CPU time per
 * operation: {@code cpu.process}, every thread of the benchmark JVM (the callers, OkHttp's and
 * Okio's background threads, the loopback server, the JIT compilers and the GC), which is what a
 * client costs a shared machine; {@code cpu.user} and {@code cpu.total} (user plus system) of the
 * benchmark's own threads; {@code cpu.thread.<name>}, the other Java threads grouped by name
 * with digits dropped, to see where the process's CPU goes (e.g. {@code Okio Watchdog}); and, on
 * Linux, {@code cpu.thread.jvm-JIT-compiler}, {@code cpu.thread.jvm-GC} and {@code
 * cpu.thread.jvm-VM}, the JVM's own native threads, which no Java API lists (read from {@code
 * /proc/self/task}, at the kernel's 10 ms tick).
 */
public final class ThreadCpuProfiler implements InternalProfiler {
  private static final String WORKER = "-jmh-worker-";
  private static final String GROUP_PREFIX = "cpu.thread.";
  private static final Path TASKS = Path.of("/proc/self/task");
  /** The kernel's user-visible clock tick, USER_HZ, which Linux fixes at 100 per second. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, long[]> before = Map.of();
  private Map<Long, Long> othersBefore = Map.of();
  private Map<String, Long> jvmBefore = Map.of();
  private final Map<Long, String> names = new HashMap<>();
  private long processBefore;

  @Override
  public String getDescription() {
    return "CPU time per operation: the whole process, the benchmark threads (user, user + system), the other threads by name";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    before = workerTimes();
    othersBefore = otherTimes();
    jvmBefore = jvmThreadTimes(TASKS);
    processBefore = processCpuNanos();
  }

  @Override
  public List<? extends Result<?>> afterIteration(BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long processAfter = processCpuNanos();
    long ops = result.getMetadata().getAllOps();
    double[] perOp = perOp(before, workerTimes(), ops);
    if (perOp == null) {
      return List.of();
    }
    List<Result<?>> results = new ArrayList<>();
    results.add(new ScalarResult("cpu.user", perOp[0], "us/op", AggregationPolicy.AVG));
    results.add(new ScalarResult("cpu.total", perOp[1], "us/op", AggregationPolicy.AVG));
    if (processBefore >= 0 && processAfter >= 0) {
      results.add(new ScalarResult("cpu.process", (processAfter - processBefore) / 1_000.0 / ops, "us/op", AggregationPolicy.AVG));
    }
    byGroup(othersBefore, otherTimes(), names, ops)
        .forEach((group, micros) -> results.add(new ScalarResult(GROUP_PREFIX + group, micros, "us/op", AggregationPolicy.AVG)));
    Map<String, Long> jvmAfter = jvmThreadTimes(TASKS);
    Map<String, Double> jvm = new TreeMap<>();
    jvmAfter.forEach((role, nanos) -> jvm.put(role, (nanos - jvmBefore.getOrDefault(role, 0L)) / 1_000.0 / ops));
    jvm.forEach((role, micros) -> results.add(new ScalarResult(GROUP_PREFIX + role, micros, "us/op", AggregationPolicy.AVG)));
    return results;
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

  /**
   * CPU microseconds per operation of each thread group between two snapshots of thread id to CPU
   * nanoseconds; a thread that started in between counts from zero, one that ended is lost. Groups
   * that used no CPU are left out.
   */
  static Map<String, Double> byGroup(Map<Long, Long> before, Map<Long, Long> after, Map<Long, String> names, long ops) {
    Map<String, Double> groups = new TreeMap<>();
    for (Map.Entry<Long, Long> entry : after.entrySet()) {
      long nanos = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
      if (nanos > 0) {
        groups.merge(group(names.getOrDefault(entry.getKey(), "unknown")), nanos / 1_000.0 / ops, Double::sum);
      }
    }
    return groups;
  }

  /** A thread's name without digits and with runs of other characters as single dashes: {@code OkHttp-TaskRunner}. */
  static String group(String threadName) {
    String group = threadName.replaceAll("[0-9]+", "").replaceAll("[^A-Za-z]+", "-").replaceAll("^-|-$", "");
    return group.isEmpty() ? "unnamed" : group;
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

  /** Total CPU nanoseconds of every live Java thread that is not a JMH worker, by id; remembers their names. */
  private Map<Long, Long> otherTimes() {
    Map<Long, Long> times = new HashMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().contains(WORKER)) {
        continue;
      }
      long total = threads.getThreadCpuTime(thread.getId());
      if (total >= 0) {
        names.put(thread.getId(), thread.getName());
        times.put(thread.getId(), total);
      }
    }
    return times;
  }

  /**
   * CPU nanoseconds (user + system) of the JVM's native threads under {@code tasks} (a {@code
   * /proc/<pid>/task} directory), summed by {@link #jvmRole}; threads of no role are left out, and
   * an unreadable thread (one that just ended) is skipped. Empty where there is no such directory.
   */
  static Map<String, Long> jvmThreadTimes(Path tasks) {
    Map<String, Long> times = new TreeMap<>();
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        try {
          String role = jvmRole(Files.readString(thread.resolve("comm")).trim());
          if (role != null) {
            times.merge(role, cpuTicks(Files.readString(thread.resolve("stat"))) * NANOS_PER_TICK, Long::sum);
          }
        } catch (IOException | RuntimeException e) {
          // The thread ended between listing and reading.
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return times;
  }

  /** The group of a JVM-internal thread by its kernel name ({@code C2 CompilerThre}, {@code GC Thread#0}), or null. */
  static String jvmRole(String kernelName) {
    if (kernelName.startsWith("C1 CompilerThre") || kernelName.startsWith("C2 CompilerThre")) {
      return "jvm-JIT-compiler";
    }
    if (kernelName.startsWith("GC Thread") || kernelName.startsWith("G1 ")) {
      return "jvm-GC";
    }
    if (kernelName.startsWith("VM Thread") || kernelName.startsWith("VM Periodic")) {
      return "jvm-VM";
    }
    return null;
  }

  /**
   * User plus system clock ticks from a {@code /proc/.../stat} line: fields 14 and 15, counted
   * after the parenthesised name, which may itself hold spaces and parentheses.
   */
  static long cpuTicks(String statLine) {
    String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
    // fields[0] is field 3 (state), so fields 14 and 15 are at 11 and 12.
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /** CPU nanoseconds of the whole process, every thread, or -1 where the JVM does not say. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
