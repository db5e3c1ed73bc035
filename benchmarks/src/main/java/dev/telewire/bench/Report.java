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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns JMH's JSON results and the cold-start TSV into Markdown tables with the ratios to raw OkHttp
 * (the floor), and marks each against the targets of issue 15 (see the benchmarks README). Several
 * JSON files of the same benchmarks (rounds run one after another, so that noise on a shared machine
 * hits every client alike) are averaged; each ratio is the median of the per-round ratios, shown
 * with its per-round range.
 */
public final class Report {
  private static final Pattern NAME = Pattern.compile("(?:.*\\.)?(\\w+?)(Default|Ours|Stock|Raw|Control)$");
  /** The clients, in the order of the columns: ours in its default configuration, ours on the caller's OkHttpClient, stock, raw. */
  static final List<String> CLIENTS = List.of("default", "ours", "stock", "raw");
  private static final Map<String, String> LABELS =
      Map.of(
          "truedy", "Truedy unassign",
          "vida", "Vida return",
          "truedyEncode", "Truedy request → JSON",
          "truedyDecode", "Truedy 200 JSON → model",
          "vidaEncode", "Vida request → JSON",
          "vidaDecode", "Vida 200 JSON → model");
  static final double WALL_TARGET = 1.10;
  static final double CPU_TARGET = 1.05;
  static final double BYTES_TARGET = 1.20;
  static final double COLD_TARGET = 1.10;
  static final double SPEC_SIZE_TARGET = 1.05;

  /**
   * One JMH result: benchmark group (e.g. {@code truedy}), client, mode, threads, score, bytes per op,
   * the CPU per op from {@link ThreadCpuProfiler} (NaN without it: the benchmark thread's user and
   * user + system, the whole process, and the other threads by group), and the round (input file).
   */
  record Score(
      String group, String client, String mode, int threads, double score, double error, String unit, double bytesPerOp,
      double cpuUser, double cpuTotal, double cpuProcess, Map<String, Double> threadCpu, int round) {}

  /** One cold-start run; cpuMillis is the process's CPU time, every thread (NaN when not recorded). */
  record ColdRun(String variant, int round, double wallMillis, double mainMillis, double cpuMillis) {}

  private Report() {}

  /** Arguments: JMH {@code -rf json} files and cold-start TSV files, in any order. */
  public static void main(String[] args) throws IOException {
    List<Score> scores = new ArrayList<>();
    List<ColdRun> cold = new ArrayList<>();
    int round = 0;
    for (String arg : args) {
      Path path = Path.of(arg);
      if (!Files.exists(path)) {
        System.err.println("skipping missing " + path);
      } else if (arg.endsWith(".json")) {
        scores.addAll(parseJmh(Files.readString(path, StandardCharsets.UTF_8), round++));
      } else {
        cold.addAll(parseColdStart(Files.readAllLines(path, StandardCharsets.UTF_8)));
      }
    }
    System.out.print(render(scores, cold));
  }

  static List<Score> parseJmh(String json) throws IOException {
    return parseJmh(json, 0);
  }

