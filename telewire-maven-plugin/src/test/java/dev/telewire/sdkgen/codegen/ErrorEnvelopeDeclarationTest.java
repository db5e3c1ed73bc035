package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code errors} map of {@code x-telewire-client}: generated into the client, or refused by name. */
class ErrorEnvelopeDeclarationTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info:
        title: Acme API
        version: '1'
        x-telewire-client:
          name: AcmeClient
          errors: %s
      security: [{bearer: []}]
      paths:
        /things:
          get:
            operationId: listThings
            responses: {'200': {description: ok}}
      components:
        securitySchemes:
          bearer: {type: http, scheme: bearer}
      """;

  @TempDir Path dir;

  private String client(String errors) throws IOException {
    Path out = Generation.generate(dir, SPEC.formatted(errors), "dev.telewire.acme");
    try (var files = Files.walk(out)) {
      return Files.readString(files.filter(p -> p.getFileName().toString().equals("AcmeClient.java")).findFirst().orElseThrow());
    }
  }

  @Test
  void declaredEnvelopeIsPassedToTheVendor() throws IOException {
    String client = client("{code: /e/code, message: [/e/msg, message], requestId: trace, fieldErrors: {at: /e/fields, path: /at, message: /why}}");

    assertThat(client.replaceAll("\\s+", ""))
        .contains("Generated.errors(java.util.List.of(\"/e/code\"),java.util.List.of(\"/e/msg\",\"message\"),"
            + "java.util.List.of(\"trace\"),\"/e/fields\",\"/at\",\"/why\",null)");
  }

  @Test
  void unknownKeyStopsGenerationNamingIt() {
    Throwable thrown = catchThrowable(() -> client("{code: /e/code, requestID: /meta/id}"));

    assertThat(Generation.rootCause(thrown))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("info.x-telewire-client.errors")
        .hasMessageContaining("'requestID'");
  }

  @Test
  void unknownFieldErrorKeyStopsGenerationNamingIt() {
    Throwable thrown = catchThrowable(() -> client("{fieldErrors: {at: /errors, path: /loc, msg: /msg}}"));

    assertThat(Generation.rootCause(thrown))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("info.x-telewire-client.errors.fieldErrors")
        .hasMessageContaining("'msg'");
  }

  @Test
  void fieldErrorsWithoutAMessageStopGenerationNamingTheMissingKey() {
    Throwable thrown = catchThrowable(() -> client("{fieldErrors: {at: /errors, path: /loc}}"));

    assertThat(Generation.rootCause(thrown))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("without 'message'");
  }
}
