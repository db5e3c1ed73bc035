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
 * An operation the codegen cannot generate: left out with a warning when it is new, a breaking
 * change when the baseline has it, and fatal either way with {@code -Dtelewire.strict=true}.
 */
class UngeneratableOperationsTest {
  private static final Path SPEC = Path.of("src", "test", "resources", "vendors", "truedy");
  /** An object describing a schema, where the parameter's schema belongs. */
  private static final String DESCRIBED = """
            - name: page_size
              in: query
              schema:
                type: object
                properties:
                  type: {type: string, example: integer}
      """;
  private static final String NEW_OPERATION = """
        /telephony/numbers:
          get:
            tags: [Telephony]
            summary: List phone numbers
            parameters:
      """ + DESCRIBED + """
            responses:
              '204': {description: none}
      """;

  @TempDir Path root;
  private Path vendorSpec;
  private final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void copySpecAndAcceptIt() throws Exception {
    Path folder = Files.createDirectories(root.resolve("spec").resolve("truedy"));
    for (String file : List.of("openapi.yaml", "overlay.yaml")) {
      Files.copy(SPEC.resolve(file), folder.resolve(file));
    }
    vendorSpec = folder.resolve("openapi.yaml");
    AcceptGoal.in(root, "truedy").execute();
    mojo(false).execute();
    warnings.clear();
  }

  private EffectiveSpecMojo mojo(boolean strict) {
    EffectiveSpecMojo mojo = new EffectiveSpecMojo();
    mojo.spec = vendorSpec.toFile();
    mojo.overlay = vendorSpec.resolveSibling("overlay.yaml").toFile();
    mojo.output = root.resolve("target/effective-spec/truedy.yaml").toFile();
    mojo.reportDirectory = root.resolve("target/spec-changes").toFile();
    mojo.rootDirectory = root.toFile();
    mojo.strict = strict;
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void warn(CharSequence content) {
        warnings.add(content.toString());
      }

      @Override
      public void info(CharSequence content) {}
    });
    return mojo;
  }

  private void edit(String find, String replacement) throws IOException {
    String text = Files.readString(vendorSpec);
    assertThat(text).contains(find);
    Files.writeString(vendorSpec, text.replace(find, replacement));
  }

  private String report() throws IOException {
    return Files.readString(root.resolve("target/spec-changes/truedy.md"));
  }

  @Test
  void newOperationThatCannotBeGeneratedIsLeftOutAndTheBuildGoesOn() throws Exception {
    edit("paths:\n", "paths:\n" + NEW_OPERATION);

    mojo(false).execute();

    assertThat(Files.readString(root.resolve("target/effective-spec/truedy.yaml")))
        .doesNotContain("/telephony/numbers:").contains("/telephony/numbers/unassign:");
    assertThat(warnings).anyMatch(w -> w.contains("new operation left out at GET /telephony/numbers"));
    assertThat(report()).contains("new operation left out").contains("#/paths/~1telephony~1numbers/get/parameters/0")
        .contains("type: integer");
  }

  @Test
  void strictMakesTheLeftOutOperationFatal() throws Exception {
    edit("paths:\n", "paths:\n" + NEW_OPERATION);

    assertThatThrownBy(() -> mojo(true).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("#/paths/~1telephony~1numbers/get/parameters/0")
        .hasMessageContaining("telewire.strict");
  }

  @Test
  void baselineOperationThatBecomesUngeneratableBreaksTheGate() throws Exception {
    edit("      operationId: unassign_phone_number\n",
        "      operationId: unassign_phone_number\n      parameters:\n" + DESCRIBED.replace("      - ", "        - ")
            .replace("\n        ", "\n          ").replace("          - name", "        - name"));

    assertThatThrownBy(() -> mojo(false).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("operation no longer generated at POST /telephony/numbers/unassign")
        .hasMessageContaining("#/paths/~1telephony~1numbers~1unassign/post/parameters/0");
  }
}