  @SuppressWarnings("unchecked")
  static List<Score> parseJmh(String json, int round) throws IOException {
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
      Map<String, Double> threadCpu = new TreeMap<>();
      secondary.forEach((key, value) -> {
        if (key.startsWith("cpu.thread.")) {
          threadCpu.put(key.substring("cpu.thread.".length()), number(((Map<String, Object>) value).get("score")));
        }
      });
      scores.add(
          new Score(
              name.group(1),
              name.group(2).toLowerCase(Locale.ROOT),
              (String) result.get("mode"),
              ((Number) result.get("threads")).intValue(),
              number(primary.get("score")),
              number(primary.get("scoreError")),
              (String) primary.get("scoreUnit"),
              secondaryScore(secondary, "gc.alloc.rate.norm"),
              secondaryScore(secondary, "cpu.user"),
              secondaryScore(secondary, "cpu.total"),
              secondaryScore(secondary, "cpu.process"),
              threadCpu,
              round));
    }
    return scores;
  }

  @SuppressWarnings("unchecked")
  private static double secondaryScore(Map<String, Object> secondary, String name) {
    Map<String, Object> metric = (Map<String, Object>) secondary.get(name);
    return metric == null ? Double.NaN : number(metric.get("score"));
  }

  static List<ColdRun> parseColdStart(List<String> lines) {
    List<ColdRun> runs = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split("\t");
      if (cells.length >= 4 && !cells[0].equals("variant")) {
        double cpu = cells.length > 4 ? Double.parseDouble(cells[4]) : Double.NaN;
        runs.add(new ColdRun(cells[0], Integer.parseInt(cells[1]), Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), cpu));
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
      int rounds = (int) calls.stream().mapToInt(Score::round).distinct().count();
      out.append("### Per call: wall time (average per call; lower is better)\n\n");
      ratioTable(out, calls, Score::score, calls.get(0).unit(), WALL_TARGET, "wall");
      out.append("\n").append(rounds > 1 ? rounds + " rounds; the times are their mean and ± half their spread; each ratio is the median of the rounds' ratios, and in brackets the ratio in each round.\n\n" : "\n");
      out.append("### Per call: bytes allocated, all threads (`-prof gc`, gc.alloc.rate.norm)\n\n");
      ratioTable(out, calls, Score::bytesPerOp, "B", BYTES_TARGET, "bytes");
      out.append('\n');
      if (calls.stream().anyMatch(c -> !Double.isNaN(c.cpuProcess()))) {
        out.append("### Per call: process CPU, every thread (lower is better)\n\n");
        ratioTable(out, calls, Score::cpuProcess, "µs", CPU_TARGET, "CPU");
        out.append("\nEvery thread of the benchmark JVM: the caller, OkHttp's and Okio's threads, the loopback server, JIT and GC.\n\n");
        out.append("### Per call: CPU of the calling thread, user + system\n\n");
        ratioTable(out, calls, Score::cpuTotal, "µs", Double.NaN, "");
        out.append('\n');
        out.append("### Where the process CPU goes (µs per call by thread, other than the caller)\n\n");
        threadTable(out, calls);
        out.append('\n');
      }
      if (calls.stream().anyMatch(c -> c.client().equals("control"))) {
        out.append("### A/A control: raw's code a second time, on a client of its own (what noise alone makes of identical code)\n\n");
        controlTable(out, calls);
        out.append('\n');
      }
    }
    if (!serialization.isEmpty()) {
      out.append("### Serialization alone (average time and allocation per operation; lower is better)\n\n");
      latencyTable(out, merge(serialization));
      out.append('\n');
    }
    List<Score> thrpt = scores.stream().filter(s -> s.mode().equals("thrpt")).toList();
    if (!thrpt.isEmpty()) {
      out.append("### Throughput (calls per second through one shared client; higher is better)\n\n");
      throughputTable(out, merge(thrpt));
      out.append('\n');
    }
    if (!cold.isEmpty()) {
      out.append("### Cold start (median of fresh JVMs, process start → first typed 200; lower is better)\n\n");
      coldTable(out, cold);
      out.append('\n');
      if (cold.stream().anyMatch(r -> r.variant().endsWith("-raw-control"))) {
        out.append("#### Cold start, A/A control: raw's code in a second fresh JVM of every round\n\n");
        coldControlTable(out, cold);
        out.append('\n');
      }
      specSizeTable(out, cold);
    }
    return out.toString();
  }

  /** The mean of each (group, client, mode, threads) over the rounds; error becomes half the spread when there are several. */
  static List<Score> merge(List<Score> scores) {
    Map<String, List<Score>> byKey = new LinkedHashMap<>();
    for (Score s : scores) {
      byKey.computeIfAbsent(s.group() + "/" + s.client() + "/" + s.mode() + "/" + s.threads(), k -> new ArrayList<>()).add(s);
    }
    List<Score> merged = new ArrayList<>();
    for (List<Score> same : byKey.values()) {
      Score first = same.get(0);
      double error = same.size() == 1 ? first.error() : (max(same, Score::score) - min(same, Score::score)) / 2;
      Map<String, Double> threadCpu = new TreeMap<>();
      same.forEach(s -> s.threadCpu().forEach((k, v) -> threadCpu.merge(k, v / same.size(), Double::sum)));
      merged.add(new Score(first.group(), first.client(), first.mode(), first.threads(), mean(same, Score::score), error, first.unit(),
          mean(same, Score::bytesPerOp), mean(same, Score::cpuUser), mean(same, Score::cpuTotal), mean(same, Score::cpuProcess),
          threadCpu, 0));
    }
    return merged;
  }

  private static double mean(List<Score> scores, ToDoubleFunction<Score> metric) {
    return scores.stream().mapToDouble(metric).average().orElse(Double.NaN);
  }

  private static double max(List<Score> scores, ToDoubleFunction<Score> metric) {
    return scores.stream().mapToDouble(metric).max().orElse(Double.NaN);
  }

  private static double min(List<Score> scores, ToDoubleFunction<Score> metric) {
    return scores.stream().mapToDouble(metric).min().orElse(Double.NaN);
  }

  /**
   * One row per operation: the metric for each client, each client's ratio to raw with its per-round
   * range when there are several rounds, and the verdict of ours (default, and on the caller's client)
   * against {@code target} (none when it is NaN).
   */
  private static void ratioTable(StringBuilder out, List<Score> rounds, ToDoubleFunction<Score> metric, String unit, double target, String what) {
    List<Score> scores = merge(rounds);
    boolean withError = what.equals("wall");
    out.append("| Operation | ours, default ").append(unit).append(" | ours, caller's OkHttpClient | stock | raw")
        .append(" | default/raw | ours/raw | stock/raw |").append(Double.isNaN(target) ? "\n" : " target ≤ " + fixed(target, 2) + " |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |").append(Double.isNaN(target) ? "\n" : " --- |\n");
    for (String group : groups(scores)) {
      out.append("| ").append(LABELS.getOrDefault(group, group));
      for (String client : CLIENTS) {
        Optional<Score> score = find(scores, group, client, 0);
        out.append(" | ").append(value(score, metric, withError));
      }
      for (String client : List.of("default", "ours", "stock")) {
        out.append(" | ").append(ratioText(pairedRatio(rounds, group, client, metric))).append(roundRange(rounds, group, client, metric));
      }
      if (!Double.isNaN(target)) {
        double byDefault = pairedRatio(rounds, group, "default", metric);
        double onCallers = pairedRatio(rounds, group, "ours", metric);
        out.append(" | ").append(verdict("default " + what, byDefault <= target, byDefault))
            .append(", ").append(verdict("ours " + what, onCallers <= target, onCallers));
      }
      out.append(" |\n");
    }
  }

  /**
   * The client's ratio to raw: with several rounds, the median of each round's ratio (a round runs
   * every client back to back, so a burst of load from elsewhere on a shared machine moves one
   * round's pair, not the median); with one, the ratio of the scores.
   */
  static double pairedRatio(List<Score> rounds, String group, String client, ToDoubleFunction<Score> metric) {
    TreeSet<Integer> numbers = new TreeSet<>();
    rounds.forEach(s -> numbers.add(s.round()));
    if (numbers.size() < 2) {
      List<Score> merged = merge(rounds);
      return ratio(find(merged, group, client, 0), find(merged, group, "raw", 0), metric);
    }
    List<Double> ratios = new ArrayList<>();
    for (int round : numbers) {
      List<Score> these = rounds.stream().filter(s -> s.round() == round).toList();
      double r = ratio(find(these, group, client, 0), find(these, group, "raw", 0), metric);
      if (!Double.isNaN(r)) {
        ratios.add(r);
      }
    }
    if (ratios.isEmpty()) {
      return Double.NaN;
    }
    ratios.sort(null);
    int n = ratios.size();
    return n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
  }

  /** " (a–b)", the range of the client's ratio to raw over the rounds, or "" with one round. */
  private static String roundRange(List<Score> rounds, String group, String client, ToDoubleFunction<Score> metric) {
    TreeSet<Integer> numbers = new TreeSet<>();
    rounds.forEach(s -> numbers.add(s.round()));
    if (numbers.size() < 2) {
      return "";
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int round : numbers) {
      List<Score> these = rounds.stream().filter(s -> s.round() == round).toList();
      double r = ratio(find(these, group, client, 0), find(these, group, "raw", 0), metric);
      if (!Double.isNaN(r)) {
        low = Math.min(low, r);
        high = Math.max(high, r);
      }
    }
    return low > high ? "" : " (" + fixed(low, 2) + "–" + fixed(high, 2) + ")";
  }

  private static String value(Optional<Score> score, ToDoubleFunction<Score> metric, boolean withError) {
    if (score.isEmpty() || Double.isNaN(metric.applyAsDouble(score.get()))) {
      return "–";
    }
    double v = metric.applyAsDouble(score.get());
    int decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
    String text = fixed(v, decimals);
    return withError && !Double.isNaN(score.get().error()) ? text + " ± " + fixed(score.get().error(), decimals) : text;
  }

  /** Per operation, the control's ratio to raw (median of the rounds, per-round range) for wall time and CPU. */
  private static void controlTable(StringBuilder out, List<Score> rounds) {
    out.append("| Operation | wall time control/raw | process CPU control/raw | calling thread's CPU control/raw |\n");
    out.append("| --- | ---: | ---: | ---: |\n");
    for (String group : groups(merge(rounds))) {
      if (find(rounds, group, "control", 0).isEmpty()) {
        continue;
      }
      out.append("| ").append(LABELS.getOrDefault(group, group));
      for (ToDoubleFunction<Score> metric : List.<ToDoubleFunction<Score>>of(Score::score, Score::cpuProcess, Score::cpuTotal)) {
        out.append(" | ").append(ratioText(pairedRatio(rounds, group, "control", metric))).append(roundRange(rounds, group, "control", metric));
      }
      out.append(" |\n");
    }
  }

  /** The threads other than the caller that use at least 0.1 µs per call for some client, by client. */
  private static void threadTable(StringBuilder out, List<Score> rounds) {
    List<Score> scores = merge(rounds);
    out.append("| Operation | thread | ours, default | ours, caller's OkHttpClient | stock | raw |\n");
    out.append("| --- | --- | ---: | ---: | ---: | ---: |\n");
    for (String group : groups(scores)) {
      TreeSet<String> threads = new TreeSet<>();
      scores.stream().filter(s -> s.group().equals(group))
          .forEach(s -> s.threadCpu().forEach((name, micros) -> { if (micros >= 0.1) threads.add(name); }));
      for (String thread : threads) {
        out.append("| ").append(LABELS.getOrDefault(group, group)).append(" | ").append(thread);
        for (String client : CLIENTS) {
          Optional<Score> score = find(scores, group, client, 0);
          out.append(" | ").append(score.map(s -> fixed(s.threadCpu().getOrDefault(thread, 0.0), 2)).orElse("–"));
        }
        out.append(" |\n");
      }
    }
  }

  private static void latencyTable(StringBuilder out, List<Score> scores) {
    String unit = scores.get(0).unit();
    out.append("| Operation | ours ").append(unit).append(" | stock | raw | ours/stock | ours/raw | ours B/op | stock B/op | raw B/op | bytes ours/stock | bytes ours/raw |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (String group : groups(scores)) {
      Optional<Score> ours = find(scores, group, "ours", 0);
      Optional<Score> stock = find(scores, group, "stock", 0);
      Optional<Score> raw = find(scores, group, "raw", 0);
      out.append("| ").append(LABELS.getOrDefault(group, group))
          .append(" | ").append(cell(ours, true)).append(" | ").append(cell(stock, true)).append(" | ").append(cell(raw, true))
          .append(" | ").append(ratioText(ratio(ours, stock, Score::score))).append(" | ").append(ratioText(ratio(ours, raw, Score::score)))
          .append(" | ").append(bytes(ours)).append(" | ").append(bytes(stock)).append(" | ").append(bytes(raw))
          .append(" | ").append(ratioText(ratio(ours, stock, Score::bytesPerOp))).append(" | ").append(ratioText(ratio(ours, raw, Score::bytesPerOp)))
          .append(" |\n");
    }
  }

  private static void throughputTable(StringBuilder out, List<Score> scores) {
    out.append("| Operation | threads | ours, default ").append(scores.get(0).unit())
        .append(" | ours, caller's OkHttpClient | stock | raw | default/raw | ours/raw | stock/raw |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    TreeSet<Integer> threads = new TreeSet<>();
    scores.forEach(s -> threads.add(s.threads()));
    for (String group : groups(scores)) {
      for (int t : threads) {
        if (CLIENTS.stream().allMatch(c -> find(scores, group, c, t).isEmpty())) {
          continue;
        }
        out.append("| ").append(LABELS.getOrDefault(group, group)).append(" | ").append(t);
        for (String client : CLIENTS) {
          out.append(" | ").append(cell(find(scores, group, client, t), false));
        }
        Optional<Score> raw = find(scores, group, "raw", t);
        for (String client : List.of("default", "ours", "stock")) {
          out.append(" | ").append(ratioText(ratio(find(scores, group, client, t), raw, Score::score)));
        }
        out.append(" |\n");
      }
    }
  }

  private static void coldTable(StringBuilder out, List<ColdRun> runs) {
    out.append("| Operation | runs | ours ms | stock ms | raw ms | raw, early TLS ms | ours/raw | stock/raw | raw, early TLS/raw")
        .append(" | in main(): ours ms | stock ms | raw ms | CPU: ours ms | stock ms | raw ms | ours/raw | target ours/raw ≤ ")
        .append(fixed(COLD_TARGET, 2)).append(" |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    String[] clients = {"ours", "stock", "raw", "raw-early-tls"};
    for (String vendor : List.of("truedy", "vida")) {
      double[] wall = new double[clients.length];
      double[] main = new double[clients.length];
      double[] cpu = new double[clients.length];
      int count = 0;
      for (int i = 0; i < clients.length; i++) {
        List<ColdRun> mine = runsOf(runs, vendor + "-" + clients[i]);
        count = Math.max(count, mine.size());
        wall[i] = median(mine.stream().mapToDouble(ColdRun::wallMillis).toArray());
        main[i] = median(mine.stream().mapToDouble(ColdRun::mainMillis).toArray());
        cpu[i] = median(mine.stream().mapToDouble(ColdRun::cpuMillis).filter(v -> !Double.isNaN(v)).toArray());
      }
      if (count == 0) {
        continue;
      }
      double vsRaw = wall[0] / wall[2];
      out.append("| ").append(LABELS.get(vendor)).append(" | ").append(count)
          .append(" | ").append(millis(wall[0])).append(" | ").append(millis(wall[1])).append(" | ").append(millis(wall[2]))
          .append(" | ").append(millis(wall[3]))
          .append(" | ").append(ratioText(vsRaw)).append(" | ").append(ratioText(wall[1] / wall[2]))
          .append(" | ").append(ratioText(wall[3] / wall[2]))
          .append(" | ").append(millis(main[0])).append(" | ").append(millis(main[1])).append(" | ").append(millis(main[2]))
          .append(" | ").append(millis(cpu[0])).append(" | ").append(millis(cpu[1])).append(" | ").append(millis(cpu[2]))
          .append(" | ").append(ratioText(cpu[0] / cpu[2]))
          .append(" | ").append(verdict("vs raw", vsRaw <= COLD_TARGET, vsRaw)).append(" |\n");
    }
  }

  /**
   * Per vendor, the control's and ours' ratio to raw: the ratio of the medians, and in brackets the
   * range of the ratios within one round (the runs of a round follow each other within seconds).
   */
  private static void coldControlTable(StringBuilder out, List<ColdRun> runs) {
    out.append("| Operation | rounds | wall control/raw | wall ours/raw | CPU control/raw | CPU ours/raw |\n");
    out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    for (String vendor : List.of("truedy", "vida")) {
      List<ColdRun> raw = runsOf(runs, vendor + "-raw");
      List<ColdRun> control = runsOf(runs, vendor + "-raw-control");
      if (raw.isEmpty() || control.isEmpty()) {
        continue;
      }
      List<ColdRun> ours = runsOf(runs, vendor + "-ours");
      out.append("| ").append(LABELS.get(vendor)).append(" | ").append(Math.min(raw.size(), control.size()));
      for (ToDoubleFunction<ColdRun> metric : List.<ToDoubleFunction<ColdRun>>of(ColdRun::wallMillis, ColdRun::cpuMillis)) {
        for (List<ColdRun> these : List.of(control, ours)) {
          out.append(" | ").append(coldRatio(these, raw, metric));
        }
      }
      out.append(" |\n");
    }
  }

  private static String coldRatio(List<ColdRun> these, List<ColdRun> raw, ToDoubleFunction<ColdRun> metric) {
    double mine = median(these.stream().mapToDouble(metric).filter(v -> !Double.isNaN(v)).toArray());
    double floor = median(raw.stream().mapToDouble(metric).filter(v -> !Double.isNaN(v)).toArray());
    if (Double.isNaN(mine) || Double.isNaN(floor)) {
      return "–";
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (ColdRun run : these) {
      for (ColdRun base : raw) {
        double r = metric.applyAsDouble(run) / metric.applyAsDouble(base);
        if (base.round() == run.round() && !Double.isNaN(r)) {
          low = Math.min(low, r);
          high = Math.max(high, r);
        }
      }
    }
    return ratioText(mine / floor) + (low > high ? "" : " (" + fixed(low, 2) + "–" + fixed(high, 2) + ")");
  }

  /** The same first call on the sinkone and the sinklarge client. */
  private static void specSizeTable(StringBuilder out, List<ColdRun> runs) {
    List<ColdRun> one = runsOf(runs, "sinkone-ours");
    List<ColdRun> large = runsOf(runs, "sinklarge-ours");
    if (one.isEmpty() || large.isEmpty()) {
      return;
    }
    double oneWall = median(one.stream().mapToDouble(ColdRun::wallMillis).toArray());
    double largeWall = median(large.stream().mapToDouble(ColdRun::wallMillis).toArray());
    double oneMain = median(one.stream().mapToDouble(ColdRun::mainMillis).toArray());
    double largeMain = median(large.stream().mapToDouble(ColdRun::mainMillis).toArray());
    double oneCpu = median(one.stream().mapToDouble(ColdRun::cpuMillis).filter(v -> !Double.isNaN(v)).toArray());
    double largeCpu = median(large.stream().mapToDouble(ColdRun::cpuMillis).filter(v -> !Double.isNaN(v)).toArray());
    double ratio = largeWall / oneWall;
    out.append("#### Cold start by spec size (getCall; median of fresh JVMs)\n\n");
    out.append("| runs | 1-operation client ms | 150-operation client ms | large/one | in main(): one ms | large ms | large − one ms")
        .append(" | CPU: one ms | large ms | large/one | target large/one ≤ ").append(fixed(SPEC_SIZE_TARGET, 2)).append(" |\n");
    out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    out.append("| ").append(Math.min(one.size(), large.size())).append(" | ").append(millis(oneWall)).append(" | ").append(millis(largeWall))
        .append(" | ").append(ratioText(ratio)).append(" | ").append(millis(oneMain)).append(" | ").append(millis(largeMain))
        .append(" | ").append(millis(largeWall - oneWall))
        .append(" | ").append(millis(oneCpu)).append(" | ").append(millis(largeCpu)).append(" | ").append(ratioText(largeCpu / oneCpu))
        .append(" | ").append(verdict("large vs one", ratio <= SPEC_SIZE_TARGET, ratio)).append(" |\n");
  }

  private static List<ColdRun> runsOf(List<ColdRun> runs, String variant) {
    return runs.stream().filter(r -> r.variant().equals(variant)).toList();
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

  private static double ratio(Optional<Score> a, Optional<Score> b, ToDoubleFunction<Score> metric) {
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
