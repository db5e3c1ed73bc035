package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sdkgen.SpecDocuments;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Where each problem of a defective spec is reported (a JSON Pointer into the spec as written) and
 * the overlay action offered to fix it, read from one dry run.
 *
 * <p>A binary property is offered the action that removes its {@code format} (so it reads as a
 * plain string), since its hint names {@code format: byte}; no property problem reachable from a
 * spec is offered the property removal today.
 */
class ProblemLocationsTest {
  private static final GeneratedApi API = GeneratedApi.of(SpecDocuments.parse("""
      openapi: 3.0.3
      info: {title: Defects, version: '1'}
      paths:
        /limit:
          get:
            operationId: getLimit
            parameters:
              - {name: limit, in: query, schema: {type: object, properties: {type: {enum: [integer]}}}}
            responses: {'204': {description: ok}}
        /size:
          get:
            operationId: getSize
            parameters:
              - {name: size, in: query, schema: {type: object, properties: {type: {type: number}}}}
            responses: {'204': {description: ok}}
        /deep:
          get:
            operationId: getDeep
            parameters:
              - {name: deep, in: query, schema: {type: object, properties: {type: {type: number}, properties: {type: object}}}}
            responses: {'204': {description: ok}}
        /flag:
          get:
            operationId: getFlag
            parameters:
              - {name: flag, in: query, schema: {type: object, properties: {type: {default: boolean}}}}
            responses: {'204': {description: ok}}
        /plain/{id}:
          parameters:
            - {name: plain, in: query, schema: {type: object, properties: {a: {type: string}}}}
          get:
            operationId: getPlain
            responses: {'204': {description: ok}}
        /bad-name:
          get:
            operationId: getBadName
            parameters:
              - {name: q, in: query, x-telewire-name: options, schema: {type: string}}
            responses: {'204': {description: ok}}
        /trace:
          trace:
            operationId: traceIt
            responses: {'204': {description: ok}}
        /files/{fileId}:
          parameters:
            - $ref: '#/components/parameters/Cursor'
          get:
            operationId: getFile
            parameters:
              - {name: fileId, in: path, required: true, schema: {type: string}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        checksum: {type: string, format: binary}
                        items: {type: array, items: {type: object, properties: {raw: {type: string, format: binary}}}}
      components:
        parameters:
          Cursor: {name: cursor, in: query, schema: {type: string, format: byte}}
        schemas:
          Blob: {type: object, properties: {data: {type: string, format: binary}}}
      """));

  private static Map<String, Problem> byPointer() {
    return API.problems().stream().collect(Collectors.toMap(Problem::pointer, problem -> problem));
  }

  private static String replaceSchema(String parameter, String type) {
    return "# `update` alone would merge into the vendor's object schema and keep its properties,\n"
        + "# so the parameter would still be an object: remove the schema, then set the new one.\n"
        + "- target: " + parameter + ".schema\n"
        + "  description: Drop the object the vendor wrote in place of a schema\n"
        + "  remove: true\n"
        + "- target: " + parameter + "\n"
        + "  description: The parameter is a plain " + type + "\n"
        + "  update:\n"
        + "    schema:\n"
        + "      type: " + type + "\n";
  }

  @Test
  void everyDefectIsFoundOnce() {
    assertThat(API.problems()).extracting(Problem::pointer).containsExactlyInAnyOrder(
        "/paths/~1limit/get/parameters/0",
        "/paths/~1size/get/parameters/0",
        "/paths/~1deep/get/parameters/0",
        "/paths/~1flag/get/parameters/0",
        "/paths/~1plain~1{id}/parameters/0",
        "/paths/~1bad-name/get/parameters/0",
        "/paths/~1trace/trace",
        "/components/parameters/Cursor",
        "/components/schemas/Blob/properties/data",
        "/paths/~1files~1{fileId}/get/responses/200/content/application~1json/schema/properties/checksum",
        "/paths/~1files~1{fileId}/get/responses/200/content/application~1json/schema/properties/items/items/properties/raw");
  }

  @Test
  void describedSchemaIsReplacedByTheTypeItsEnumNames() {
    Problem problem = byPointer().get("/paths/~1limit/get/parameters/0");

    assertThat(problem.operation()).isEqualTo("GET /limit");
    assertThat(problem.message()).endsWith(
        " Here the vendor wrote an object describing a schema (properties type) where the schema belongs: the parameter is a plain integer.");
    assertThat(problem.action()).isEqualTo(replaceSchema("$.paths['/limit'].get.parameters[0]", "integer"));
  }

