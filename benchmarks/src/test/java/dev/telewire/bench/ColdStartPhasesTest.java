package dev.telewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The phase profile of a cold start: each variant's phases in order, a clock that tells work from waiting, CPU by thread, the tables. */
class ColdStartPhasesTest {
  private static LoopbackServer server;

  @BeforeAll
  static void start() throws Exception {
    server = LoopbackServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void rawTimesOkHttpTheClientAndTheCall() throws Exception {
    ColdStartPhases.Run run = ColdStartPhases.run("raw", server.origin());

    assertThat(run.answer()).isEqualTo("+18005559876");
    assertThat(run.phases()).extracting(ColdStartPhases.Phase::name).containsExactly("new OkHttpClient()", "client", "first call");
  }

  @Test
  void oursOnTheCallersOkHttpTimesEachStepOfUsage() throws Exception {
    ColdStartPhases.Run run = ColdStartPhases.run("ours-own-okhttp", server.origin());

    assertThat(run.answer()).isEqualTo("+18005559876");
    assertThat(run.phases()).extracting(ColdStartPhases.Phase::name)
        .containsExactly("new OkHttpClient()", "client", "request", "first call");
  }

  @Test
  void oursByDefaultHasNoOkHttpPhase() throws Exception {
    ColdStartPhases.Run run = ColdStartPhases.run("ours-default", server.origin());

    assertThat(run.answer()).isEqualTo("+18005559876");
    assertThat(run.phases()).extracting(ColdStartPhases.Phase::name).containsExactly("client", "request", "first call");
  }

  @Test
  void clockChargesSpinningAsCpuAndSleepingAsWaiting() throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ColdStartPhases.Clock clock = new ColdStartPhases.Clock();
    long until = threads.getCurrentThreadCpuTime() + 30_000_000;
    while (threads.getCurrentThreadCpuTime() < until) {
      Thread.onSpinWait();
    }
    clock.mark("spin");
    Thread.sleep(60);
    clock.mark("sleep");

    ColdStartPhases.Phase spin = clock.phases().get(0);
    ColdStartPhases.Phase sleep = clock.phases().get(1);
    assertThat(spin.cpuNanos()).isGreaterThan(20_000_000);
    assertThat(sleep.wallNanos()).isGreaterThanOrEqualTo(60_000_000);
    assertThat(sleep.cpuNanos()).isLessThan(sleep.wallNanos() / 2);
  }

  @Test
  void tableGivesEachPhasesMedianAndTheirSumPerVariant() {
    Map<String, List<ColdStartPhases.Phase>> byPhase = new LinkedHashMap<>();
    byPhase.put("raw\tclient", List.of(phase(10, 12), phase(30, 40), phase(20, 25)));
    byPhase.put("raw\tfirst call", List.of(phase(50, 90), phase(40, 80), phase(60, 100)));

    String table = ColdStartPhases.table(byPhase, 3);

    assertThat(table).contains("| raw | client | 20.0 | 25.0 | 5.0 |")
        .contains("| raw | first call | 50.0 | 90.0 | 40.0 |")
        .contains("| raw | **sum of the medians** | 70.0 | 115.0 | 45.0 |");
  }

  @Test
  void threadCpuChargesTheCallersSpinToTheCallerAndTheProcess() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ColdStartPhases.ThreadCpu before = ColdStartPhases.ThreadCpu.now();
    long until = threads.getCurrentThreadCpuTime() + 80_000_000;
    while (threads.getCurrentThreadCpuTime() < until) {
      Thread.onSpinWait();
    }
    ColdStartPhases.ThreadCpu after = ColdStartPhases.ThreadCpu.now();

    long caller = after.callerNanos() - before.callerNanos();
    assertThat(caller).isBetween(80_000_000L, 200_000_000L);
    // The process total counts in 10 ms ticks: the spin shows in it, less a tick at either end.
    assertThat(after.processNanos() - before.processNanos()).isGreaterThanOrEqualTo(caller - 20_000_000);
  }

  @Test
  void threadCpuFindsTheJitCompilers() {
    // This JVM has compiled JUnit and AssertJ by now: its compiler threads have used CPU.
    assertThat(ColdStartPhases.ThreadCpu.now().jitNanos()).isPositive();
  }

  @Test
  void threadTableGivesEachVariantsMedianByThread() {
    Map<String, List<ColdStartPhases.ThreadCpu>> byVariant = new LinkedHashMap<>();
    byVariant.put("raw", List.of(threadCpu(250, 190, 480), threadCpu(240, 180, 500), threadCpu(260, 200, 470)));

    String table = ColdStartPhases.threadTable(byVariant);

    // Medians per column: other threads is each run's process less main and JIT (40, 80, 10).
    assertThat(table).contains("| raw | 250.0 | 190.0 | 40.0 | 480.0 |");
  }

  private static ColdStartPhases.ThreadCpu threadCpu(long callerMillis, long jitMillis, long processMillis) {
    return new ColdStartPhases.ThreadCpu(callerMillis * 1_000_000, jitMillis * 1_000_000, processMillis * 1_000_000);
  }

  private static ColdStartPhases.Phase phase(long cpuMillis, long wallMillis) {
    return new ColdStartPhases.Phase("p", cpuMillis * 1_000_000, wallMillis * 1_000_000);
  }
}
