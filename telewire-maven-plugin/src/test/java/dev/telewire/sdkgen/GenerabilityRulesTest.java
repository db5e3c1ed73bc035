package dev.telewire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telewire.sdkgen.codegen.Problem;
import dev.telewire.sdkgen.diff.Change;
import org.junit.jupiter.api.Test;

/** Which problems leave new operations and schemas out, and which fail the build. */
class GenerabilityRulesTest {
  private static final String SPEC = """
      openapi: 3.0.0
      info: {title: Store, version: '1'}
      paths:
        /notes:
          get:
            operationId: listNotes
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {$ref: '#/components/schemas/Note'}}}
          trace:
            operationId: traceNotes
            responses: {'204': {description: ok}}
        /wrapped:
          parameters: [{$ref: '#/components/parameters/Wrap'}]
          get:
            operationId: getWrapped
            responses: {'204': {description: ok}}
        /trace:
          trace:
            operationId: traceIt
            responses: {'204': {description: ok}}
      components:
        parameters:
          Wrap: {name: wrap, in: query, schema: {$ref: '#/components/schemas/Holder'}}
        schemas:
          Note:
            type: object
            properties: {text: {type: string}}
          Holder:
            type: object
            properties: {blob: {$ref: '#/components/schemas/Blob'}}
          Blob:
            type: object
            properties: {data: {type: string, format: binary}}
          Spare~Part:
            type: object
            properties: {data: {type: string, format: binary}}
      """;

  private static JsonNode spec() {
    return SpecDocuments.parse(SPEC);
  }

  private static JsonNode baseline(String... removedPaths) {
    JsonNode spec = spec();
    for (String path : removedPaths) {
      ((ObjectNode) spec.get("paths")).remove(path);
    }
    return spec;
  }

  @Test
  void newOperationThatCannotBeGeneratedIsLeftOutAndItsPathWithIt() {
    Generability.Outcome outcome = Generability.check(spec(), baseline("/trace", "/wrapped"), false);

    assertThat(outcome.spec().path("paths").has("/trace")).isFalse();
    assertThat(outcome.changes()).extracting(Change::kind, Change::location).contains(
        org.assertj.core.groups.Tuple.tuple(Change.Kind.OPERATION_LEFT_OUT, "TRACE /trace"));
    assertThat(outcome.changes()).filteredOn(change -> change.location().equals("TRACE /trace")).singleElement()
        .satisfies(change -> assertThat(change.detail()).startsWith("left out of the client, because it cannot be generated: "
            + "Telewire cannot generate operation traceIt (TRACE /trace)"));
  }

  @Test
  void leftOutMethodKeepsTheOtherMethodsOfItsPath() {
    JsonNode baseline = baseline("/trace", "/wrapped");
    ((ObjectNode) baseline.at("/paths/~1notes")).remove("trace");
    ((ObjectNode) baseline.at("/components/schemas")).remove("Spare~Part");

    Generability.Outcome outcome = Generability.check(spec(), baseline, false);

    assertThat(outcome.fatal()).isEmpty();
    assertThat(outcome.spec().at("/paths/~1notes").has("get")).isTrue();
    assertThat(outcome.spec().at("/paths/~1notes").has("trace")).isFalse();
    assertThat(outcome.api().methods()).containsOnlyKeys("GET /notes");
  }

  @Test
  void schemaReachedThroughAPathLevelParameterLeavesThatOperationOut() {
    Generability.Outcome outcome = Generability.check(spec(), baseline("/trace", "/wrapped"), false);

    assertThat(outcome.changes()).extracting(Change::location).contains("GET /wrapped");
    assertThat(outcome.spec().path("paths").has("/wrapped")).isFalse();
  }

  @Test
  void schemaThatNoOperationUsesAndTheBaselineLacksIsRemoved() {
    JsonNode baseline = baseline("/trace", "/wrapped");
    ((ObjectNode) baseline.at("/paths/~1notes")).remove("trace");
    ((ObjectNode) baseline.at("/components/schemas")).remove(java.util.List.of("Blob", "Spare~Part"));

    Generability.Outcome outcome = Generability.check(spec(), baseline, false);

    assertThat(outcome.fatal()).isEmpty();
    assertThat(outcome.spec().at("/components/schemas").has("Blob")).isFalse();
    assertThat(outcome.spec().at("/components/schemas").has("Spare~Part")).isFalse();
    assertThat(outcome.spec().at("/components/schemas").has("Note")).isTrue();
  }

  @Test
  void problemOfABaselineOperationIsFatalAndNamesIt() {
    Generability.Outcome outcome = Generability.check(spec(), spec(), false);

    assertThat(outcome.fatal()).extracting(Problem::operation).contains("TRACE /trace", "TRACE /notes");
    assertThat(outcome.changes()).filteredOn(change -> change.location().equals("TRACE /trace")).singleElement()
        .satisfies(change -> {
          assertThat(change.kind()).isEqualTo(Change.Kind.OPERATION_UNGENERATABLE);
          assertThat(change.detail()).startsWith("can no longer be generated: Telewire cannot generate operation traceIt");
        });
    assertThat(outcome.spec().path("paths").has("/trace")).isTrue();
  }

  @Test
  void schemaTheBaselineHasIsFatalEvenWhenNoOperationUsesIt() {
    JsonNode baseline = baseline("/trace", "/wrapped");
    ((ObjectNode) baseline.at("/paths/~1notes")).remove("trace");

    Generability.Outcome outcome = Generability.check(spec(), baseline, false);

    assertThat(outcome.fatal()).extracting(Problem::pointer).contains("/components/schemas/Spare~0Part/properties/data");
    assertThat(outcome.spec().at("/components/schemas").has("Spare~Part")).isTrue();
  }

  @Test
  void strictModeMakesEveryProblemFatal() {
    Generability.Outcome outcome = Generability.check(spec(), null, true);

    assertThat(outcome.fatal()).hasSameSizeAs(outcome.problems()).isNotEmpty();
    assertThat(outcome.changes()).isEmpty();
    assertThat(outcome.spec()).isEqualTo(spec());
  }

  @Test
  void specWithoutProblemsIsUnchanged() {
    JsonNode clean = spec();
    ((ObjectNode) clean.get("paths")).remove(java.util.List.of("/trace", "/wrapped"));
    ((ObjectNode) clean.at("/paths/~1notes")).remove("trace");
    ((ObjectNode) clean.at("/components/schemas")).remove(java.util.List.of("Holder", "Blob", "Spare~Part"));
    ((ObjectNode) clean.get("components")).remove("parameters");

    Generability.Outcome outcome = Generability.check(clean, clean, false);

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.changes()).isEmpty();
    assertThat(outcome.spec()).isEqualTo(clean);
  }

  @Test
  void operationsAreKeyedByMethodAndPathInSpecOrder() {
    assertThat(Generability.operations(spec()).keySet())
        .containsExactly("GET /notes", "TRACE /notes", "GET /wrapped", "TRACE /trace");
  }

  @Test
  void inputSpecIsNotChanged() {
    JsonNode effective = spec();

    Generability.check(effective, null, false);

    assertThat(effective).isEqualTo(spec());
  }
}