  @Test
  void describedSchemaIsReplacedByTheTypeItsDefaultNames() {
    assertThat(byPointer().get("/paths/~1flag/get/parameters/0").action())
        .isEqualTo(replaceSchema("$.paths['/flag'].get.parameters[0]", "boolean"));
  }

  @Test
  void describedSchemaIsReplacedByItsOwnScalarType() {
    assertThat(byPointer().get("/paths/~1size/get/parameters/0").action())
        .isEqualTo(replaceSchema("$.paths['/size'].get.parameters[0]", "number"));
  }

  @Test
  void describedSchemaWithPropertiesOfItsOwnIsAString() {
    Problem problem = byPointer().get("/paths/~1deep/get/parameters/0");

    assertThat(problem.message()).contains("(properties type, properties)").endsWith("the parameter is a plain string.");
    assertThat(problem.action()).isEqualTo(replaceSchema("$.paths['/deep'].get.parameters[0]", "string"));
  }

  @Test
  void pathLevelObjectParameterIsLocatedOnThePathAndGetsNoDiagnosis() {
    Problem problem = byPointer().get("/paths/~1plain~1{id}/parameters/0");

    assertThat(problem.operation()).isEqualTo("GET /plain/{id}");
    assertThat(problem.message()).endsWith("flatten them into scalar parameters in the overlay.");
    assertThat(problem.action()).isEqualTo(replaceSchema("$.paths['/plain/{id}'].parameters[0]", "string"));
  }

  @Test
  void referencedBase64ParameterIsLocatedAtItsComponentAndLosesItsFormat() {
    Problem problem = byPointer().get("/components/parameters/Cursor");

    assertThat(problem.operation()).isEqualTo("GET /files/{fileId}");
    assertThat(problem.action()).isEqualTo("- target: $.components.parameters.Cursor.schema.format\n"
        + "  description: Read the base64 text as a plain string\n"
        + "  remove: true\n");
  }

  @Test
  void otherParameterProblemLeavesTheOperationOut() {
    assertThat(byPointer().get("/paths/~1bad-name/get/parameters/0").action()).isEqualTo(
        "- target: $.paths['/bad-name'].get\n"
            + "  description: Leave this operation out of the client until it can be corrected\n"
            + "  remove: true\n");
  }

  @Test
  void operationProblemLeavesTheOperationOut() {
    Problem problem = byPointer().get("/paths/~1trace/trace");

    assertThat(problem.operation()).isEqualTo("TRACE /trace");
    assertThat(problem.action()).isEqualTo(
        "- target: $.paths['/trace'].trace\n"
            + "  description: Leave this operation out of the client until it can be corrected\n"
            + "  remove: true\n");
  }

  @Test
  void componentPropertyProblemIsLocatedAtTheProperty() {
    Problem problem = byPointer().get("/components/schemas/Blob/properties/data");

    assertThat(problem.operation()).isNull();
    assertThat(problem.action()).startsWith("- target: $.components.schemas.Blob.properties.data.format\n");
  }

  @Test
  void inlinePropertyProblemIsLocatedInTheSpecAsWritten() {
    assertThat(byPointer().get("/paths/~1files~1{fileId}/get/responses/200/content/application~1json/schema/properties/checksum").action())
        .startsWith("- target: $.paths['/files/{fileId}'].get.responses['200'].content['application/json'].schema.properties.checksum.format\n");
  }

  @Test
  void problemInAnArrayItemIsLocatedAtTheItems() {
    assertThat(byPointer().get(
        "/paths/~1files~1{fileId}/get/responses/200/content/application~1json/schema/properties/items/items/properties/raw").message())
        .contains("property 'raw'");
  }

  @Test
  void problemTextIndentsTheFixUnderTheMessage() {
    Problem problem = new Problem("/a", "bad", null, "- target: $.a\n  remove: true\n");

    assertThat(problem.text()).isEqualTo("#/a\n    bad\n    Fix, in the overlay's actions:\n      - target: $.a\n        remove: true");
  }

  @Test
  void problemWithoutFixIsTwoLines() {
    assertThat(new Problem("/a", "bad", null, null).text()).isEqualTo("#/a\n    bad");
  }

  @Test
  void renderedProblemsAreNumberedUnderACountedHeading() {
    assertThat(Problem.render(List.of(new Problem("/a", "bad", null, null))))
        .isEqualTo("Telewire cannot generate 1 construct of this spec; all of them, each with its location in the effective spec:\n"
            + "1. #/a\n    bad");
    assertThat(Problem.render(List.of(new Problem("/a", "x", null, null), new Problem("/b", "y", null, null))))
        .startsWith("Telewire cannot generate 2 constructs of this spec;").endsWith("\n1. #/a\n    x\n2. #/b\n    y");
  }
}
