package dev.telewire.build.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** {@code x-telewire-success-flag} on a 2xx response makes the client check that boolean body property. */
class SuccessFlagTest {
  private static final Path TEMPLATES = Path.of("../generated-client/src/main/templates");
  private static final String SPEC = """
      openapi: 3.0.3
      info:
        title: Flagged API
        version: '1'
        x-telewire-client: {name: FlaggedClient}
      security: [{key: []}]
      paths:
        /things:
          post:
            operationId: makeThing
            responses:
              '%s':
                description: done
                x-telewire-success-flag: %s
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Outcome'}
      components:
        securitySchemes:
          key: {type: apiKey, in: header, name: X-Key}
        schemas:
          Outcome:
            type: object
            properties:
              ok: {type: boolean}
              message: {type: string}
      """;

  @TempDir
  Path dir;

  private String generateClient(String status, String flag) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, SPEC.formatted(status, flag));
    CodegenConfigurator configurator = new CodegenConfigurator()
        .setGeneratorName("telewire-java")
        .setInputSpec(spec.toString())
        .setOutputDir(dir.resolve("out").toString())
        .setTemplateDir(TEMPLATES.toString())
        .addAdditionalProperty("invokerPackage", "dev.telewire.flagged");
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    try (var files = Files.walk(dir.resolve("out"))) {
      Path client = files.filter(p -> p.getFileName().toString().equals("FlaggedClient.java")).findFirst().orElseThrow();
      return Files.readString(client);
    }
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null && !(cause instanceof UnsupportedConstructException)) {
      cause = cause.getCause();
    }
    return cause;
  }

  @Test
  void flaggedOperationPassesTheAccessorAndFieldToTheCaller() throws Exception {
    String client = generateClient("200", "ok");

    assertThat(client).contains("Outcome::ok, \"ok\")");
  }

  @Test
  void flagThatIsNotABooleanPropertyStopsGenerationNamingIt() {
    Throwable thrown = catchThrowable(() -> generateClient("200", "message"));

    assertThat(rootCause(thrown))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("operation makeThing, response 200")
        .hasMessageContaining("'message'");
  }

  @Test
  void flagOnAnErrorResponseStopsGeneration() {
    Throwable thrown = catchThrowable(() -> generateClient("400", "ok"));

    assertThat(rootCause(thrown))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("not a success");
  }
}
