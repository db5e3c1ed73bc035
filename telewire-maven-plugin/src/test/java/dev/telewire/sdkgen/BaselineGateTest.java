package dev.telewire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate end to end, through the {@code effective-spec} goal, on a folder laid out like
 * {@code spec/truedy} (from the frozen fixture copy, so the test does not move with the live spec):
 * a vendor file with a breaking change fails the build, accepting it lets the build pass.
 */
class BaselineGateTest {
  private static final Path SPEC = Path.of("src", "test", "resources", "vendors", "truedy");
  private static final String OUTBOUND = "            - outbound\n";

  @TempDir Path root;
  private Path vendorSpec;
  private Path baseline;
  private final List<String> warnings = new ArrayList<>();
  private final List<String> infos = new ArrayList<>();

  @BeforeEach
  void copySpecAndAcceptIt() throws Exception {
    Path folder = Files.createDirectories(root.resolve("spec").resolve("truedy"));
    for (String file : List.of("openapi.yaml", "overlay.yaml")) {
      Files.copy(SPEC.resolve(file), folder.resolve(file));
    }
    vendorSpec = folder.resolve("openapi.yaml");
    baseline = folder.resolve("baseline.yaml");
    accept("truedy");
    infos.clear();
  }

  private void accept(String vendor) throws MojoFailureException {
    AcceptGoal.in(root, vendor, log()).execute();
  }

  private SystemStreamLog log() {
    return new SystemStreamLog() {
      @Override
      public void warn(CharSequence content) {
        warnings.add(content.toString());
      }

      @Override
      public void info(CharSequence content) {
        infos.add(content.toString());
      }
    };
  }

  private EffectiveSpecMojo mojo() {
    EffectiveSpecMojo mojo = new EffectiveSpecMojo();
    mojo.spec = vendorSpec.toFile();
    mojo.overlay = vendorSpec.resolveSibling("overlay.yaml").toFile();
    mojo.output = root.resolve("target/effective-spec/truedy.yaml").toFile();
    mojo.reportDirectory = root.resolve("target/spec-changes").toFile();
    mojo.rootDirectory = root.toFile();
    mojo.setLog(log());
    return mojo;
  }

  private void editVendorSpec(String find, String replacement) throws IOException {
    String text = Files.readString(vendorSpec);
    assertThat(text).contains(find);
    Files.writeString(vendorSpec, text.replace(find, replacement));
  }

  private String report() throws IOException {
    return Files.readString(root.resolve("target/spec-changes/truedy.md"));
  }

  @Test
  void unchangedSpecBuildsWithNoChange() throws Exception {
    mojo().execute();

    assertThat(report()).contains("No API change since the baseline.");
  }

  @Test
  void removedEnumValueFailsTheBuildNamingIt() throws IOException {
    editVendorSpec(OUTBOUND, "");

    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 breaking change")
        .hasMessageContaining("removed request enum value at PhoneNumberUnassignRequest.assignment_type: enum value 'outbound' removed")
        .hasMessageContaining("mvn telewire:accept -Dvendor=truedy");
  }

  @Test
  void failedBuildLeavesAReportNamingTheChange() throws IOException {
    editVendorSpec(OUTBOUND, "");

    assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class);

