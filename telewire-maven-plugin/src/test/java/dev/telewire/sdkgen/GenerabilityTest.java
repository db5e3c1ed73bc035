package dev.telewire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.diff.Change;
import org.junit.jupiter.api.Test;

/** What a codegen problem means for the build depends on whether the baseline has what it touches. */
class GenerabilityTest {
  private static final String SPEC = """
      openapi: 3.0.0
      info: {title: Blobs, version: '1'}
      paths:
        /notes:
          get:
            summary: List notes
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {$ref: '#/components/schemas/Note'}}}
        /blobs:
          get:
            summary: List blobs
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {$ref: '#/components/schemas/Blob'}}}
      components:
        schemas:
          Note:
            type: object
            properties: {text: {type: string}}
          Blob:
            type: object
            properties: {data: {type: string, format: binary}}
      """;

  private static JsonNode spec() {
    return SpecDocuments.parse(SPEC);
  }

  private static JsonNode withoutBlobs() {
    JsonNode spec = spec();
    ((com.fasterxml.jackson.databind.node.ObjectNode) spec.get("paths")).remove("/blobs");
    ((com.fasterxml.jackson.databind.node.ObjectNode) spec.at("/components/schemas")).remove("Blob");
    return spec;
  }

  @Test
  void schemaOnlyANewOperationUsesIsLeftOutWithIt() {
    Generability.Outcome outcome = Generability.check(spec(), withoutBlobs(), false);

    assertThat(outcome.fatal()).isEmpty();
    assertThat(outcome.spec().path("paths").has("/blobs")).isFalse();
    assertThat(outcome.spec().at("/components/schemas").has("Blob")).isFalse();
    assertThat(outcome.changes()).extracting(Change::kind, Change::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.OPERATION_LEFT_OUT, "GET /blobs"));
    assertThat(outcome.problems()).extracting(p -> p.pointer()).containsExactly("/components/schemas/Blob/properties/data");
  }

  @Test
  void withoutABaselineEveryUngeneratableOperationIsLeftOut() {
    Generability.Outcome outcome = Generability.check(spec(), null, false);

    assertThat(outcome.fatal()).isEmpty();
    assertThat(outcome.api().methods()).containsOnlyKeys("GET /notes");
  }

  @Test
  void schemaABaselineOperationUsesIsFatalAndBreaksIt() {
    Generability.Outcome outcome = Generability.check(spec(), spec(), false);

    assertThat(outcome.fatal()).hasSize(1);
    assertThat(outcome.changes()).extracting(Change::kind).containsExactly(Change.Kind.OPERATION_UNGENERATABLE);
    assertThat(outcome.spec().path("paths").has("/blobs")).isTrue();
  }

  @Test
  void strictMakesANewOperationsProblemFatal() {
    Generability.Outcome outcome = Generability.check(spec(), withoutBlobs(), true);

    assertThat(outcome.fatal()).hasSize(1);
    assertThat(outcome.spec().path("paths").has("/blobs")).isTrue();
  }
}
