package dev.telewire.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.OkHttpClient;

/**
 * Where the main thread of a cold start spends its time: runs the Truedy cold call in fresh JVMs,
 * cut into phases, and prints per phase the median of the main thread's own CPU time and of its
 * wall time. Wall time well above CPU time is waiting, for another thread (the TLS set-up) or for
 * a core. A second table splits each variant's process CPU at the first typed response into the main
 * thread, the JIT compiler threads and every other thread (the TLS set-up thread, GC and VM threads,
 * exited ones included). Linux only (the CPU times come from {@code /proc}).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.telewire.bench.ColdStartPhases 15</pre>
 */
public final class ColdStartPhases {
  /** Raw OkHttp, ours on a caller's {@code new OkHttpClient()}, and ours as README's Usage builds it. */
  static final String[] VARIANTS = {"raw", "ours-own-okhttp", "ours-default"};

  private static final String CHILD = "--child";

  private ColdStartPhases() {}

  /** One phase of one run: main-thread CPU and wall time, in nanoseconds. */
  record Phase(String name, long cpuNanos, long wallNanos) {}

  /** The phases of one cold call and the field its typed response carried. */
  record Run(List<Phase> phases, String answer) {}

  /** What one child JVM reported: its phases and its process CPU by thread. */
  record Child(List<Phase> phases, ThreadCpu threads) {}

  /**
   * Arguments: the number of timed rounds, then any options for the child JVMs; or, in a child,
   * {@code --child <variant> <origin>}.
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(CHILD)) {
      Run run = run(args[1], args[2]);
      ThreadCpu threads = ThreadCpu.now();
      for (Phase phase : run.phases()) {
        System.out.println("phase\t" + phase.name() + "\t" + phase.cpuNanos() + "\t" + phase.wallNanos());
      }
      System.out.println("threads\t" + threads.callerNanos() + "\t" + threads.jitNanos() + "\t" + threads.processNanos());
      System.out.flush();
      System.exit(0);
    }
    int rounds = Integer.parseInt(args[0]);
    List<String> jvmOptions = List.of(args).subList(1, args.length);
    Map<String, List<Phase>> byPhase = new LinkedHashMap<>();
    Map<String, List<ThreadCpu>> byVariant = new LinkedHashMap<>();
    try (LoopbackServer server = LoopbackServer.start()) {
      for (int round = 0; round <= rounds; round++) {
        for (String variant : VARIANTS) {
          Child child = runInFreshJvm(jvmOptions, variant, server.origin());
          if (round > 0) {
            child.phases().forEach(p -> byPhase.computeIfAbsent(variant + "\t" + p.name(), k -> new ArrayList<>()).add(p));
            byVariant.computeIfAbsent(variant, k -> new ArrayList<>()).add(child.threads());
          }
        }
      }
    }
    System.out.print(table(byPhase, rounds));
    System.out.println();
    System.out.print(threadTable(byVariant));
  }

  /** Makes the variant's cold call in this JVM, timing each phase on this thread. */
  static Run run(String variant, String origin) throws IOException {
    String baseUrl = origin + Fixtures.TRUEDY_BASE_PATH;
    Clock clock = new Clock();
    String answer;
    switch (variant) {
      case "raw" -> {
        OkHttpClient http = new OkHttpClient();
        clock.mark("new OkHttpClient()");
        RawTruedy raw = new RawTruedy(http, baseUrl, Fixtures.TRUEDY_KEY);
        clock.mark("client");
        answer = raw.unassign(Fixtures.NUMBER_ID, Fixtures.ASSIGNMENT_TYPE).number();
        clock.mark("first call");
      }
      case "ours-own-okhttp", "ours-default" -> {
        OkHttpClient http = null;
        if (variant.equals("ours-own-okhttp")) {
          http = new OkHttpClient();
          clock.mark("new OkHttpClient()");
        }
        dev.telewire.TruedyClient client = Ours.truedy(http, baseUrl);
        clock.mark("client");
        dev.telewire.truedy.model.PhoneNumberUnassignRequest request = Ours.truedyRequest();
        clock.mark("request");
        answer = client.telephony().unassignPhoneNumber(request).data().number();
        clock.mark("first call");
      }
      default -> throw new IllegalArgumentException("unknown variant " + variant);
    }
    return new Run(clock.phases(), answer);
  }