    assertThat(report()).contains("enum value 'outbound' removed").contains("- `AssignmentType.OUTBOUND`");
    assertThat(Files.readString(root.resolve("target/spec-changes/truedy.html"))).contains("AssignmentType.OUTBOUND");
  }

  @Test
  void acceptingMovesTheBaselineSoTheNextBuildPasses() throws Exception {
    editVendorSpec(OUTBOUND, "");

    accept("truedy");
    mojo().execute();

    assertThat(Files.readString(baseline)).doesNotContain("outbound");
    assertThat(report()).contains("No API change since the baseline.");
  }

  @Test
  void acceptingSaysWhatItAccepted() throws Exception {
    editVendorSpec(OUTBOUND, "");

    accept("truedy");

    assertThat(infos).contains(
        "  accepted removed request enum value at PhoneNumberUnassignRequest.assignment_type: enum value 'outbound' removed (AssignmentType)",
        "truedy: accepted the current effective spec as spec/truedy/baseline.yaml (1 breaking change and 0 non-breaking changes since the previous baseline)");
  }

  @Test
  void acceptingAnotherVendorLeavesTheGateShut() throws Exception {
    Files.createDirectories(root.resolve("spec/vida"));
    Files.copy(Path.of("src", "test", "resources", "vendors", "vida", "openapi.yaml"), root.resolve("spec/vida/openapi.yaml"));
    editVendorSpec(OUTBOUND, "");

    accept("vida");

    assertThat(Files.readString(baseline)).contains("outbound");
    assertThatThrownBy(() -> mojo().execute()).isInstanceOf(MojoFailureException.class);
  }

  @Test
  void acceptingAnUnknownVendorFailsNamingTheKnownOnes() throws IOException {
    editVendorSpec(OUTBOUND, "");

    assertThatThrownBy(() -> accept("truedi")).isInstanceOf(MojoFailureException.class)
        .hasMessage("No vendor 'truedi': there is no spec at spec/truedi/openapi.yaml; vendors with a baseline: truedy");
    assertThat(Files.readString(baseline)).contains("outbound");
  }

  @Test
  void acceptingAllAcceptsEveryVendorWithABaseline() throws Exception {
    editVendorSpec(OUTBOUND, "");

    accept("all");

    assertThat(Files.readString(baseline)).doesNotContain("outbound");
  }

  @Test
  void acceptedBaselineNamesTheGoalThatReplacesIt() throws IOException {
    assertThat(Files.readString(baseline)).startsWith("# Accepted effective spec of truedy (spec/truedy/openapi.yaml + spec/truedy/overlay.yaml).\n")
        .contains("#   mvn telewire:accept -Dvendor=truedy\n");
  }

  @Test
  void newOptionalFieldBuildsAndIsListed() throws Exception {
    editVendorSpec("        assignment_type:\n", "        reason:\n          type: string\n        assignment_type:\n");

    mojo().execute();

    assertThat(report()).contains("| new optional request field | `PhoneNumberUnassignRequest.reason` |");
    assertThat(infos).anyMatch(line -> line.contains("new optional field 'reason'"));
  }

  @Test
  void missingBaselineWarnsAndBuilds() throws Exception {
    Files.delete(baseline);

    mojo().execute();

    assertThat(warnings).anyMatch(line -> line.contains("no baseline at spec/truedy/baseline.yaml"));
  }

  @Test
  void acceptingWritesTheFirstBaseline() throws Exception {
    Files.delete(baseline);

    accept("truedy");

    assertThat(SpecDocuments.read(baseline).at("/info/title").asText()).isEqualTo("Truedy API");
  }

  @Test
  void overlayDriftIsAWarningInTheLogAndTheReport() throws Exception {
    editVendorSpec("            application/json:\n              example:\n",
        "            application/json:\n              schema:\n                $ref: '#/components/schemas/UnassignPhoneNumberResponse'\n"
            + "              example:\n");

    mojo().execute();

    assertThat(warnings).anyMatch(line -> line.contains("\"Point the 200 response at its schema\" is redundant"));
    assertThat(report().substring(report().indexOf("## Overlay drift"))).contains("is redundant");
  }

  @Test
  void overlayDriftFailsTheBuildWhenAsked() throws IOException {
    editVendorSpec("            application/json:\n              example:\n",
        "            application/json:\n              schema:\n                $ref: '#/components/schemas/UnassignPhoneNumberResponse'\n"
            + "              example:\n");
    EffectiveSpecMojo strict = mojo();
    strict.failOnOverlayDrift = true;

    assertThatThrownBy(strict::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("is redundant");
  }
}
