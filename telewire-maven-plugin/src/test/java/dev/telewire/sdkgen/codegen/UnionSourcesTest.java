package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Equivalent mutants in Unions: line 80 `datatypeWithEnum != null` negated: for a variant both names are
// the same type (inline enums are promoted to components first), so either gives the same source.
// Line 138 `property.isEnum` (and the allowableValues check after it): inline enum properties are
// promoted to components (SchemaRewrites), so a record's one-value field is always an enum reference
// and the first branch is never taken.
/**
 * The union interfaces and adapters {@link Unions} describes, read from the Java sources one
 * generation of one spec writes: permits lists, wrapper names, adapter fields, JSON tokens,
 * field sets, one-value constants and discriminator tags, with JSON names escaped for Java.
 */
class UnionSourcesTest {
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
              pet: {$ref: '#/components/schemas/Pet'}
              pal: {$ref: '#/components/schemas/Pal'}
              value: {$ref: '#/components/schemas/Value'}
              numbers: {$ref: '#/components/schemas/Numbers'}
              shape: {$ref: '#/components/schemas/Shape'}
              wide: {$ref: '#/components/schemas/Wide'}
          Pet:
            oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}, {type: 'null'}]
          Pal:
            anyOf: [{$ref: '#/components/schemas/Cat'}, {type: string}]
          Cat:
            type: object
            required: [meow, 'say"hi']
            properties:
              meow: {type: string}
              'say"hi': {type: string}
              'back\\slash': {type: string}
              kind: {type: string, enum: [cat]}
              mode: {$ref: '#/components/schemas/One'}
              quoted: {type: string, enum: ['a"b\\c']}
          Dog:
            type: object
            properties:
              bark: {type: string}
              tone: {type: string, enum: [low, high]}
              pick: {$ref: '#/components/schemas/Mode'}
          One: {type: string, enum: [only]}
          Mode: {type: string, enum: [a, b]}
          Value:
            oneOf:
              - {type: string}
              - {type: boolean}
              - {type: array, items: {type: string}}
              - {type: object, additionalProperties: {type: string}}
              - {$ref: '#/components/schemas/Mode'}
              - {type: object}
          Numbers:
            anyOf:
              - {type: integer, format: int32}
              - {type: integer, format: int64}
              - {type: number}
              - {type: number, format: float}
              - {type: number, format: double}
          Shape:
            oneOf:
              - {$ref: '#/components/schemas/Circle'}
              - {$ref: '#/components/schemas/Square'}
              - {$ref: '#/components/schemas/Tri'}
              - {$ref: '#/components/schemas/Oval'}
            discriminator:
              propertyName: shape_kind
              mapping: {'ro"und': '#/components/schemas/Circle', ellipse: '#/components/schemas/Oval'}
          Circle: {type: object, required: [shape_kind], properties: {shape_kind: {type: string}}}
          Square: {type: object, properties: {shape_kind: {type: string, enum: [sq]}}}
          Tri: {type: object, properties: {shape_kind: {type: string}}}
          Oval: {type: object, properties: {shape_kind: {type: string, enum: [oval, ellipse]}}}
          Wide:
            oneOf: [{$ref: '#/components/schemas/Ten'}, {$ref: '#/components/schemas/Eleven'}]
          Ten:
            type: object
            properties:
      %s
          Eleven:
            type: object
            properties:
      %s
      """.formatted(oneValueFields(10), oneValueFields(11));

  @TempDir
  Path dir;

  private Path models;

  private static String oneValueFields(int count) {
    StringBuilder fields = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      fields.append("          c").append(i).append(": {type: string, enum: [v").append(i).append("]}\n");
    }
    return fields.toString().stripTrailing();
  }

  /**
   * The source of {@code file} in the model package. Each test generates the spec itself (once): PIT
   * credits code run in a shared setup to one test only, so a shared generation would hide what
   * the other tests check.
   */
  private String source(String file) throws IOException {
    if (models == null) {
      models = Generation.generate(dir, SPEC, "dev.telewire.unions").resolve("src/main/java/dev/telewire/unions/model");
    }
    return Files.readString(models.resolve(file + ".java"));
  }

  /** The JSON token the adapter checks before it tries the wrapper of {@code type}. */
  private static String tokenOf(String adapter, String type) {
    Matcher matcher = Pattern.compile("Token\\.(\\w+)\\) \\{\\s+" + Pattern.quote(type) + " value = ").matcher(adapter);
    return matcher.find() ? matcher.group(1) : null;
  }

  @Test
  void objectVariantsArePermittedThemselvesAndANullVariantIsDropped() throws IOException {
    assertThat(source("Pet")).contains("public sealed interface Pet permits Cat, Dog, Pet.Unknown {");
  }

  @Test
  void nonObjectVariantsArePermittedAsNestedWrappers() throws IOException {
    assertThat(source("Pal")).contains("public sealed interface Pal permits Cat, Pal.OfString, Pal.Unknown {")
        .contains("record OfString(String value) implements Pal {}");
  }

  @Test
  void recordInTwoUnionsImplementsBoth() throws IOException {
    assertThat(source("Cat")).contains(") implements Pal, Pet {");
    assertThat(source("Dog")).contains(") implements Pet {");
  }

  @Test
  void wrapperNamesSpellOutTheirTypeArguments() throws IOException {
    assertThat(source("Value")).contains(
        "permits Value.OfString, Value.OfBoolean, Value.OfListOfString, Value.OfMapOfStringString, Value.OfMode, Value.OfObject, Value.Unknown");
  }

  @Test
  void adapterFieldsAreNamedAfterTheVariantTypes() throws IOException {
    assertThat(source("ValueJsonAdapter")).contains(
        "private final JsonAdapter<List<String>> listStringAdapter;",
        "private final JsonAdapter<Map<String, String>> mapStringStringAdapter;",
        "this.modeAdapter = moshi.<Mode>adapter(Mode.class);");
    assertThat(source("PetJsonAdapter")).contains("private final JsonAdapter<Cat> catAdapter;", "private final JsonAdapter<Dog> dogAdapter;");
  }

  @Test
  void wrapperIsTriedOnTheTokenItsJsonStartsWith() throws IOException {
    String adapter = source("ValueJsonAdapter");

    assertThat(tokenOf(adapter, "String")).isEqualTo("STRING");
    assertThat(tokenOf(adapter, "Boolean")).isEqualTo("BOOLEAN");
    assertThat(tokenOf(adapter, "List<String>")).isEqualTo("BEGIN_ARRAY");
    assertThat(tokenOf(adapter, "Map<String, String>")).isEqualTo("BEGIN_OBJECT");
    assertThat(tokenOf(adapter, "Mode")).isEqualTo("STRING");
    assertThat(tokenOf(adapter, "Object")).isEqualTo("BEGIN_OBJECT");
  }

  @Test
  void everyNumberTypeIsTriedOnANumber() throws IOException {
    String adapter = source("NumbersJsonAdapter");

    assertThat(tokenOf(adapter, "Integer")).isEqualTo("NUMBER");
    assertThat(tokenOf(adapter, "Long")).isEqualTo("NUMBER");
    assertThat(tokenOf(adapter, "BigDecimal")).isEqualTo("NUMBER");
    assertThat(tokenOf(adapter, "Float")).isEqualTo("NUMBER");
    assertThat(tokenOf(adapter, "Double")).isEqualTo("NUMBER");
  }

  @Test
  void wrappedEnumRejectsItsUnrecognizedConstant() throws IOException {
    String adapter = source("ValueJsonAdapter");

    assertThat(adapter).contains("if (value != null && value != Mode.UNRECOGNIZED) {")
        .contains("if (value != null) {\n        reader.skipValue();\n        return new Value.OfString(value);");
  }

  @Test
  void objectVariantsAreChosenByIndex() throws IOException {
    assertThat(source("PetJsonAdapter"))
        .contains("case 0:\n          return catAdapter.fromJson(reader);")
        .contains("case 1:\n          return dogAdapter.fromJson(reader);");
  }

  @Test
  void objectVariantsListTheirRequiredAndKnownJsonNamesEscaped() throws IOException {
    assertThat(source("PetJsonAdapter"))
        .contains("REQUIRED = List.of(Set.of(\"meow\", \"say\\\"hi\"), Set.of());")
        .contains("KNOWN = List.of(Set.of(\"meow\", \"say\\\"hi\", \"back\\\\slash\", \"kind\", \"mode\", \"quoted\"), "
            + "Set.of(\"bark\", \"tone\", \"pick\"));");
  }

  @Test
  void oneValueEnumFieldsAreTheVariantsConstantsEscaped() throws IOException {
    assertThat(source("PetJsonAdapter")).contains(
        "CONSTANTS = List.of(java.util.Map.of(\"kind\", \"cat\", \"mode\", \"only\", \"quoted\", \"a\\\"b\\\\c\"), java.util.Map.of());");
  }

  @Test
  void moreThanTenOneValueFieldsAreNotMatchedAsConstants() throws IOException {
    String ten = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "\"c" + i + "\", \"v" + i + "\"")
        .collect(java.util.stream.Collectors.joining(", "));

    assertThat(source("WideJsonAdapter")).contains("CONSTANTS = List.of(java.util.Map.of(" + ten + "), java.util.Map.of());");
  }

  @Test
  void discriminatorPropertyPicksTheVariantByItsJsonName() throws IOException {
    assertThat(source("ShapeJsonAdapter")).contains("String tag = JsonUnions.discriminator(reader.peekJson(), \"shape_kind\");")
        .doesNotContain("REQUIRED");
  }

  @Test
  void mappedTagIsUsedEscaped() throws IOException {
    assertThat(source("ShapeJsonAdapter"))
        .contains("case \"ro\\\"und\":\n          return circleAdapter.fromJson(reader);")
        .contains("variant = variant.toBuilder().shapeKind(\"ro\\\"und\").build();");
  }

  @Test
  void mappedTagIsTheValueOfTheVariantsEnumItNames() throws IOException {
    assertThat(source("ShapeJsonAdapter"))
        .contains("case \"ellipse\":\n          return ovalAdapter.fromJson(reader);")
        .contains("variant = variant.toBuilder().shapeKind(OvalShapeKind.fromValue(\"ellipse\")).build();");
  }

  @Test
  void unmappedVariantWhoseTagAllowsOneValueIsTaggedWithIt() throws IOException {
    assertThat(source("ShapeJsonAdapter"))
        .contains("case \"sq\":\n          return squareAdapter.fromJson(reader);")
        .contains("variant = variant.toBuilder().shapeKind(SquareShapeKind.fromValue(\"sq\")).build();");
  }

  @Test
  void unmappedVariantIsTaggedWithItsSchemaName() throws IOException {
    assertThat(source("ShapeJsonAdapter")).contains("case \"Tri\":\n          return triAdapter.fromJson(reader);");
  }

  @Test
  void discriminatedUnionNamesItsPropertyInItsJavadoc() throws IOException {
    assertThat(source("Shape")).contains("{@code shape_kind}")
        .contains("public sealed interface Shape permits Circle, Square, Tri, Oval, Shape.Unknown {");
  }
}
