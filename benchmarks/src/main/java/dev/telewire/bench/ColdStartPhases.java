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
 * a core. Linux only (the main thread's CPU comes from {@code /proc/thread-self/schedstat}).
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

  /**
   * Arguments: the number of timed rounds, then any options for the child JVMs; or, in a child,
   * {@code --child <variant> <origin>}.
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(CHILD)) {
      Run run = run(args[1], args[2]);
      for (Phase phase : run.phases()) {
        System.out.println("phase\t" + phase.name() + "\t" + phase.cpuNanos() + "\t" + phase.wallNanos());
      }
      System.out.flush();
      System.exit(0);
    }
    int rounds = Integer.parseInt(args[0]);
    List<String> jvmOptions = List.of(args).subList(1, args.length);
    Map<String, List<Phase>> byPhase = new LinkedHashMap<>();
    try (LoopbackServer server = LoopbackServer.start()) {
      for (int round = 0; round <= rounds; round++) {
        for (String variant : VARIANTS) {
          List<Phase> phases = runInFreshJvm(jvmOptions, variant, server.origin());
          if (round > 0) {
            phases.forEach(p -> byPhase.computeIfAbsent(variant + "\t" + p.name(), k -> new ArrayList<>()).add(p));
          }
        }
      }
    }
    System.out.print(table(byPhase, rounds));
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

  private static List<Phase> runInFreshJvm(List<String> jvmOptions, String variant, String origin)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStartPhases.class.getName(), CHILD, variant, origin));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    List<Phase> phases = new ArrayList<>();
    for (String line : output.split("\n")) {
      String[] cells = line.split("\t");
      if (cells.length == 4 && cells[0].equals("phase")) {
        phases.add(new Phase(cells[1], Long.parseLong(cells[2]), Long.parseLong(cells[3])));
      }
    }
    if (exit != 0 || phases.isEmpty()) {
      throw new IllegalStateException(variant + " did not report its phases (exit " + exit + "):\n" + output);
    }
    return phases;
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

  private static String ms(double millis) {
    return String.format(Locale.ROOT, "%.1f", millis);
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
        String schedstat = Files.readString(Path.of("/proc/thread-self/schedstat"), StandardCharsets.US_ASCII);
        return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
      } catch (IOException e) {
        throw new IllegalStateException("no /proc/thread-self/schedstat: ColdStartPhases needs Linux", e);
      }
    }
  }
}
