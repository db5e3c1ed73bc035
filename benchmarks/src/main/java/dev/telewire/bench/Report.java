package dev.telewire.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns JMH's JSON results and the cold-start TSV into Markdown tables with the ratios ours/stock
 * and ours/raw, and marks each against the targets of the benchmarks README.
 */
public final class Report {
  private static final Pattern NAME = Pattern.compile("(?:.*\\.)?(\\w+?)(Ours|Stock|Raw)$");
  private static final Map<String, String> LABELS =
      Map.of(
          "truedy", "Truedy unassign",
          "vida", "Vida return",
          "truedyEncode", "Truedy request → JSON",
          "truedyDecode", "Truedy 200 JSON → model",
          "vidaEncode", "Vida request → JSON",
          "vidaDecode", "Vida 200 JSON → model");

  /**
   * One JMH result: benchmark group (e.g. {@code truedy}), client, mode, threads, score, bytes per op,
   * and the benchmark thread's CPU per op from {@link ThreadCpuProfiler} (NaN without it).
   */
  record Score(
      String group, String client, String mode, int threads, double score, double error, String unit, double bytesPerOp,
      double cpuUser, double cpuTotal) {}

  /** One cold-start run. */
  record ColdRun(String variant, double wallMillis, double mainMillis) {}

  private Report() {}

  /** Arguments: JMH {@code -rf json} files and cold-start TSV files, in any order. */
  public static void main(String[] args) throws IOException {
    List<Score> scores = new ArrayList<>();
    List<ColdRun> cold = new ArrayList<>();
    for (String arg : args) {
      Path path = Path.of(arg);
      if (!Files.exists(path)) {
        System.err.println("skipping missing " + path);
      } else if (arg.endsWith(".json")) {
        scores.addAll(parseJmh(Files.readString(path, StandardCharsets.UTF_8)));
      } else {
        cold.addAll(parseColdStart(Files.readAllLines(path, StandardCharsets.UTF_8)));
      }
    }
    System.out.print(render(scores, cold));
  }

  @SuppressWarnings("unchecked")
  static List<Score> parseJmh(String json) throws IOException {
    JsonAdapter<List<Map<String, Object>>> adapter =
        new Moshi.Builder().build().adapter(Types.newParameterizedType(List.class, Types.newParameterizedType(Map.class, String.class, Object.class)));
    List<Score> scores = new ArrayList<>();
    for (Map<String, Object> result : adapter.fromJson(json)) {
      Matcher name = NAME.matcher((String) result.get("benchmark"));
      if (!name.matches()) {
        continue;
      }
      Map<String, Object> primary = (Map<String, Object>) result.get("primaryMetric");
      Map<String, Object> secondary = (Map<String, Object>) result.getOrDefault("secondaryMetrics", Map.of());
      Map<String, Object> norm = (Map<String, Object>) secondary.get("gc.alloc.rate.norm");
      Map<String, Object> cpuUser = (Map<String, Object>) secondary.get("cpu.user");
      Map<String, Object> cpuTotal = (Map<String, Object>) secondary.get("cpu.total");
      scores.add(
          new Score(
              name.group(1),
              name.group(2).toLowerCase(Locale.ROOT),
              (String) result.get("mode"),
              ((Number) result.get("threads")).intValue(),
              number(primary.get("score")),
              number(primary.get("scoreError")),
              (String) primary.get("scoreUnit"),
              norm == null ? Double.NaN : number(norm.get("score")),
              cpuUser == null ? Double.NaN : number(cpuUser.get("score")),
              cpuTotal == null ? Double.NaN : number(cpuTotal.get("score"))));
    }
    return scores;
  }

