package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A construct the templates cannot express stops generation with a message that names it and where it is. */
class UnsupportedConstructsTest {
  private static final String HEAD = """
      openapi: 3.0.3
      info: {title: Tiny, version: '1'}
      paths:
        /things:
          get:
            operationId: listThings
      %s
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
      components:
        schemas:
          Thing:
            type: object
            properties:
              id: {type: string}
      %s
      """;

  @TempDir
  Path dir;

  private void generate(String parameters, String schemas) throws IOException {
    Generation.generate(dir, HEAD.formatted(parameters, schemas), "dev.telewire.tiny");
  }

  private String failure(String parameters, String schemas) {
    try {
      generate(parameters, schemas);
    } catch (Exception e) {
      Throwable cause = Generation.rootCause(e);
      assertThat(cause).isInstanceOf(UnsupportedConstructException.class);
      return cause.getMessage();
    }
    throw new AssertionError("generation succeeded");
  }

  @Test
  void supportedSpecGenerates() {
    assertThatCode(() -> generate("", "")).doesNotThrowAnyException();
    assertThat(dir.resolve("out/src/main/java/dev/telewire/tiny/model/Thing.java")).exists();
  }

  @Test
  void deepObjectQueryParameterIsRejectedNamingIt() {
    String parameters = """
              parameters:
                - name: filter
                  in: query
                  style: deepObject
                  schema: {$ref: '#/components/schemas/Thing'}
        """;
    assertThat(failure(parameters, ""))
        .contains("parameter 'filter' of operation listThings")
        .contains("an object or map parameter (style deepObject)");
  }

  @Test
  void xTelewireNameThatIsNoJavaNameIsRejectedNamingIt() {
    String schemas = """
            Person:
              type: object
              properties:
                first_name: {type: string, x-telewire-name: 2nd}
        """;
    assertThat(failure("", schemas)).contains("schema Person, property 'first_name'").contains("x-telewire-name '2nd'");
  }

  @Test
  void nullSetterClashingWithAPropertyIsRejectedNamingBoth() {
    String schemas = """
            Memo:
              type: object
              properties:
                note: {type: string, nullable: true}
                noteNull: {type: boolean}
        """;
    assertThat(failure("", schemas)).contains("schema Memo, property 'note'").contains("'noteNull'");
  }

  @Test
  void explicitNullsComponentStepsAsideForAPropertyOfThatName() throws Exception {
    String schemas = """
            Memo:
              type: object
              properties:
                note: {type: string, nullable: true}
                explicitNulls: {type: string}
        """;
    generate("", schemas);

    assertThat(Files.readString(dir.resolve("out/src/main/java/dev/telewire/tiny/model/Memo.java")))
        .contains("java.util.Set<String> explicitNulls_")
        .contains("String explicitNulls,");
  }
}
