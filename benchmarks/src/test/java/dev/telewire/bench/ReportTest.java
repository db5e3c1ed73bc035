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
  void perCallRowDividesOursByStockAndByRaw() throws Exception {
    String json =
        "[" + String.join(",", result("truedyOurs", "avgt", 1, 30.0, 3000), result("truedyStock", "avgt", 1, 40.0, 6000),
            result("truedyRaw", "avgt", 1, 25.0, 2000)) + "]";

    String table = Report.render(Report.parseJmh(json), List.of());

    assertThat(table).contains("| Truedy unassign | 30.0 | 40.0 | 25.0 | 0.75 | 1.20 | 3,000 | 6,000 | 2,000 | 0.50 | 1.50 |");
  }

  @Test
  void cpuRowDividesTheCallingThreadsCpuTime() throws Exception {
    String json =
        "[" + String.join(",", withCpu("truedyOurs", 50.0, 8.0, 24.0), withCpu("truedyStock", 55.0, 10.0, 30.0),
            withCpu("truedyRaw", 48.0, 6.4, 20.0)) + "]";

    String table = Report.render(Report.parseJmh(json), List.of());

    assertThat(table).contains("| Truedy unassign | 8.0 | 10.0 | 6.4 | 0.80 | 1.25 | 24.0 | 30.0 | 20.0 | 0.80 | 1.20 |");
  }

  @Test
  void noCpuTableWithoutTheProfiler() throws Exception {
    String json = "[" + result("truedyOurs", "avgt", 1, 30.0, 3000) + "]";

    assertThat(Report.render(Report.parseJmh(json), List.of())).doesNotContain("CPU per call");
  }

  private static String withCpu(String method, double score, double user, double total) {
    return """
        {"benchmark":"dev.telewire.bench.CallBenchmark.%s","mode":"avgt","threads":1,
         "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"us/op"},
         "secondaryMetrics":{"cpu.user":{"score":%s},"cpu.total":{"score":%s}}}"""
        .formatted(method, score, user, total);
  }

  @Test
  void throughputRowsAreKeptApartByThreadCount() throws Exception {
    String json =
        "[" + String.join(",", result("vidaOurs", "thrpt", 1, 1000, 0), result("vidaStock", "thrpt", 1, 500, 0),
            result("vidaOurs", "thrpt", 8, 4000, 0), result("vidaStock", "thrpt", 8, 1000, 0)) + "]";

    String table = Report.render(Report.parseJmh(json), List.of());

    assertThat(table).contains("| Vida return | 1 | 1,000 | 500 | – | 2.00 | – |").contains("| Vida return | 8 | 4,000 | 1,000 | – | 4.00 | – |");
  }

  @Test
  void coldStartReportsTheMedianRun() {
    List<Report.ColdRun> runs =
        Report.parseColdStart(
            List.of("variant\tround\twall_ms\tmain_ms", "truedy-ours\t1\t900\t300", "truedy-ours\t2\t500\t200",
                "truedy-ours\t3\t600\t250", "truedy-stock\t1\t1000\t500"));

    assertThat(Report.render(List.of(), runs)).contains("| Truedy unassign | 3 | 600 | 1,000 | – | – | 0.60 |");
  }

  @Test
  void coldStartComparesTheFloorsWithStock() {
    List<Report.ColdRun> runs =
        Report.parseColdStart(
            List.of("truedy-ours\t1\t270\t230", "truedy-stock\t1\t300\t260", "truedy-raw\t1\t240\t200",
                "truedy-raw-early-tls\t1\t255\t210"));

    assertThat(Report.render(List.of(), runs))
        .contains("| Truedy unassign | 1 | 270 | 300 | 240 | 255 | 0.90 | 1.13 | 0.80 | 0.85 | 230 | 260 | 200 | vs stock ❌ |");
  }
}
