package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sdkgen.SpecDocuments;
import dev.telewire.sdkgen.diff.ChangeReport;
import org.junit.jupiter.api.Test;

/** What the codegen generates with a loss it only warns about is collected beside the problems and reported. */
class CodegenWarningsTest {
  private static final String SPEC = """
      openapi: 3.0.0
      info: {title: Metrics, version: '1'}
      paths:
        /rows:
          get:
            summary: List rows
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {$ref: '#/components/schemas/Row'}}}
      components:
        schemas:
          Row:
            type: object
            properties: {day: {type: string}}
            additionalProperties: {type: number}
      """;

  @Test
  void typedAdditionalPropertiesBesideNamedOnesAreAWarningNotAProblem() {
    GeneratedApi api = GeneratedApi.of(SpecDocuments.parse(SPEC));

    assertThat(api.problems()).isEmpty();
    assertThat(api.warnings()).singleElement().asString()
        .contains("schema Row").contains("typed additionalProperties");
  }

  @Test
  void theChangeReportListsTheWarnings() {
    com.fasterxml.jackson.databind.JsonNode spec = SpecDocuments.parse(SPEC);
    GeneratedApi api = GeneratedApi.of(spec);

    String report = ChangeReport.builder("metrics").baseline("baseline.yaml", spec).current("openapi.yaml", spec)
        .acceptCommand("accept").codegenWarnings(api.warnings()).build().markdown();

    assertThat(report).contains("## Generated with a warning (1)").contains("schema Row has named properties");
  }
}