  private static Child runInFreshJvm(List<String> jvmOptions, String variant, String origin)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStartPhases.class.getName(), CHILD, variant, origin));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    List<Phase> phases = new ArrayList<>();
    ThreadCpu threads = null;
    for (String line : output.split("\n")) {
      String[] cells = line.split("\t");
      if (cells.length == 4 && cells[0].equals("phase")) {
        phases.add(new Phase(cells[1], Long.parseLong(cells[2]), Long.parseLong(cells[3])));
      } else if (cells.length == 4 && cells[0].equals("threads")) {
        threads = new ThreadCpu(Long.parseLong(cells[1]), Long.parseLong(cells[2]), Long.parseLong(cells[3]));
      }
    }
    if (exit != 0 || phases.isEmpty() || threads == null) {
      throw new IllegalStateException(variant + " did not report its phases and threads (exit " + exit + "):\n" + output);
    }
    return new Child(phases, threads);
  }

  /** A Markdown table: per variant and phase, the median main-thread CPU and wall milliseconds. */
  static String table(Map<String, List<Phase>> byPhase, int rounds) {
    StringBuilder out = new StringBuilder();
    out.append("| variant | phase | main thread's CPU ms | wall ms | wall − CPU ms |\n");
    out.append("| --- | --- | ---: | ---: | ---: |\n");
    Map<String, double[]> totals = new LinkedHashMap<>();
    byPhase.forEach((key, phases) -> {
      double cpu = Report.median(phases.stream().mapToDouble(p -> p.cpuNanos() / 1e6).toArray());
      double wall = Report.median(phases.stream().mapToDouble(p -> p.wallNanos() / 1e6).toArray());
      String[] variantAndPhase = key.split("\t");
      out.append("| ").append(variantAndPhase[0]).append(" | ").append(variantAndPhase[1])
          .append(" | ").append(ms(cpu)).append(" | ").append(ms(wall)).append(" | ").append(ms(wall - cpu)).append(" |\n");
      double[] total = totals.computeIfAbsent(variantAndPhase[0], k -> new double[2]);
      total[0] += cpu;
      total[1] += wall;
    });
    totals.forEach((variant, total) -> out.append("| ").append(variant).append(" | **sum of the medians** | ")
        .append(ms(total[0])).append(" | ").append(ms(total[1])).append(" | ").append(ms(total[1] - total[0])).append(" |\n"));
    out.append("\nMedians of ").append(rounds).append(" fresh JVMs per variant, run round-robin; `main()` is timed from its first line.\n");
    return out.toString();
  }

  /** A Markdown table: per variant, the median process CPU by thread at the first typed response. */
  static String threadTable(Map<String, List<ThreadCpu>> byVariant) {
    StringBuilder out = new StringBuilder();
    out.append("| variant | main thread's CPU ms | JIT compiler threads ms | other threads ms | process ms |\n");
    out.append("| --- | ---: | ---: | ---: | ---: |\n");
    byVariant.forEach((variant, runs) -> out.append("| ").append(variant)
        .append(" | ").append(ms(Report.median(runs.stream().mapToDouble(t -> t.callerNanos() / 1e6).toArray())))
        .append(" | ").append(ms(Report.median(runs.stream().mapToDouble(t -> t.jitNanos() / 1e6).toArray())))
        .append(" | ").append(ms(Report.median(runs.stream().mapToDouble(t -> t.otherNanos() / 1e6).toArray())))
        .append(" | ").append(ms(Report.median(runs.stream().mapToDouble(t -> t.processNanos() / 1e6).toArray())))
        .append(" |\n"));
    out.append("\nOther threads: the TLS set-up thread, GC and VM threads, exited ones included (the process's"
        + " total, in 10 ms ticks, less main and JIT).\n");
    return out.toString();
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
  }

  /**
   * The process's CPU time so far, in nanoseconds: the calling thread's, the JIT compiler threads'
   * and the whole process's (every thread, exited ones too, to the kernel's 10 ms tick).
   */
  record ThreadCpu(long callerNanos, long jitNanos, long processNanos) {
    /** Linux's USER_HZ, 100 on every mainstream kernel. */
    private static final long NANOS_PER_TICK = 10_000_000;

    /** Every thread other than the caller and the JIT compilers. */
    long otherNanos() {
      return processNanos - callerNanos - jitNanos;
    }

    /** Reads the times from {@code /proc} now. */
    static ThreadCpu now() {
      long jit = 0;
      try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
        for (Path task : tasks) {
          String name = Files.readString(task.resolve("comm"), StandardCharsets.US_ASCII).trim();
          if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            jit += firstField(Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII));
          }
        }
        // Fields 14 and 15 of /proc/self/stat, after the parenthesised name: user and system ticks.
        String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return new ThreadCpu(Clock.threadCpuNanos(), jit, ticks * NANOS_PER_TICK);
      } catch (IOException e) {
        throw new IllegalStateException("no /proc/self/task: ColdStartPhases needs Linux", e);
      }
    }
  }

  private static long firstField(String schedstat) {
    return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
  }

  /** Marks the end of each phase with the calling thread's CPU time and the wall clock. */
  static final class Clock {
    private final List<Phase> phases = new ArrayList<>();
    private long cpu = threadCpuNanos();
    private long wall = System.nanoTime();

    void mark(String phase) {
      long nowCpu = threadCpuNanos();
      long nowWall = System.nanoTime();
      phases.add(new Phase(phase, nowCpu - cpu, nowWall - wall));
      cpu = nowCpu;
      wall = nowWall;
    }

    List<Phase> phases() {
      return List.copyOf(phases);
    }

    /**
     * The calling thread's CPU time so far: the first field of its schedstat, in nanoseconds (read
     * from /proc rather than through ThreadMXBean, whose classes would add to the start-up measured).
     */
    static long threadCpuNanos() {
      try {
        return firstField(Files.readString(Path.of("/proc/thread-self/schedstat"), StandardCharsets.US_ASCII));
      } catch (IOException e) {
        throw new IllegalStateException("no /proc/thread-self/schedstat: ColdStartPhases needs Linux", e);
      }
    }
  }
}