  static List<ColdRun> parseColdStart(List<String> lines) {
    List<ColdRun> runs = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split("\t");
      if (cells.length == 4 && !cells[0].equals("variant")) {
        runs.add(new ColdRun(cells[0], Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
      }
    }
    return runs;
  }

  private static double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(String.valueOf(value));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  static String render(List<Score> scores, List<ColdRun> cold) {
    StringBuilder out = new StringBuilder();
    List<Score> avgt = scores.stream().filter(s -> s.mode().equals("avgt")).toList();
    List<Score> calls = avgt.stream().filter(s -> s.group().equals("truedy") || s.group().equals("vida")).toList();
    List<Score> serialization = avgt.stream().filter(s -> !calls.contains(s)).toList();
    if (!calls.isEmpty()) {
      out.append("### Per call (average time and allocation per call; lower is better)\n\n");
      latencyTable(out, calls, true);
      out.append("\nTargets: ours/raw time ≤ 1.05; ours/stock time ≤ 0.90; ours/stock bytes ≤ 0.70.\n\n");
      if (calls.stream().anyMatch(c -> !Double.isNaN(c.cpuUser()))) {
        out.append("### CPU per call on the calling thread (same runs; lower is better)\n\n");
        cpuTable(out, calls);
        out.append("\nUser time is the client's own work in the JVM; user + system adds the socket calls and the kernel's\n")
            .append("share of waking the thread. Neither includes waiting for the server.\n\n");
      }
    }
    if (!serialization.isEmpty()) {
      out.append("### Serialization alone (average time and allocation per operation; lower is better)\n\n");
      latencyTable(out, serialization, false);
      out.append('\n');
    }
    List<Score> thrpt = scores.stream().filter(s -> s.mode().equals("thrpt")).toList();
    if (!thrpt.isEmpty()) {
      out.append("### Throughput (calls per second through one shared client; higher is better)\n\n");
      throughputTable(out, thrpt);
      out.append('\n');
    }
    if (!cold.isEmpty()) {
      out.append("### Cold start (median of fresh JVMs, process start → first typed 200; lower is better)\n\n");
      coldTable(out, cold);
      out.append("\nTarget: ours/stock wall time ≤ 0.80.\n");
    }
    return out.toString();
  }

  private static void latencyTable(StringBuilder out, List<Score> scores, boolean checkTargets) {
    String unit = scores.get(0).unit();
    out.append("| Operation | ours ").append(unit).append(" | stock | raw | ours/stock | ours/raw | ours B/op | stock B/op | raw B/op | bytes ours/stock | bytes ours/raw |");
    out.append(checkTargets ? " targets |\n" : "\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |").append(checkTargets ? " --- |\n" : "\n");
    for (String group : groups(scores)) {
      Optional<Score> ours = find(scores, group, "ours", 0);
      Optional<Score> stock = find(scores, group, "stock", 0);
      Optional<Score> raw = find(scores, group, "raw", 0);
      double timeVsStock = ratio(ours, stock, Score::score);
      double timeVsRaw = ratio(ours, raw, Score::score);
      double bytesVsStock = ratio(ours, stock, Score::bytesPerOp);
      out.append("| ").append(LABELS.getOrDefault(group, group))
          .append(" | ").append(cell(ours, true)).append(" | ").append(cell(stock, true)).append(" | ").append(cell(raw, true))
          .append(" | ").append(ratioText(timeVsStock)).append(" | ").append(ratioText(timeVsRaw))
          .append(" | ").append(bytes(ours)).append(" | ").append(bytes(stock)).append(" | ").append(bytes(raw))
          .append(" | ").append(ratioText(bytesVsStock)).append(" | ").append(ratioText(ratio(ours, raw, Score::bytesPerOp)))
          .append(" |");
      if (checkTargets) {
        out.append(' ')
            .append(verdict("vs raw", timeVsRaw <= 1.05, timeVsRaw))
            .append(", ").append(verdict("time vs stock", timeVsStock <= 0.90, timeVsStock))
            .append(", ").append(verdict("bytes vs stock", bytesVsStock <= 0.70, bytesVsStock))
            .append(" |");
      }
      out.append('\n');
    }
  }

  private static void cpuTable(StringBuilder out, List<Score> scores) {
    out.append("| Operation | ours user µs | stock | raw | ours/stock | ours/raw | ours user+sys µs | stock | raw | ours/stock | ours/raw |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (String group : groups(scores)) {
      Optional<Score> ours = find(scores, group, "ours", 0);
      Optional<Score> stock = find(scores, group, "stock", 0);
      Optional<Score> raw = find(scores, group, "raw", 0);
      out.append("| ").append(LABELS.getOrDefault(group, group))
          .append(" | ").append(micros(ours, Score::cpuUser)).append(" | ").append(micros(stock, Score::cpuUser))
          .append(" | ").append(micros(raw, Score::cpuUser))
          .append(" | ").append(ratioText(ratio(ours, stock, Score::cpuUser))).append(" | ").append(ratioText(ratio(ours, raw, Score::cpuUser)))
          .append(" | ").append(micros(ours, Score::cpuTotal)).append(" | ").append(micros(stock, Score::cpuTotal))
          .append(" | ").append(micros(raw, Score::cpuTotal))
          .append(" | ").append(ratioText(ratio(ours, stock, Score::cpuTotal))).append(" | ").append(ratioText(ratio(ours, raw, Score::cpuTotal)))
          .append(" |\n");
    }
  }

  private static String micros(Optional<Score> score, java.util.function.ToDoubleFunction<Score> metric) {
    return score.isEmpty() || Double.isNaN(metric.applyAsDouble(score.get())) ? "–" : fixed(metric.applyAsDouble(score.get()), 1);
  }

  private static void throughputTable(StringBuilder out, List<Score> scores) {
    out.append("| Operation | threads | ours ").append(scores.get(0).unit()).append(" | stock | raw | ours/stock | ours/raw |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    TreeSet<Integer> threads = new TreeSet<>();
    scores.forEach(s -> threads.add(s.threads()));
    for (String group : groups(scores)) {
      for (int t : threads) {
        Optional<Score> ours = find(scores, group, "ours", t);
        Optional<Score> stock = find(scores, group, "stock", t);
        Optional<Score> raw = find(scores, group, "raw", t);
        if (ours.isEmpty() && stock.isEmpty() && raw.isEmpty()) {
          continue;
        }
        out.append("| ").append(LABELS.getOrDefault(group, group)).append(" | ").append(t)
            .append(" | ").append(cell(ours, false)).append(" | ").append(cell(stock, false)).append(" | ").append(cell(raw, false))
            .append(" | ").append(ratioText(ratio(ours, stock, Score::score)))
            .append(" | ").append(ratioText(ratio(ours, raw, Score::score))).append(" |\n");
      }
    }
  }

  private static void coldTable(StringBuilder out, List<ColdRun> runs) {
    out.append("| Operation | runs | ours ms | stock ms | raw ms | raw, early TLS ms | ours/stock | ours/raw | raw/stock | raw, early TLS/stock")
        .append(" | in main(): ours ms | stock ms | raw ms | target |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    String[] clients = {"ours", "stock", "raw", "raw-early-tls"};
    for (String vendor : List.of("truedy", "vida")) {
      double[] wall = new double[clients.length];
      double[] main = new double[clients.length];
      int count = 0;
      for (int i = 0; i < clients.length; i++) {
        String variant = vendor + "-" + clients[i];
        List<ColdRun> mine = runs.stream().filter(r -> r.variant().equals(variant)).toList();
        count = Math.max(count, mine.size());
        wall[i] = median(mine.stream().mapToDouble(ColdRun::wallMillis).toArray());
        main[i] = median(mine.stream().mapToDouble(ColdRun::mainMillis).toArray());
      }
      if (count == 0) {
        continue;
      }
      double vsStock = wall[0] / wall[1];
      out.append("| ").append(LABELS.get(vendor)).append(" | ").append(count)
          .append(" | ").append(millis(wall[0])).append(" | ").append(millis(wall[1])).append(" | ").append(millis(wall[2]))
          .append(" | ").append(millis(wall[3]))
          .append(" | ").append(ratioText(vsStock)).append(" | ").append(ratioText(wall[0] / wall[2]))
          .append(" | ").append(ratioText(wall[2] / wall[1])).append(" | ").append(ratioText(wall[3] / wall[1]))
          .append(" | ").append(millis(main[0])).append(" | ").append(millis(main[1])).append(" | ").append(millis(main[2]))
          .append(" | ").append(verdict("vs stock", vsStock <= 0.80, vsStock)).append(" |\n");
    }
  }

  private static String millis(double value) {
    return Double.isNaN(value) ? "–" : fixed(value, 0);
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static List<String> groups(List<Score> scores) {
    Map<String, Boolean> seen = new LinkedHashMap<>();
    scores.stream().map(Score::group).sorted().forEach(g -> seen.put(g, true));
    return new ArrayList<>(seen.keySet());
  }

  private static Optional<Score> find(List<Score> scores, String group, String client, int threads) {
    return scores.stream()
        .filter(s -> s.group().equals(group) && s.client().equals(client) && (threads == 0 || s.threads() == threads))
        .findFirst();
  }

  private static double ratio(Optional<Score> a, Optional<Score> b, java.util.function.ToDoubleFunction<Score> metric) {
    if (a.isEmpty() || b.isEmpty()) {
      return Double.NaN;
    }
    return metric.applyAsDouble(a.get()) / metric.applyAsDouble(b.get());
  }

  private static String cell(Optional<Score> score, boolean withError) {
    if (score.isEmpty()) {
      return "–";
    }
    Score s = score.get();
    int decimals = s.score() >= 100 ? 0 : s.score() >= 10 ? 1 : 2;
    String text = fixed(s.score(), decimals);
    return withError && !Double.isNaN(s.error()) ? text + " ± " + fixed(s.error(), decimals) : text;
  }

  private static String bytes(Optional<Score> score) {
    return score.isEmpty() || Double.isNaN(score.get().bytesPerOp()) ? "–" : fixed(score.get().bytesPerOp(), 0);
  }

  private static String ratioText(double ratio) {
    return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "–" : fixed(ratio, 2);
  }

  private static String verdict(String what, boolean met, double ratio) {
    if (Double.isNaN(ratio)) {
      return what + " –";
    }
    return what + (met ? " ✅" : " ❌");
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
