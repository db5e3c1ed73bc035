package dev.telewire.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cold start: starts the loopback server, then runs {@link ColdStart} in a fresh JVM for every
 * variant, round after round (so drift on a shared machine hits every variant alike), after one
 * untimed round that warms the disk cache. Writes one TSV line per run: variant, wall-clock
 * milliseconds from process start to the {@code ok} line, milliseconds inside {@code main}, and
 * the child's CPU milliseconds, all threads, at that point.
 */
public final class ColdStartSuite {
  private ColdStartSuite() {}

  /**
   * Arguments: the number of timed rounds, the TSV file to write, and any options for the child
   * JVMs (e.g. {@code -Xlog:class+load:file=/tmp/cold-%p.log} to see what each run loads).
   */
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    List<String> jvmOptions = List.of(args).subList(2, args.length);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    List<String> lines = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start()) {
      String origin = server.origin();
      for (int round = 0; round <= rounds; round++) {
        for (String variant : ColdStart.VARIANTS) {
          double[] run = runOnce(java, jvmOptions, classpath, variant, origin);
          if (round > 0) {
            lines.add(variant + "\t" + round + "\t" + format(run[0]) + "\t" + format(run[1]) + "\t" + format(run[2]));
          }
        }
        System.err.println("cold start: round " + round + " of " + rounds + " done" + (round == 0 ? " (untimed)" : ""));
      }
    }
    try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      writer.write("variant\tround\twall_ms\tmain_ms\tcpu_ms\n");
      for (String line : lines) {
        writer.write(line + "\n");
      }
    }
  }

  private static double[] runOnce(String java, List<String> jvmOptions, String classpath, String variant, String origin)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath, ColdStart.class.getName(), variant, origin));
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    double wallMillis = -1;
    double mainMillis = -1;
    double cpuMillis = Double.NaN;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (wallMillis < 0 && line.startsWith("ok ")) {
          wallMillis = (System.nanoTime() - start) / 1e6;
          mainMillis = Long.parseLong(line.split(" ")[1]) / 1e3;
        } else if (line.startsWith("cpu ")) {
          long micros = Long.parseLong(line.substring(4).trim());
          cpuMillis = micros < 0 ? Double.NaN : micros / 1e3;
        }
        output.append(line).append('\n');
      }
    }
    int exit = process.waitFor();
    if (wallMillis < 0 || exit != 0) {
      throw new IllegalStateException(variant + " did not answer ok (exit " + exit + "):\n" + output);
    }
    return new double[] {wallMillis, mainMillis, cpuMillis};
  }

  private static String format(double millis) {
    return String.format(java.util.Locale.ROOT, "%.1f", millis);
  }
}
