package dev.telewire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.codegen.AllProblemsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README "Updating a vendor spec", step by step: a one-operation excerpt is replaced by the
 * vendor's complete 114-operation spec with five defects. The first build passes, leaving the five
 * defective new operations out and listing every problem with its fix; pasting the fixes into the
 * overlay brings them back; accepting makes it the baseline.
 */
class VendorUpdateWalkthroughTest {
  private static final String OVERLAY = """
      overlay: 1.0.0
      info: {title: Telewire corrections to the Taskboard API spec, version: 1.0.0}
      actions:
        - target: $.info
          description: Ask for the TaskboardClient entry point
          update:
            x-telewire-client: {name: TaskboardClient, successFlag: success}
      """;

  @TempDir Path root;
  private final List<String> warnings = new ArrayList<>();

  private EffectiveSpecMojo mojo() {
    EffectiveSpecMojo mojo = new EffectiveSpecMojo();
    mojo.specDirectory = root.resolve("spec").toFile();
    mojo.vendor = "taskboard";
    mojo.outputDirectory = root.resolve("target/effective-spec").toFile();
    mojo.reportDirectory = root.resolve("target/spec-changes").toFile();
    mojo.rootDirectory = root.toFile();
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void warn(CharSequence content) {
        warnings.add(content.toString());
      }
    });
    return mojo;
  }

  @Test
  void completeSpecBuildsFirstThenTheReportedFixesBringTheLeftOutOperationsBack() throws Exception {
    Path folder = Files.createDirectories(root.resolve("spec/taskboard"));
    JsonNode complete = AllProblemsFixture.defectiveSpec();
    Files.writeString(folder.resolve("openapi.yaml"), SpecDocuments.toYaml(AllProblemsFixture.excerpt(complete)));
    Files.writeString(folder.resolve("overlay.yaml"), OVERLAY);
    AcceptGoal.in(root, "taskboard").execute();

    // 1. Replace the excerpt with the vendor's complete file, unchanged, and build.
    Files.writeString(folder.resolve("openapi.yaml"), SpecDocuments.toYaml(complete));
    mojo().execute();
    String report = Files.readString(root.resolve("target/spec-changes/taskboard.md"));
    Files.writeString(Path.of("target/walkthrough-first.md"), report);
    assertThat(report).contains("## Problems (5)").contains("new operation left out");
    assertThat(warnings).filteredOn(w -> w.contains("new operation left out")).hasSize(5);

    // 2. Paste the report's fixes into the overlay and build again.
    StringBuilder fixes = new StringBuilder(OVERLAY);
    for (String block : report.split("```yaml\n")) {
      if (block.contains("```")) {
        block.substring(0, block.indexOf("```")).lines().forEach(line -> fixes.append(line).append('\n'));
      }
    }
    Files.writeString(folder.resolve("overlay.yaml"), fixes.toString());
    warnings.clear();
    mojo().execute();
    String second = Files.readString(root.resolve("target/spec-changes/taskboard.md"));
    Files.writeString(Path.of("target/walkthrough-second.md"), second);
    Files.writeString(Path.of("target/walkthrough-overlay.yaml"), fixes.toString());
    assertThat(second).contains("## Problems (0)").doesNotContain("new operation left out");
    assertThat(warnings).noneMatch(w -> w.contains("left out"));

    // 3. Accept: the complete spec becomes the baseline.
    AcceptGoal.in(root, "taskboard").execute();
    assertThat(Files.readString(folder.resolve("baseline.yaml"))).contains("/api/v2/agents/{agentId}/versions/{versionId}/restore");
  }
}
