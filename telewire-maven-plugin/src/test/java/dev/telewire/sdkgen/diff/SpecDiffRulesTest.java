package dev.telewire.sdkgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.SpecDocuments;
import dev.telewire.sdkgen.diff.Change.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the comparator judges each part of an operation (parameters, bodies, responses, security) on
 * small specs; the client methods are given, so no codegen runs.
 *
 * <p>Mutants judged equivalent: in {@code SpecDiff.schemas}, the {@code visited} short cut only
 * saves work when the same pair of classes is compared again on the same side (the set of changes
 * would hold the same entries a second time), except on recursive schemas, which
 * {@link #recursiveSchemaIsComparedOnce} covers.
 */
class SpecDiffRulesTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Rules, version: '1'}
      paths:
      %s
      components:
        securitySchemes: {key: {type: apiKey, in: header, name: X-Key}}
        schemas:
      %s
      """;

  private static JsonNode spec(String paths, String schemas) {
    return SpecDocuments.parse(SPEC.formatted(indent(paths, 2), indent(schemas.isEmpty() ? "{}" : schemas, 4)));
  }

  private static JsonNode spec(String paths) {
    return spec(paths, "Unused: {type: string}");
  }

  private static String indent(String text, int spaces) {
    return text.strip().lines().map(line -> " ".repeat(spaces) + line).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private static List<Change> compare(JsonNode before, JsonNode after) {
    return SpecDiff.compare(before, after, Map.of(), Map.of());
  }

  private static List<Change> compare(String before, String after) {
    return compare(spec(before), spec(after));
  }

  private static final String GET = """
      /a:
        get:
          parameters:
            - {name: q, in: query, required: %s, schema: {type: string}}
          responses:
            '200': {description: ok}
      """;

  @Test
  void removedParameterBreaksTheCallsThatSendIt() {
    assertThat(compare(GET.formatted(false), "/a: {get: {responses: {'200': {description: ok}}}}"))
        .containsExactly(new Change(Kind.REQUEST_FIELD_REMOVED, "GET /a", "query parameter 'q' removed"));
  }

  @Test
  void parameterThatBecomesRequiredIsBreaking() {
    assertThat(compare(GET.formatted(false), GET.formatted(true)))
        .containsExactly(new Change(Kind.REQUEST_FIELD_REQUIRED, "GET /a", "query parameter 'q' is now required"));
  }

  @Test
  void parameterThatBecomesOptionalIsNotBreaking() {
    assertThat(compare(GET.formatted(true), GET.formatted(false)))
        .containsExactly(new Change(Kind.REQUEST_FIELD_OPTIONAL, "GET /a", "query parameter 'q' is now optional"));
  }

  @Test
  void newRequiredParameterIsBreaking() {
    assertThat(compare("/a: {get: {responses: {'200': {description: ok}}}}", GET.formatted(true)))
        .containsExactly(new Change(Kind.REQUEST_FIELD_REQUIRED, "GET /a", "new required query parameter 'q'"));
  }

  @Test
  void newOptionalParameterIsNotBreaking() {
    assertThat(compare("/a: {get: {responses: {'200': {description: ok}}}}", GET.formatted(false)))
        .containsExactly(new Change(Kind.REQUEST_FIELD_ADDED, "GET /a", "new optional query parameter 'q'"));
  }

  @Test
  void parameterTypeChangeIsLocatedAtTheParameter() {
    String after = GET.formatted(false).replace("type: string", "type: integer");

    assertThat(compare(GET.formatted(false), after))
        .containsExactly(new Change(Kind.TYPE_CHANGED, "GET /a query parameter 'q'", "type changed from string to integer"));
  }

  @Test
  void pathLevelParameterIsAParameterOfEachOperation() {
    String before = """
        /a:
          parameters:
            - {name: id, in: header, schema: {type: string}}
          get: {responses: {'200': {description: ok}}}
        """;

    assertThat(compare(before, "/a: {get: {responses: {'200': {description: ok}}}}"))
        .containsExactly(new Change(Kind.REQUEST_FIELD_REMOVED, "GET /a", "header parameter 'id' removed"));
  }

  @Test
  void operationParameterOverridesThePathLevelOne() {
    String before = """
        /a:
          parameters:
            - {name: id, in: query, schema: {type: string}}
          get:
            parameters:
              - {name: id, in: query, required: true, schema: {type: string}}
            responses: {'200': {description: ok}}
        """;
    String after = """
        /a:
          get:
            parameters:
              - {name: id, in: query, required: true, schema: {type: string}}
            responses: {'200': {description: ok}}
        """;

    assertThat(compare(before, after)).isEmpty();
  }

  @Test
  void referencedParameterIsComparedByWhatItPointsAt() {
    String paths = """
        /a:
          get:
            parameters: [{$ref: '#/components/parameters/Q'}]
            responses: {'200': {description: ok}}
        """;
    JsonNode before = spec(paths);
    JsonNode after = spec(paths);
    ((com.fasterxml.jackson.databind.node.ObjectNode) before.path("components")).set("parameters",
        SpecDocuments.parse("Q: {name: q, in: query, schema: {type: string}}"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) after.path("components")).set("parameters",
        SpecDocuments.parse("Q: {name: q, in: query, schema: {type: boolean}}"));

    assertThat(compare(before, after))
        .containsExactly(new Change(Kind.TYPE_CHANGED, "GET /a query parameter 'q'", "type changed from string to boolean"));
  }

  private static final String POST = """
      /a:
        post:
          requestBody:
            required: %s
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Note'}
          responses:
            '204': {description: done}
      """;
  private static final String NOTE = """
      Note:
        type: object
        required: [text]
        properties:
          text: {type: string}
          tags: {type: array, items: {type: string}}
          extra: {type: object, additionalProperties: {type: string}}
      """;
  private static final String NO_BODY = "/a: {post: {responses: {'204': {description: done}}}}";

  @Test
  void removedRequestBodyIsBreaking() {
    assertThat(compare(spec(POST.formatted(true), NOTE), spec(NO_BODY, NOTE)))
        .containsExactly(new Change(Kind.REQUEST_FIELD_REMOVED, "POST /a", "request body removed"));
  }

  @Test
  void newRequiredRequestBodyIsBreakingAndNamesItsType() {
    assertThat(compare(spec(NO_BODY, NOTE), spec(POST.formatted(true), NOTE)))
        .containsExactly(new Change(Kind.REQUEST_FIELD_REQUIRED, "POST /a", "new required request body object Note"));
  }

  @Test
  void newOptionalRequestBodyIsNotBreaking() {
    assertThat(compare(spec(NO_BODY, NOTE), spec(POST.formatted(false), NOTE)))
        .containsExactly(new Change(Kind.REQUEST_FIELD_ADDED, "POST /a", "new optional request body object Note"));
  }

  @Test
  void requestBodyThatBecomesRequiredIsBreaking() {
    assertThat(compare(spec(POST.formatted(false), NOTE), spec(POST.formatted(true), NOTE)))
        .containsExactly(new Change(Kind.REQUEST_FIELD_REQUIRED, "POST /a", "request body is now required"));
  }

  @Test
  void referencedRequestBodyIsComparedByItsSchema() {
    String paths = "/a: {post: {requestBody: {$ref: '#/components/requestBodies/B'}, responses: {'204': {description: done}}}}";
    JsonNode before = spec(paths, NOTE);
    JsonNode after = spec(paths, NOTE.replace("text: {type: string}", "text: {type: integer}"));
    for (JsonNode document : List.of(before, after)) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) document.path("components")).set("requestBodies",
          SpecDocuments.parse("B: {content: {application/json: {schema: {$ref: '#/components/schemas/Note'}}}}"));
    }

    assertThat(compare(before, after))
        .containsExactly(new Change(Kind.TYPE_CHANGED, "Note.text", "type changed from string to integer"));
  }

  @Test
  void requestFieldThatBecomesRequiredIsLocatedInItsClass() {
    JsonNode after = spec(POST.formatted(true), NOTE.replace("required: [text]", "required: [text, tags]"));

    assertThat(compare(spec(POST.formatted(true), NOTE), after))
        .containsExactly(new Change(Kind.REQUEST_FIELD_REQUIRED, "Note.tags", "field 'tags' is now required"));
  }

  @Test
  void requestFieldThatBecomesOptionalIsNotBreaking() {
    JsonNode after = spec(POST.formatted(true), NOTE.replace("required: [text]", "required: []"));

    assertThat(compare(spec(POST.formatted(true), NOTE), after))
        .containsExactly(new Change(Kind.REQUEST_FIELD_OPTIONAL, "Note.text", "field 'text' is now optional"));
  }

  @Test
  void arrayItemTypeChangeIsLocatedAtTheItems() {
    JsonNode after = spec(POST.formatted(true), NOTE.replace("items: {type: string}", "items: {type: integer}"));

    assertThat(compare(spec(POST.formatted(true), NOTE), after))
        .containsExactly(new Change(Kind.TYPE_CHANGED, "Note.tags[]", "type changed from string to integer"));
  }

  @Test
  void mapValueTypeChangeIsLocatedAtTheValues() {
    JsonNode after = spec(POST.formatted(true), NOTE.replace("additionalProperties: {type: string}", "additionalProperties: {type: number}"));

    assertThat(compare(spec(POST.formatted(true), NOTE), after))
        .containsExactly(new Change(Kind.TYPE_CHANGED, "Note.extra{}", "type changed from string to number"));
  }

  @Test
  void newRequiredRequestFieldIsBreakingAndNamesItsType() {
    JsonNode after = spec(POST.formatted(true), NOTE.replace("required: [text]", "required: [text, at]")
        + "\n    at: {type: string, format: date-time}");

    assertThat(compare(spec(POST.formatted(true), NOTE), after))
        .containsExactly(new Change(Kind.REQUEST_FIELD_REQUIRED, "Note.at", "new required field 'at' of type string (date-time)"));
  }

  @Test
  void requiredOnAResponseFieldIsNoChange() {
    String paths = """
        /a:
          get:
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Note'}}}}
        """;
    JsonNode after = spec(paths, NOTE.replace("required: [text]", "required: [text, tags]"));

    assertThat(compare(spec(paths, NOTE), after)).isEmpty();
  }

  @Test
  void recursiveSchemaIsComparedOnce() {
    String paths = """
        /tree:
          get:
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Node'}}}}
        """;
    String node = """
        Node:
          type: object
          properties:
            name: {type: string}
            children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        """;

    assertThat(compare(spec(paths, node), spec(paths, node.replace("name: {type: string}", "label: {type: string}"))))
        .containsExactly(
            new Change(Kind.RESPONSE_FIELD_REMOVED, "Node.name", "field 'name' removed"),
            new Change(Kind.RESPONSE_FIELD_ADDED, "Node.label", "new field 'label' of type string"));
  }

  @Test
  void schemaUsedInRequestAndResponseIsJudgedOnEachSide() {
    String paths = """
        /a:
          post:
            requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Note'}}}}
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Note'}}}}
        """;
    JsonNode after = spec(paths, NOTE.replace("    tags: {type: array, items: {type: string}}\n", ""));

    assertThat(compare(spec(paths, NOTE), after))
        .containsExactly(
            new Change(Kind.REQUEST_FIELD_REMOVED, "Note.tags", "field 'tags' removed"),
            new Change(Kind.RESPONSE_FIELD_REMOVED, "Note.tags", "field 'tags' removed"));
  }

  private static final String RESPONSES = """
      /a:
        get:
          responses:
            '201': %s
            '200': %s
      """;
  private static final String EMPTY = "{description: x}";
  private static final String BODY = "{description: x, content: {application/json: {schema: {type: string}}}}";

  @Test
  void bodyGainedByTheLowestSuccessStatusChangesTheReturnType() {
    assertThat(compare(RESPONSES.formatted(EMPTY, EMPTY), RESPONSES.formatted(EMPTY, BODY)))
        .containsExactly(new Change(Kind.TYPE_CHANGED, "GET /a", "response 200 body type changed from none to string"));
  }

  @Test
  void bodyGainedByAnotherStatusIsANewResponse() {
    assertThat(compare(RESPONSES.formatted(EMPTY, EMPTY), RESPONSES.formatted(BODY, EMPTY)))
        .containsExactly(new Change(Kind.RESPONSE_ADDED, "GET /a", "response 201 now has a body of type string"));
  }

  @Test
  void bodyLostByAResponseIsBreaking() {
    assertThat(compare(RESPONSES.formatted(BODY, EMPTY), RESPONSES.formatted(EMPTY, EMPTY)))
        .containsExactly(new Change(Kind.RESPONSE_REMOVED, "GET /a", "response 201 no longer has a body"));
  }

  @Test
  void responseBodyTypeChangeIsLocatedAtTheStatus() {
    assertThat(compare(RESPONSES.formatted(BODY, EMPTY), RESPONSES.formatted(BODY.replace("string", "boolean"), EMPTY)))
        .containsExactly(new Change(Kind.TYPE_CHANGED, "GET /a response 201", "type changed from string to boolean"));
  }

  @Test
  void newStatusIsANewResponse() {
    assertThat(compare("/a: {get: {responses: {'200': {description: ok}}}}", RESPONSES.formatted(EMPTY, EMPTY)))
        .containsExactly(new Change(Kind.RESPONSE_ADDED, "GET /a", "new response 201"));
  }

  @Test
  void jsonBodyIsPreferredOverOtherMediaTypes() {
    String before = "/a: {get: {responses: {'200': {description: x, content: {text/plain: {schema: {type: integer}}, "
        + "application/json: {schema: {type: string}}}}}}}";

    assertThat(compare(before, before.replace("type: integer", "type: boolean"))).isEmpty();
  }

  @Test
  void responseEnumValueRemovedIsNamedWithItsClass() {
    String paths = """
        /a:
          get:
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/State'}}}}
        """;
    String state = "State: {type: string, enum: [up, down]}";

    assertThat(compare(spec(paths, state), spec(paths, state.replace("up, down", "up"))))
        .containsExactly(new Change(Kind.RESPONSE_ENUM_VALUE_REMOVED, "GET /a response 200", "enum value 'down' removed (State)"));
  }

  @Test
  void enumThatBecomesAPlainValueIsATypeChangeNotAnEnumChange() {
    String paths = "/a: {get: {parameters: [{name: s, in: query, schema: {type: string, enum: [x, y]}}], "
        + "responses: {'200': {description: ok}}}}";

    assertThat(compare(paths, paths.replace(", enum: [x, y]", "")))
        .containsExactly(new Change(Kind.TYPE_CHANGED, "GET /a query parameter 's'", "type changed from string enum to string"));
  }

  @Test
  void renamedClientMethodIsBreaking() {
    JsonNode spec = spec(GET.formatted(false));

    assertThat(SpecDiff.compare(spec, spec.deepCopy(), Map.of("GET /a", "DefaultApi.listA"), Map.of("GET /a", "DefaultApi.fetchA")))
        .containsExactly(new Change(Kind.OPERATION_RENAMED, "GET /a", "client method DefaultApi.listA() becomes DefaultApi.fetchA()"));
  }

  @Test
  void methodThatIsGeneratedOnOneSideOnlyIsNoRename() {
    JsonNode spec = spec(GET.formatted(false));

    assertThat(SpecDiff.compare(spec, spec.deepCopy(), Map.of("GET /a", "DefaultApi.listA"), Map.of())).isEmpty();
    assertThat(SpecDiff.compare(spec, spec.deepCopy(), Map.of(), Map.of("GET /a", "DefaultApi.listA"))).isEmpty();
  }

  @Test
  void removedOperationNamesTheMethodTheClientLoses() {
    JsonNode before = spec(GET.formatted(false) + "/b: {delete: {responses: {'204': {description: gone}}}}");

    assertThat(SpecDiff.compare(before, spec(GET.formatted(false)), Map.of("DELETE /b", "DefaultApi.deleteB"), Map.of()))
        .containsExactly(new Change(Kind.OPERATION_REMOVED, "DELETE /b", "operation removed; the client loses DefaultApi.deleteB()"));
  }

  @Test
  void operationsThatAreNotGeneratedAreSaidToHaveNoMethod() {
    JsonNode with = spec(GET.formatted(false) + "/b: {delete: {responses: {'204': {description: gone}}}}");
    JsonNode without = spec(GET.formatted(false));

    assertThat(compare(without, with))
        .containsExactly(new Change(Kind.OPERATION_ADDED, "DELETE /b", "new operation; the client gains no method (it is not generated)"));
    assertThat(compare(with, without))
        .containsExactly(new Change(Kind.OPERATION_REMOVED, "DELETE /b", "operation removed; the client loses no method (it is not generated)"));
  }

  @Test
  void everyHttpMethodOfAPathIsAnOperation() {
    String all = "/a: {put: {responses: {'204': {description: x}}}, patch: {responses: {'204': {description: x}}}, "
        + "head: {responses: {'204': {description: x}}}, options: {responses: {'204': {description: x}}}, "
        + "trace: {responses: {'204': {description: x}}}}";

    assertThat(compare(spec("/b: {get: {responses: {'204': {description: x}}}}"), spec(all + "\n/b: {get: {responses: {'204': {description: x}}}}")))
        .extracting(Change::location)
        .containsExactly("PUT /a", "OPTIONS /a", "HEAD /a", "PATCH /a", "TRACE /a");
  }

  @Test
  void referencedPathItemIsFollowed() {
    JsonNode before = spec("/a: {$ref: '#/x-items/A'}");
    JsonNode after = before.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) before).set("x-items",
        SpecDocuments.parse("A: {get: {responses: {'200': {description: ok}}}}"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) after).set("x-items",
        SpecDocuments.parse("A: {get: {responses: {'200': {description: ok}, '404': {description: gone}}}}"));

    assertThat(compare(before, after)).containsExactly(new Change(Kind.RESPONSE_ADDED, "GET /a", "new response 404"));
  }

  private static JsonNode secured(String schemes, String security) {
    JsonNode spec = spec("/a: {get: {" + security + "responses: {'200': {description: ok}}}}");
    ((com.fasterxml.jackson.databind.node.ObjectNode) spec.path("components")).set("securitySchemes", SpecDocuments.parse(schemes));
    return spec;
  }

  @Test
  void removedSecuritySchemeIsBreaking() {
    assertThat(compare(secured("{a: {type: http, scheme: bearer}, b: {type: http, scheme: basic}}", ""),
        secured("{a: {type: http, scheme: bearer}}", "")))
        .containsExactly(new Change(Kind.SECURITY_CHANGED, "security scheme b", "security scheme 'b' removed"));
  }

  @Test
  void newSecuritySchemeIsNotBreaking() {
    assertThat(compare(secured("{a: {type: http, scheme: bearer}}", ""),
        secured("{a: {type: http, scheme: bearer}, c: {type: apiKey, in: query, name: c}}", "")))
        .containsExactly(new Change(Kind.SECURITY_ADDED, "security scheme c", "new security scheme 'c'"));
  }

  @Test
  void schemeChangeListsEachKeyThatAppearsOrDisappears() {
    assertThat(compare(secured("{a: {type: http, scheme: bearer, bearerFormat: JWT}}", ""),
        secured("{a: {type: http, scheme: bearer, description: new words, x-flows: {b: 1}}}", "")))
        .containsExactly(new Change(Kind.SECURITY_CHANGED, "security scheme a",
            "security scheme 'a' changed: bearerFormat JWT -> (none), x-flows (none) -> {\"b\":1}"));
  }

  @Test
  void schemeDescriptionIsNoChange() {
    assertThat(compare(secured("{a: {type: http, scheme: bearer, description: one}}", ""),
        secured("{a: {type: http, scheme: bearer, description: two}}", "")))
        .isEmpty();
  }

  @Test
  void operationSecurityOverridesTheDocumentsAndChangesAreListed() {
    String schemes = "{a: {type: http, scheme: bearer}, o: {type: oauth2, flows: {}}}";
    JsonNode before = secured(schemes, "");
    ((com.fasterxml.jackson.databind.node.ObjectNode) before).set("security", SpecDocuments.parse("[{a: []}]"));
    JsonNode after = secured(schemes, "security: [{}, {o: [read, write], a: []}], ");
    ((com.fasterxml.jackson.databind.node.ObjectNode) after).set("security", SpecDocuments.parse("[{a: []}]"));

    assertThat(compare(before, after))
        .containsExactly(new Change(Kind.SECURITY_CHANGED, "GET /a",
            "security requirement changed from [a] to [a + o[\"read\",\"write\"], anonymous]"));
  }

  @Test
  void serverUrlsAreComparedAsASet() {
    JsonNode before = spec(GET.formatted(false));
    ((com.fasterxml.jackson.databind.node.ObjectNode) before).set("servers", SpecDocuments.parse("[{url: 'https://b'}, {url: 'https://a'}]"));
    JsonNode after = before.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) after).set("servers", SpecDocuments.parse("[{url: 'https://a'}, {url: 'https://b'}]"));

    assertThat(compare(before, after)).isEmpty();
  }

  @Test
  void breakingChangesComeFirstAndKeepTheirOrderWithinEachGroup() {
    String before = """
        /a:
          get:
            parameters:
              - {name: p, in: query, schema: {type: string}}
              - {name: q, in: query, schema: {type: string}}
            responses: {'200': {description: ok}}
        """;
    String after = """
        /a:
          get:
            parameters:
              - {name: r, in: query, schema: {type: string}}
            responses: {'200': {description: ok}, '404': {description: no}}
        """;

    assertThat(compare(before, after))
        .extracting(Change::detail)
        .containsExactly("query parameter 'p' removed", "query parameter 'q' removed", "new optional query parameter 'r'",
            "new response 404");
  }
}
