package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a response body may require, by an OpenAPI 3.1 schema built from references, allOf,
 * const, type null, patternProperties and formats.
 */
class SchemaWalkTest {
  private static final String SPEC = """
      openapi: 3.1.0
      info:
        title: Walk fixture
        version: '1'
      paths:
        /count:
          get:
            responses:
              '200':
                description: how many
                content:
                  application/json:
                    schema:
                      type: integer
        /things:
          get:
            responses:
              '200':
                description: a thing
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Alias'
      components:
        schemas:
          Alias:
            $ref: '#/components/schemas/Thing'
          Thing:
            allOf:
              - $ref: '#/components/schemas/Base'
              - type: object
                properties:
                  version:
                    const: 2
                  gone:
                    type: 'null'
                  stamp:
                    type: string
                    format: date-time
                    pattern: '^2'
                  mail:
                    type: string
                    format: email
                  list:
                    type: array
                patternProperties:
                  '^x-':
                    type: string
          Base:
            type: object
            properties:
              id:
                type: string
      """;

  private final SpecCheck spec = SpecCheck.parse("walk.yaml", SPEC);

  private List<Violation> answer(Exchange response) {
    return spec.check(response.build());
  }

  private static Exchange thing(String json) {
    return Exchange.get("/things").status(200).responseJson(json);
  }

  @Test
  void fieldDeclaredByAnAllOfMemberBehindReferencesIsDocumented() {
    assertThat(answer(thing("{\"id\": \"t1\"}").responseBodyByType("$.id"))).isEmpty();
  }

  @Test
  void constValueMayBePinned() {
    assertThat(answer(thing("{\"version\": 2}"))).isEmpty();
  }

  @Test
  void nullWhereOnlyNullIsAllowedMayBePinned() {
    assertThat(answer(thing("{\"gone\": null}"))).isEmpty();
  }

  @Test
  void fieldMatchingPatternPropertiesIsDocumented() {
    assertThat(answer(thing("{\"x-colour\": \"red\"}").responseBodyByType("$"))).isEmpty();
  }

  @Test
  void undeclaredFieldViolationListsTheDeclaredFields() {
    assertThat(answer(thing("{\"colour\": \"red\"}").responseBodyByType("$")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail())
            .contains("field /colour is not in the spec's schema (it declares [gone, id, list, mail, stamp, version])"));
  }

  @Test
  void regexIsComparedWithPatternAndFormatTogether() {
    assertThat(answer(thing("{\"stamp\": \"2026-01-02T03:04:05Z\"}").responseBodyRegex("$.stamp", "\\d{4}-01-02T03:04:05Z")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail())
            .contains("accepts '0000-01-02T03:04:05Z'")
            .contains("pattern '^2' and format date-time refuses"));
  }

  @Test
  void regexOnAFormatWithoutAShapeIsNotCompared() {
    assertThat(answer(thing("{\"mail\": \"someone@example.com\"}").responseBodyRegex("$.mail", ".*"))).isEmpty();
  }

  @Test
  void itemOfAnArrayWithoutItemSchemaCannotBePinned() {
    assertThat(answer(thing("{\"list\": [\"a\"]}")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("pins /list/0 to \"a\""));
  }

  @Test
  void formatIsAssertedNotJustAnnotated() {
    assertThat(answer(thing("{\"stamp\": \"2 o'clock\"}").responseBodyByType("$")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("/stamp").contains("[format]"));
  }

  @Test
  void pinnedValueAtTheRootIsNamedAsTheRoot() {
    assertThat(spec.check(Exchange.get("/count").status(200).responseJson("7").build()))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("pins / to 7"));
  }

  @Test
  void regexThatCannotBeComparedIsReported() {
    assertThat(answer(thing("{\"stamp\": \"2026-01-02T03:04:05Z\"}").responseBodyRegex("$.stamp", "(?i)2.*")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("cannot compare regular expression '(?i)2.*'"));
  }
}
