package dev.telewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static String result(String method, String mode, int threads, double score, double bytes) {
    return """
        {"benchmark":"dev.telewire.bench.CallBenchmark.%s","mode":"%s","threads":%d,
         "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"us/op"},
         "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreUnit":"B/op"}}}"""
        .formatted(method, mode, threads, score, bytes);
  }

  @Test
  void wallTimeRowDividesEveryClientByRaw() throws Exception {
    String json =
        "[" + String.join(",", result("truedyDefault", "avgt", 1, 33.0, 3300), result("truedyOurs", "avgt", 1, 30.0, 3000),
            result("truedyStock", "avgt", 1, 40.0, 6000), result("truedyRaw", "avgt", 1, 25.0, 2000)) + "]";

    String table = Report.render(Report.parseJmh(json), List.of());

    assertThat(table).contains("| Truedy unassign | 33.0 | 30.0 | 40.0 | 25.0 | 1.32 | 1.20 | 1.60 | default wall ❌, ours wall ❌ |");
  }

  @Test
  void bytesRowIsCheckedAgainstItsTarget() throws Exception {
    String json =
        "[" + String.join(",", result("vidaDefault", "avgt", 1, 33.0, 2200), result("vidaOurs", "avgt", 1, 30.0, 2600),
            result("vidaStock", "avgt", 1, 40.0, 6000), result("vidaRaw", "avgt", 1, 25.0, 2000)) + "]";

    String table = Report.render(Report.parseJmh(json), List.of());

    assertThat(table).contains("| Vida return | 2,200 | 2,600 | 6,000 | 2,000 | 1.10 | 1.30 | 3.00 | default bytes ✅, ours bytes ❌ |");
  }

  @Test
  void roundsAreAveragedAndTheirRatiosShownAsARange() throws Exception {
    List<Report.Score> scores = new java.util.ArrayList<>();
    scores.addAll(Report.parseJmh("[" + result("vidaDefault", "avgt", 1, 30.0, 0) + "," + result("vidaRaw", "avgt", 1, 25.0, 0) + "]", 0));
    scores.addAll(Report.parseJmh("[" + result("vidaDefault", "avgt", 1, 50.0, 0) + "," + result("vidaRaw", "avgt", 1, 25.0, 0) + "]", 1));

    String table = Report.render(scores, List.of());

    assertThat(table).contains("| Vida return | 40.0 ± 10.0 | – | – | 25.0 ± 0.0 | 1.60 (1.20–2.00) |");
  }

  @Test
  void theRatioIsTheMedianOfTheRoundsSoOneDisturbedRoundDoesNotMoveIt() throws Exception {
    List<Report.Score> scores = new java.util.ArrayList<>();
    double[][] rounds = {{26, 25}, {27, 25}, {90, 30}}; // default, raw: the third round ran under load from elsewhere
    for (int round = 0; round < rounds.length; round++) {
      scores.addAll(Report.parseJmh(
          "[" + result("vidaDefault", "avgt", 1, rounds[round][0], 0) + "," + result("vidaRaw", "avgt", 1, rounds[round][1], 0) + "]", round));
    }

    String table = Report.render(scores, List.of());

    // ratios 1.04, 1.08, 3.00: the median is 1.08, where the ratio of the means would be 143/80 = 1.79
    assertThat(table).contains("| 1.08 (1.04–3.00) |");
  }

  @Test
  void theControlIsComparedWithRawInATableOfItsOwn() throws Exception {
    List<Report.Score> scores = new java.util.ArrayList<>();
    scores.addAll(Report.parseJmh("[" + withCpu("truedyControl", 30.0, 8.0, 22.0, 66.0) + "," + withCpu("truedyRaw", 25.0, 8.0, 20.0, 60.0) + "]", 0));
    scores.addAll(Report.parseJmh("[" + withCpu("truedyControl", 24.0, 8.0, 20.0, 54.0) + "," + withCpu("truedyRaw", 25.0, 8.0, 20.0, 60.0) + "]", 1));

    String table = Report.render(scores, List.of());

    // wall 1.20 and 0.96, process CPU 1.10 and 0.90, calling thread 1.10 and 1.00: medians of two are their means
    assertThat(table).contains("| Truedy unassign | 1.08 (0.96–1.20) | 1.00 (0.90–1.10) | 1.05 (1.00–1.10) |");
  }

  @Test
  void processCpuRowDividesByRaw() throws Exception {
    String json =
        "[" + String.join(",", withCpu("truedyDefault", 50.0, 8.0, 24.0, 63.0), withCpu("truedyOurs", 50.0, 8.0, 24.0, 61.0),
            withCpu("truedyStock", 55.0, 10.0, 30.0, 80.0), withCpu("truedyRaw", 48.0, 6.4, 20.0, 60.0)) + "]";

    String table = Report.render(Report.parseJmh(json), List.of());

    assertThat(table).contains("| Truedy unassign | 63.0 | 61.0 | 80.0 | 60.0 | 1.05 | 1.02 | 1.33 | default CPU ✅, ours CPU ✅ |");
  }

  @Test
  void otherThreadsCpuIsListedByThread() throws Exception {
    String json =
        "[" + String.join(",", withCpu("truedyDefault", 50.0, 8.0, 24.0, 63.0).replace("\"cpu.user\"", "\"cpu.thread.Okio-Watchdog\":{\"score\":2.5},\"cpu.user\""),
            withCpu("truedyRaw", 48.0, 6.4, 20.0, 60.0)) + "]";

    String table = Report.render(Report.parseJmh(json), List.of());

    assertThat(table).contains("| Truedy unassign | Okio-Watchdog | 2.50 | – | – | 0.00 |");
  }

  @Test
  void noCpuTableWithoutTheProfiler() throws Exception {
    String json = "[" + result("truedyOurs", "avgt", 1, 30.0, 3000) + "]";

    assertThat(Report.render(Report.parseJmh(json), List.of())).doesNotContain("CPU");
  }

  private static String withCpu(String method, double score, double user, double total, double process) {
    return """
        {"benchmark":"dev.telewire.bench.CallBenchmark.%s","mode":"avgt","threads":1,
         "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"us/op"},
         "secondaryMetrics":{"cpu.user":{"score":%s},"cpu.total":{"score":%s},"cpu.process":{"score":%s}}}"""
        .formatted(method, score, user, total, process);
  }

  @Test
  void throughputRowsAreKeptApartByThreadCount() throws Exception {
    String json =
        "[" + String.join(",", result("vidaOurs", "thrpt", 1, 1000, 0), result("vidaStock", "thrpt", 1, 500, 0),
            result("vidaRaw", "thrpt", 1, 250, 0), result("vidaOurs", "thrpt", 8, 4000, 0), result("vidaStock", "thrpt", 8, 1000, 0)) + "]";

    String table = Report.render(Report.parseJmh(json), List.of());

    assertThat(table).contains("| Vida return | 1 | – | 1,000 | 500 | 250 | – | 4.00 | 2.00 |").contains("| Vida return | 8 | – | 4,000 | 1,000 | – | – | – | – |");
  }

  @Test
  void coldStartReportsTheMedianRun() {
    List<Report.ColdRun> runs =
        Report.parseColdStart(
            List.of("variant\tround\twall_ms\tmain_ms", "truedy-ours\t1\t900\t300", "truedy-ours\t2\t500\t200",
                "truedy-ours\t3\t600\t250", "truedy-raw\t1\t500\t200"));

    assertThat(Report.render(List.of(), runs)).contains("| Truedy unassign | 3 | 600 | – | 500 | – | 1.20 |");
  }

  @Test
  void coldStartComparesEveryClientWithRaw() {
    List<Report.ColdRun> runs =
        Report.parseColdStart(
            List.of("truedy-ours\t1\t270\t230", "truedy-stock\t1\t300\t260", "truedy-raw\t1\t240\t200",
                "truedy-raw-early-tls\t1\t255\t210"));

    assertThat(Report.render(List.of(), runs))
        .contains("| Truedy unassign | 1 | 270 | 300 | 240 | 255 | 1.13 | 1.25 | 1.06 | 230 | 260 | 200 | – | – | – | – | vs raw ❌ |");
  }

  @Test
  void coldStartCpuIsComparedWithRaw() {
    List<Report.ColdRun> runs =
        Report.parseColdStart(List.of("truedy-ours\t1\t270\t230\t450", "truedy-raw\t1\t240\t200\t360"));

    assertThat(Report.render(List.of(), runs)).contains("| 200 | 450 | – | 360 | 1.25 | vs raw ❌ |");
  }

  @Test
  void coldStartBySpecSizeDividesLargeByOne() {
    List<Report.ColdRun> runs =
        Report.parseColdStart(List.of("sinkone-ours\t1\t250\t200\t400", "sinklarge-ours\t1\t300\t240\t500"));

    assertThat(Report.render(List.of(), runs)).contains("| 1 | 250 | 300 | 1.20 | 200 | 240 | 50 | 400 | 500 | 1.25 | large vs one ❌ |");
  }

  @Test
  void coldStartControlComparesRawWithItselfRoundByRound() {
    List<Report.ColdRun> runs =
        Report.parseColdStart(
            List.of("truedy-raw\t1\t400\t300\t600", "truedy-raw-control\t1\t440\t330\t660", "truedy-ours\t1\t480\t350\t720",
                "truedy-raw\t2\t500\t380\t700", "truedy-raw-control\t2\t450\t340\t700", "truedy-ours\t2\t500\t360\t700"));

    assertThat(Report.render(List.of(), runs))
        .contains("| Truedy unassign | 2 | 0.99 (0.90–1.10) | 1.09 (1.00–1.20) | 1.05 (1.00–1.10) | 1.09 (1.00–1.20) |");
  }
}
