package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link SchemaRewrites} makes of the parsed schemas of a spec, read from the rewritten
 * OpenAPI model: promoted inline enums, const, integer widths, free-form and constraint-only unions.
 *
 * <p>Equivalent mutants: lines 172-173 (the {@code LOG.info} call and its {@code oneOf ? ...}
 * argument) only change a log line; line 177 {@code openAPI.getComponents() != null}: a part with a
 * $ref only counts as a constraint once {@link SchemaRewrites#resolve} found its component, so the
 * components are never null there. Line 57's negated loop condition never ends once a name is taken
 * (promotedEnumTakesTheFirstFreeNumberedName times it out; PIT does not count that as a kill).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class SchemaRewritesTest {
  /** Parses {@code schemas} (the YAML under components/schemas) of an OpenAPI {@code version} spec and rewrites it. */
  private static OpenAPI rewritten(String version, String schemas) {
    String spec = "openapi: " + version + "\ninfo: {title: Rewrites, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        + schemas.indent(4);
    OpenAPI openAPI = new OpenAPIV3Parser().readContents(spec, null, null).getOpenAPI();
    SchemaRewrites.apply(openAPI);
    return openAPI;
  }

  private static Map<String, Schema> components(OpenAPI openAPI) {
    return openAPI.getComponents().getSchemas();
  }

  private static Schema component(String version, String schemas, String name) {
    return components(rewritten(version, schemas)).get(name);
  }

  private static Schema property(Schema schema, String name) {
    return (Schema) schema.getProperties().get(name);
  }

  private static Schema rewritten(Schema subject) {
    OpenAPI openAPI = new OpenAPI().components(new Components().addSchemas("Subject", subject));
    SchemaRewrites.apply(openAPI);
    return openAPI.getComponents().getSchemas().get("Subject");
  }

  private static Schema schema(String yaml) {
    return component("3.1.0", "Subject: " + yaml, "Subject");
  }

  @Test
  void inlineEnumPropertyBecomesAComponentNamedForItsOwnerAndProperty() {
    OpenAPI openAPI = rewritten("3.0.3", """
        Holder:
          type: object
          properties:
            level: {type: string, enum: [low, high]}
        """);

    assertThat(property(components(openAPI).get("Holder"), "level").get$ref()).isEqualTo("#/components/schemas/Holder_level");
    assertThat(components(openAPI).get("Holder_level").getEnum()).containsExactly("low", "high");
  }

  @Test
  void inlineEnumItemsBecomeAComponentTheArrayRefersTo() {
    OpenAPI openAPI = rewritten("3.0.3", """
        Holder:
          type: object
          properties:
            colors: {type: array, items: {type: string, enum: [red, blue]}}
        """);

    Schema colors = property(components(openAPI).get("Holder"), "colors");
    assertThat(colors.getType()).isEqualTo("array");
    assertThat(colors.getItems().get$ref()).isEqualTo("#/components/schemas/Holder_colors");
    assertThat(components(openAPI).get("Holder_colors").getEnum()).containsExactly("red", "blue");
  }

  @Test
  void promotedEnumTakesTheFirstFreeNumberedName() {
    OpenAPI openAPI = rewritten("3.0.3", """
        Holder:
          type: object
          properties:
            level: {type: string, enum: [low, high]}
        Holder_level: {type: string}
        Holder_level2: {type: integer}
        """);

    assertThat(property(components(openAPI).get("Holder"), "level").get$ref()).isEqualTo("#/components/schemas/Holder_level3");
    assertThat(components(openAPI).get("Holder_level3").getEnum()).containsExactly("low", "high");
    assertThat(components(openAPI).get("Holder_level").getEnum()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{type: string}",
      "{type: array, items: {type: string}}",
      "{type: object, enum: [{a: x}], properties: {a: {type: string}}}",
      "{enum: [a], oneOf: [{type: string}]}",
      "{enum: [a], anyOf: [{type: string}]}",
      "{enum: [a], allOf: [{type: string}]}"})
  void propertyThatIsNoPlainEnumStaysInline(String property) {
    OpenAPI openAPI = rewritten("3.0.3", "Holder: {type: object, properties: {level: " + property + "}}");

    assertThat(components(openAPI)).containsOnlyKeys("Holder");
    assertThat(property(components(openAPI).get("Holder"), "level").get$ref()).isNull();
  }

  @Test
  void enumBesideARefStaysInline() {
    Schema level = new Schema().$ref("#/components/schemas/Mode");
    level.setEnum(List.of("a"));
    Schema holder = new Schema().type("object").addProperty("level", level);

    assertThat(rewritten(holder).getProperties()).containsEntry("level", level);
  }

  @Test
  void emptyEnumStaysInline() {
    Schema level = new Schema().type("string");
    level.setEnum(new java.util.ArrayList<>());
    Schema holder = new Schema().type("object").addProperty("level", level);

    assertThat(rewritten(holder).getProperties()).containsEntry("level", level);
  }

  @Test
  void componentWithoutPropertiesIsLeftAsItIs() {
    OpenAPI openAPI = rewritten("3.0.3", "Mode: {type: string, enum: [a, b]}");

    assertThat(components(openAPI)).containsOnlyKeys("Mode");
    assertThat(components(openAPI).get("Mode").getEnum()).containsExactly("a", "b");
  }

  @Test
  void specWithoutComponentsIsLeftAlone() {
    OpenAPI openAPI = new OpenAPI();

    assertThatCode(() -> SchemaRewrites.apply(openAPI)).doesNotThrowAnyException();
    assertThat(openAPI.getComponents()).isNull();
  }

  @Test
  void componentsWithoutSchemasAreLeftAlone() {
    OpenAPI openAPI = new OpenAPI().components(new Components());

    assertThatCode(() -> SchemaRewrites.apply(openAPI)).doesNotThrowAnyException();
    assertThat(openAPI.getComponents().getSchemas()).isNull();
  }

  @Test
  void stringConstIsAOneValueStringEnum() {
    Schema kind = schema("{const: holder}");

    assertThat(kind.getEnum()).containsExactly("holder");
    assertThat(SchemaRewrites.types(kind)).containsExactly("string");
  }

  @Test
  void numberConstIsAOneValueEnumWithoutAType() {
    Schema size = schema("{const: 5}");

    assertThat(size.getEnum()).containsExactly(5);
    assertThat(SchemaRewrites.types(size)).isEmpty();
  }

  @Test
  void stringConstOfADeclaredTypeAddsNoTypeToTheList() {
    Schema kind = new Schema().type("string");
    kind.setConst("holder");

    SchemaRewrites.constAsEnum(kind);

    assertThat(kind.getEnum()).containsExactly("holder");
    assertThat(kind.getTypes()).isNull();
  }

  @Test
  void constBesideAnEnumLeavesTheEnum() {
    assertThat(schema("{enum: [a, b], const: a}").getEnum()).containsExactly("a", "b");
  }

  @Test
  void integerWithoutFormatBecomesInt64() {
    assertThat(component("3.0.3", "Count: {type: integer}", "Count").getFormat()).isEqualTo("int64");
  }

  @Test
  void integerOfATypeListWithoutFormatBecomesInt64() {
    assertThat(schema("{type: [integer, 'null']}").getFormat()).isEqualTo("int64");
  }

  @Test
  void integerWithABlankFormatBecomesInt64() {
    assertThat(component("3.0.3", "Count: {type: integer, format: ' '}", "Count").getFormat()).isEqualTo("int64");
  }

  @Test
  void int32WithoutBoundsStaysInt32() {
    assertThat(component("3.0.3", "Count: {type: integer, format: int32}", "Count").getFormat()).isEqualTo("int32");
  }

  @Test
  void int32BoundedByTheInt32LimitsStaysInt32() {
    assertThat(component("3.0.3", "Count: {type: integer, format: int32, minimum: -2147483648, maximum: 2147483647}", "Count")
        .getFormat()).isEqualTo("int32");
  }

  @Test
  void int32WithAMaximumAboveTheInt32RangeBecomesInt64() {
    assertThat(component("3.0.3", "Count: {type: integer, format: int32, maximum: 2147483648}", "Count").getFormat())
        .isEqualTo("int64");
  }

  @Test
  void int32WithAMinimumBelowTheInt32RangeBecomesInt64() {
    assertThat(component("3.0.3", "Count: {type: integer, format: int32, minimum: -2147483649}", "Count").getFormat())
        .isEqualTo("int64");
  }

  @Test
  void integerOfAnotherFormatKeepsItWhateverItsBounds() {
    assertThat(component("3.0.3", "Count: {type: integer, format: uint32, maximum: 4294967295}", "Count").getFormat())
        .isEqualTo("uint32");
  }

  @Test
  void numberWithoutFormatIsNotGivenOne() {
    assertThat(component("3.0.3", "Amount: {type: number}", "Amount").getFormat()).isNull();
  }

  @Test
  void anyOfAnythingOrNullBecomesANullableFreeFormValue() {
    Schema free = schema("{anyOf: [{}, {type: 'null'}]}");

    assertThat(free.getAnyOf()).isNull();
    assertThat(free.getNullable()).isTrue();
  }

  @Test
  void oneOfOfOnlyAnythingBecomesAFreeFormValueThatIsNotNullable() {
    Schema free = schema("{oneOf: [{}]}");

    assertThat(free.getOneOf()).isNull();
    assertThat(free.getNullable()).isNull();
  }

  @Test
  void emptyUnionListsAreDropped() {
    Schema free = new Schema();
    free.setOneOf(new java.util.ArrayList<>());
    free.setAnyOf(new java.util.ArrayList<>());

    Schema result = rewritten(free);

    assertThat(result.getOneOf()).isNull();
    assertThat(result.getAnyOf()).isNull();
  }

  @Test
  void unionOfNullAloneIsKept() {
    assertThat(schema("{anyOf: [{type: 'null'}]}").getAnyOf()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{type: string}",
      "{type: [string, 'null']}",
      "{$ref: '#/components/schemas/Other'}",
      "{properties: {a: {type: string}}}",
      "{allOf: [{type: string}]}",
      "{oneOf: [{type: string}]}",
      "{anyOf: [{type: string}]}",
      "{enum: [a]}",
      "{items: {type: string}}",
      "{additionalProperties: {type: string}}",
      "{required: [a]}",
      "{not: {type: string}}"})
  void unionWithAPartThatSaysSomethingIsKept(String part) {
    Schema union = component("3.1.0", "Subject: {anyOf: [{}, {type: 'null'}, " + part + "]}\nOther: {type: string}", "Subject");

    assertThat(union.getAnyOf()).hasSize(3);
    assertThat(union.getNullable()).isNull();
  }

  @Test
  void oneOfThatOnlyRequiresOwnPropertiesIsReadAsTheObject() {
    Schema shaped = schema("{type: object, properties: {a: {type: string}, b: {type: string}}, "
        + "oneOf: [{type: object, required: [a]}, {type: object, required: [b]}]}");

    assertThat(shaped.getOneOf()).isNull();
    assertThat(shaped.getProperties()).containsOnlyKeys("a", "b");
  }

  @Test
  void anyOfThatOnlyNarrowsOwnPropertiesIsReadAsTheObject() {
    Schema shaped = schema("{type: object, properties: {a: {type: string}}, anyOf: [{type: object, properties: {a: {maxLength: 3}}}]}");

    assertThat(shaped.getAnyOf()).isNull();
  }

  @Test
  void constraintVariantComponentsMadeByTheResolverAreDroppedWithTheUnion() {
    OpenAPI openAPI = rewritten("3.1.0", """
        Shaped:
          type: object
          properties: {a: {type: string}, b: {type: string}}
          oneOf: [{$ref: '#/components/schemas/Shaped_oneOf'}, {$ref: '#/components/schemas/Shaped_oneOf_1'}]
        Shaped_oneOf: {required: [a]}
        Shaped_oneOf_1: {required: [b]}
        """);

    assertThat(components(openAPI)).containsOnlyKeys("Shaped");
    assertThat(components(openAPI).get("Shaped").getOneOf()).isNull();
  }

  @Test
  void constraintVariantComponentOfAnotherNameIsKept() {
    OpenAPI openAPI = rewritten("3.1.0", """
        Shaped:
          type: object
          properties: {a: {type: string}}
          anyOf: [{$ref: '#/components/schemas/NeedsA'}]
        NeedsA: {required: [a]}
        """);

    assertThat(components(openAPI)).containsOnlyKeys("Shaped", "NeedsA");
    assertThat(components(openAPI).get("Shaped").getAnyOf()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{type: string}",
      "{type: object, required: [c]}",
      "{properties: {c: {type: string}}}",
      "{allOf: [{required: [a]}]}",
      "{oneOf: [{required: [a]}]}",
      "{anyOf: [{required: [a]}]}",
      "{$ref: '#/components/schemas/Missing'}",
      "{$ref: 'other.yaml#/components/schemas/NeedsA'}",
      "{$ref: '#/components/schemas/Other'}"})
  void variantThatAddsAShapeKeepsTheUnion(String variant) {
    Schema shaped = component("3.1.0", "Subject: {type: object, properties: {a: {type: string}}, oneOf: [{required: [a]}, "
        + variant + "]}\nOther: {type: string}", "Subject");

    assertThat(shaped.getOneOf()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{allOf: [{$ref: '#/components/schemas/Other'}], "})
  void untypedVariantsThatOnlyRequireNamesAreNoFreeFormValue(String object) {
    Schema union = component("3.1.0", "Subject: " + object + "oneOf: [{required: [a]}, {required: [b]}]}\n"
        + "Other: {type: object, properties: {a: {type: string}, b: {type: string}}}", "Subject");

    assertThat(union.getOneOf()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{type: object, ", "{type: object, properties: {}, "})
  void objectWithoutPropertiesKeepsItsUnion(String object) {
    assertThat(schema(object + "oneOf: [{type: object, required: [a]}, {type: object, required: [b]}]}").getOneOf()).hasSize(2);
  }

  @Test
  void refOutsideTheComponentsResolvesToItself() {
    Schema ref = new Schema().$ref("other.yaml#/components/schemas/Thing");
    OpenAPI openAPI = new OpenAPI().components(new Components().addSchemas("Thing", new Schema().type("string")));

    assertThat(SchemaRewrites.resolve(ref, openAPI)).isSameAs(ref);
  }

  @Test
  void refInASpecWithoutComponentSchemasResolvesToItself() {
    Schema ref = new Schema().$ref("#/components/schemas/Thing");

    assertThat(SchemaRewrites.resolve(ref, new OpenAPI())).isSameAs(ref);
    assertThat(SchemaRewrites.resolve(ref, new OpenAPI().components(new Components()))).isSameAs(ref);
  }

  @Test
  void localRefResolvesToItsComponent() {
    Schema thing = new Schema().type("string");
    OpenAPI openAPI = new OpenAPI().components(new Components().addSchemas("Thing", thing));

    assertThat(SchemaRewrites.resolve(new Schema().$ref("#/components/schemas/Thing"), openAPI)).isSameAs(thing);
  }
}
