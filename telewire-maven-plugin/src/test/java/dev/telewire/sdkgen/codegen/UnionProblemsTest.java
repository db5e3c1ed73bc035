package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sdkgen.SpecDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A union {@link Unions} cannot describe is a problem naming the schema and what is wrong with it,
 * collected with every other one in one dry run; a discriminator without a union is a warning.
 */
class UnionProblemsTest {
  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Unions, version: '1'}
      paths:
        /holder:
          get:
            operationId: getHolder
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}
      components:
        schemas:
          Holder:
            type: object
            properties:
              twice: {$ref: '#/components/schemas/Twice'}
              nested: {$ref: '#/components/schemas/Nested'}
              tagged: {$ref: '#/components/schemas/Tagged'}
              untagged: {$ref: '#/components/schemas/Untagged'}
              numbered: {$ref: '#/components/schemas/Numbered'}
              legacy: {$ref: '#/components/schemas/Legacy'}
              fine: {$ref: '#/components/schemas/Fine'}
              unmapped: {$ref: '#/components/schemas/Unmapped'}
              mapped: {$ref: '#/components/schemas/Mapped'}
              misnamed: {$ref: '#/components/schemas/Misnamed'}
          Twice:
            oneOf: [{type: string}, {type: string, format: email}]
          Nested:
            oneOf: [{$ref: '#/components/schemas/Inner'}, {type: string}]
          Inner:
            oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
            discriminator: {propertyName: kind}
          Tagged:
            oneOf: [{$ref: '#/components/schemas/Cat'}, {type: string}]
            discriminator: {propertyName: kind}
          Untagged:
            oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Rock'}]
            discriminator: {propertyName: kind}
          Numbered:
            oneOf: [{$ref: '#/components/schemas/Counted'}, {$ref: '#/components/schemas/Sized'}]
            discriminator: {propertyName: count}
          Fine:
            oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
          Unmapped:
            oneOf: [{$ref: '#/components/schemas/Started'}, {$ref: '#/components/schemas/Ended'}]
            discriminator: {propertyName: event}
          Mapped:
            oneOf: [{$ref: '#/components/schemas/Started'}, {$ref: '#/components/schemas/Ended'}]
            discriminator:
              propertyName: event
              mapping: {call.started: '#/components/schemas/Started', call.ended: '#/components/schemas/Ended'}
          Misnamed:
            oneOf: [{$ref: '#/components/schemas/Started'}, {$ref: '#/components/schemas/Ended'}]
            discriminator:
              propertyName: event
              mapping: {call.begun: '#/components/schemas/Started', call.ended: '#/components/schemas/Ended'}
          Event: {type: string, enum: [call.started, call.ended]}
          Started: {type: object, properties: {event: {$ref: '#/components/schemas/Event'}, at: {type: string}}}
          Ended: {type: object, properties: {event: {$ref: '#/components/schemas/Event'}, seconds: {type: integer}}}
          Cat: {type: object, properties: {kind: {type: string}, meow: {type: string}}}
          Dog: {type: object, properties: {kind: {type: string}, bark: {type: string}}}
          Rock: {type: object, properties: {weight: {type: number}}}
          Counted: {type: object, properties: {count: {type: integer}}}
          Sized: {type: object, properties: {count: {type: integer}, size: {type: integer}}}
          Legacy:
            type: object
            discriminator: {propertyName: type}
            properties: {type: {type: string}}
          Modern:
            allOf:
              - {$ref: '#/components/schemas/Legacy'}
              - {type: object, properties: {extra: {type: string}}}
      """;

  /**
   * Each test runs the codegen itself: PIT credits code run in a shared setup to one test only, so
   * a shared run would hide what the other tests check.
   */
  private final GeneratedApi api = GeneratedApi.of(SpecDocuments.parse(SPEC));

  private String problem(String schema) {
    List<String> messages = api.problems().stream()
        .filter(problem -> problem.pointer().equals("/components/schemas/" + schema))
        .map(Problem::message).toList();
    assertThat(messages).as("problems of " + schema + " in " + api.problems()).hasSize(1);
    return messages.get(0);
  }

  @Test
  void twoVariantsOfOneJavaTypeAreAProblem() {
    assertThat(problem("Twice")).contains("two variants of the same type String");
  }

  @Test
  void variantThatIsAUnionWithADiscriminatorIsAProblem() {
    assertThat(problem("Nested")).contains("a oneOf/anyOf variant (Inner) that is itself a oneOf/anyOf");
  }

  @Test
  void discriminatorWithANonObjectVariantIsAProblem() {
    assertThat(problem("Tagged")).contains("a discriminator with a variant that is not an object (String)");
  }

  @Test
  void variantWithoutTheDiscriminatorPropertyIsAProblem() {
    assertThat(problem("Untagged")).contains("a discriminator property 'kind' missing from variant Rock");
  }

  @Test
  void discriminatorPropertyThatIsNoStringIsAProblem() {
    assertThat(problem("Numbered")).contains("a discriminator property 'count' that is not a string");
  }

  @Test
  void variantWhoseSchemaNameItsEnumDoesNotAllowIsAProblem() {
    assertThat(problem("Unmapped"))
        .contains("a discriminator value 'Started' for variant Started that its property 'event' does not allow [call.started, call.ended]");
  }

  @Test
  void mappedValueTheVariantsEnumDoesNotAllowIsAProblem() {
    assertThat(problem("Misnamed"))
        .contains("a discriminator value 'call.begun' for variant Started that its property 'event' does not allow [call.started, call.ended]");
  }

  @Test
  void mappingToValuesTheEnumAllowsIsNoProblem() {
    assertThat(api.problems()).noneMatch(problem -> problem.pointer().equals("/components/schemas/Mapped"));
    assertThat(api.declarations()).extracting(GeneratedApi.Declaration::text).contains("interface Mapped (one of Started, Ended)");
  }

  @Test
  void unionsWithoutAProblemAreStillDescribed() {
    assertThat(api.declarations()).extracting(GeneratedApi.Declaration::text).contains("interface Fine (one of Cat, Dog)");
  }

  @Test
  void discriminatorWithoutAUnionIsOneWarningForTheBaseOnly() {
    assertThat(api.warnings()).filteredOn(warning -> warning.contains("has a discriminator but no oneOf/anyOf"))
        .singleElement().asString().startsWith("Telewire: schema Legacy has a discriminator");
  }
}
