package dev.telewire.build.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code x-telewire-success-flag} on a 2xx response makes the client check that boolean body property. */
class SuccessFlagTest {
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
    Path out = Generation.generate(dir, SPEC.formatted(status, flag), "dev.telewire.flagged");
    try (var files = Files.walk(out)) {
      Path client = files.filter(p -> p.getFileName().toString().equals("FlaggedClient.java")).findFirst().orElseThrow();
      return Files.readString(client);
    }
  }

  @Test
  void flaggedOperationPassesTheAccessorAndFieldToTheCaller() throws Exception {
    String client = generateClient("200", "ok");

    assertThat(client).contains("Outcome::ok, \"ok\")");
  }

  @Test
  void flagThatIsNotABooleanPropertyStopsGenerationNamingIt() {
    Throwable thrown = catchThrowable(() -> generateClient("200", "message"));

    assertThat(Generation.rootCause(thrown))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("operation makeThing, response 200")
        .hasMessageContaining("'message'");
  }

  @Test
  void flagOnAnErrorResponseStopsGeneration() {
    Throwable thrown = catchThrowable(() -> generateClient("400", "ok"));

    assertThat(Generation.rootCause(thrown))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("not a success");
  }
}
