package dev.telewire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** A rename through {@code x-telewire-name} shows in the change report exactly as the generated code has it. */
class RenameAgreesTest {
  private static final Path SPEC = Path.of("src", "test", "resources", "vendors", "truedy");
  private static final String RENAMES = """
        - target: $.paths['/telephony/numbers/unassign'].post
          description: A shorter method name
          update:
            x-telewire-name: releaseNumber
        - target: $.components.schemas.UnassignPhoneNumberResponse
          description: A shorter model name
          update:
            x-telewire-name: ReleasedNumber
      """;

  @TempDir Path root;

  private EffectiveSpecMojo mojo(Path vendorSpec) {
    EffectiveSpecMojo mojo = new EffectiveSpecMojo();
    mojo.spec = vendorSpec.toFile();
    mojo.overlay = vendorSpec.resolveSibling("overlay.yaml").toFile();
    mojo.output = root.resolve("target/effective-spec/truedy.yaml").toFile();
    mojo.reportDirectory = root.resolve("target/spec-changes").toFile();
    mojo.rootDirectory = root.toFile();
    mojo.setLog(new SystemStreamLog());
    return mojo;
  }

  @Test
  void renamedMethodAndModelAreTheNamesTheCodegenGenerates() throws Exception {
    Path folder = Files.createDirectories(root.resolve("spec").resolve("truedy"));
    for (String file : List.of("openapi.yaml", "overlay.yaml")) {
      Files.copy(SPEC.resolve(file), folder.resolve(file));
    }
    Path vendorSpec = folder.resolve("openapi.yaml");
    AcceptGoal.in(root, "truedy").execute();
    Path overlay = folder.resolve("overlay.yaml");
    Files.writeString(overlay, Files.readString(overlay) + "\n" + RENAMES);

    assertThatThrownBy(() -> mojo(vendorSpec).execute()).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("client method TelephonyApi.unassignPhoneNumber() becomes TelephonyApi.releaseNumber()");
    String report = Files.readString(root.resolve("target/spec-changes/truedy.md"));
    String added = report.substring(report.indexOf("Added:"));
    assertThat(added).contains("`Call<ReleasedNumber> TelephonyApi.releaseNumber(PhoneNumberUnassignRequest)`",
        "`record ReleasedNumber`");

    Path out = root.resolve("generated");
    new DefaultGenerator().opts(new CodegenConfigurator()
        .setGeneratorName("telewire-java")
        .setInputSpec(root.resolve("target/effective-spec/truedy.yaml").toString())
        .setOutputDir(out.toString())
        .setTemplateDir(Path.of("../generated-client/src/main/templates").toString())
        .addAdditionalProperty("invokerPackage", "dev.telewire.truedy")
        .toClientOptInput()).generate();
    Path sources = out.resolve("src/main/java/dev/telewire/truedy");
    assertThat(Files.readString(sources.resolve("api/TelephonyApi.java")))
        .contains("Call<ReleasedNumber> releaseNumber(");
    assertThat(sources.resolve("model/ReleasedNumber.java")).exists();
  }
}
