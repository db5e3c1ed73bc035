package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks the generated service runs on parameter values before it sends anything, the Java
 * names of parameters that share the credential's name, and the response adapter's type, read from
 * the service generated for one operation.
 */
class ParameterChecksSourcesTest {
  private static final String GENERATED = "dev.telewire.internal.Generated.";

  @TempDir static Path dir;
  private static String service;

  @BeforeAll
  static void generate() throws IOException {
    Path out = Generation.generate(dir, """
        openapi: 3.0.3
        info:
          title: Acme API
          version: '1'
          x-telewire-client: {name: AcmeClient}
        servers: [{url: 'https://api.acme.test'}]
        security: [{key: []}]
        paths:
          /things/{thingId}:
            get:
              tags: [Things]
              operationId: findThings
              parameters:
                - {name: thingId, in: path, required: true, schema: {type: string, minLength: 2, maxLength: 9, pattern: '^[a-z\\d]+$'}}
                - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100, exclusiveMaximum: true}}
                - {name: ratio, in: query, schema: {type: number, minimum: 0, exclusiveMinimum: true}}
                - {name: mode, in: query, schema: {type: string, enum: [a, b]}}
                - {name: X-Trace, in: header, schema: {type: string}}
                - {name: ids, in: query, style: form, explode: false, schema: {type: array, minItems: 1, maxItems: 5, items: {type: string, maxLength: 3}}}
                - {name: X-Tags, in: header, schema: {type: array, items: {type: string}}}
                - {name: plain, in: query, schema: {type: array, items: {type: string}}}
                - {name: key, in: query, schema: {type: string}}
                - {name: session, in: cookie, schema: {type: string}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: object, additionalProperties: {type: array, items: {type: string}}}}}}
        components:
          securitySchemes:
            key: {type: apiKey, in: query, name: key}
        """, "dev.telewire.acme");
    try (Stream<Path> files = Files.walk(out)) {
      service = Files.readString(files.filter(p -> p.getFileName().toString().equals("ThingsService.java")).findFirst().orElseThrow());
    }
  }

  @Test
  void pathValueIsCheckedForPatternLengthsAndBeingOneSegment() {
    assertThat(service).contains(
        GENERATED + "pattern(thingId, \"^[a-z\\\\d]+$\", \"\", \"thingId\");\n"
            + "    " + GENERATED + "minLength(thingId, 2, \"\", \"thingId\");\n"
            + "    " + GENERATED + "maxLength(thingId, 9, \"\", \"thingId\");\n"
            + "    " + GENERATED + "pathSegment(thingId, \"\", \"thingId\");");
  }

  @Test
  void boundsCarryTheirValueAndWhetherTheyAreExclusive() {
    assertThat(service).contains(GENERATED + "minimum(limit, \"1\", false, \"\", \"limit\");",
        GENERATED + "maximum(limit, \"100\", true, \"\", \"limit\");",
        GENERATED + "minimum(ratio, \"0\", true, \"\", \"ratio\");");
    assertThat(service).doesNotContain("maximum(ratio");
  }

  @Test
  void enumValueIsCheckedToBeKnown() {
    assertThat(service).contains(GENERATED + "knownEnum(mode, \"\", \"mode\");");
  }

  @Test
  void headerValueIsCheckedToBeSendableUnderItsWireName() {
    assertThat(service).contains(GENERATED + "header(xTrace, \"\", \"X-Trace\");");
  }

  @Test
  void arrayIsCheckedForItsCountAndEachItemForItsRules() {
    assertThat(service).contains(GENERATED + "minItems(ids, 1, \"\", \"ids\");", GENERATED + "maxItems(ids, 5, \"\", \"ids\");",
        "if (ids != null) { int idsIndex = 0; for (Object idsItem : ids) { String idsAt = " + GENERATED
            + "index(\"\", \"ids\", idsIndex++); " + GENERATED + "maxLength(idsItem, 3, \"\", idsAt); } }");
  }

  @Test
  void eachHeaderArrayItemIsCheckedToBeSendable() {
    assertThat(service).contains("for (Object xTagsItem : xTags) { String xTagsAt = " + GENERATED
        + "index(\"\", \"X-Tags\", xTagsIndex++); " + GENERATED + "header(xTagsItem, \"\", xTagsAt); }");
  }

  @Test
  void unconstrainedValuesAreNotChecked() {
    assertThat(service).doesNotContain("(plain", "plainItem", "(queryKey,", "(session,", "(xTrace, 1");
  }

  @Test
  void parameterNamedLikeTheQueryCredentialGetsTheLocationAsPrefix() {
    assertThat(service).contains("String queryKey, String session)").doesNotContain("String key,");
  }

  @Test
  void responseAdapterIsBuiltFromTheNestedJavaType() {
    assertThat(service).contains(GENERATED + "adapter(Types.newParameterizedType(java.util.Map.class, String.class, "
        + "Types.newParameterizedType(java.util.List.class, String.class)))");
  }
}
