package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** The test bodies are skipped only while a PIT mutation worker lists its tests. */
class PitListingTest {
  private static final String WORKER = "org.pitest.mutationtest.execute.MutationTestMinion 40123";
  private static boolean bodyRan;

  private static LauncherDiscoveryRequest byClass() {
    return LauncherDiscoveryRequestBuilder.request().selectors(selectClass(PitListingTest.class)).build();
  }

  @Test
  void mutationWorkerListingByClassOnlyLists() {
    assertThat(PitListing.onlyLists(WORKER, byClass())).isTrue();
  }

  @Test
  void mutationWorkerRunningOneTestByIdRunsIt() {
    LauncherDiscoveryRequest one = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectUniqueId("[engine:junit-jupiter]/[class:dev.telewire.PitListingTest]/[method:x()]")).build();

    assertThat(PitListing.onlyLists(WORKER, one)).isFalse();
  }

  @Test
  void pitCoverageRunRunsTheTests() {
    assertThat(PitListing.onlyLists("org.pitest.coverage.execute.CoverageMinion 40124", byClass())).isFalse();
  }

  @Test
  void mavenTestRunRunsTheTests() {
    assertThat(PitListing.onlyLists("/tmp/surefirebooter123.jar /tmp 2026 surefire.tmp", byClass())).isFalse();
  }

  @Test
  void thisBodyRuns() {
    bodyRan = true;
  }

  @AfterAll
  static void everyBodyRanOutsideAMutationWorker() {
    assertThat(bodyRan || PitListing.inMutationWorker()).as("the test bodies ran").isTrue();
  }
}
