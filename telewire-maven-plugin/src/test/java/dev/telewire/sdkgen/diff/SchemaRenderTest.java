package dev.telewire.sdkgen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.SpecDocuments;
import org.junit.jupiter.api.Test;

/** How a schema reads in a change report: its type, nullability, format, enum and class name. */
class SchemaRenderTest {
  private static final JsonNode NO_DOCUMENT = SpecDocuments.parse("{}");

  private static String render(String yaml) {
    return Schema.of(NO_DOCUMENT, SpecDocuments.parse(yaml)).render();
  }

  private static String render(String components, String yaml) {
    return Schema.of(SpecDocuments.parse("components: {schemas: " + components + "}"), SpecDocuments.parse(yaml)).render();
  }

  @Test
  void missingSchemaIsAnyValue() {
    assertThat(Schema.of(NO_DOCUMENT, null).render()).isEqualTo("any");
  }

  @Test
  void schemaThatIsNotAnObjectIsAnyValue() {
    assertThat(render("true")).isEqualTo("any");
  }

  @Test
  void severalTypesAreListedInBrackets() {
    assertThat(render("type: [string, integer]")).isEqualTo("[string, integer]");
  }

  @Test
  void nullableTypeListGainsNullInsideTheBrackets() {
    assertThat(render("type: [string, integer, 'null']")).isEqualTo("[string, integer, null]");
  }

  @Test
  void formatFollowsTheNullableType() {
    assertThat(render("{type: string, format: date-time, nullable: true}")).isEqualTo("[string, null] (date-time)");
  }

  @Test
  void inlineEnumWithoutTitleIsMarkedAsEnum() {
    assertThat(render("{type: string, enum: [a, b]}")).isEqualTo("string enum");
  }

  @Test
  void inlineEnumWithTitleIsNamedByIt() {
    assertThat(render("{type: string, title: Mode, enum: [a, b]}")).isEqualTo("string Mode");
  }

  @Test
  void nullInAnEnumMakesItNullable() {
    Schema schema = Schema.of(NO_DOCUMENT, SpecDocuments.parse("enum: [a, null]"));

    assertThat(schema.render()).isEqualTo("[string, null] enum");
    assertThat(schema.enumValues()).containsExactly("a");
  }

  @Test
  void untypedEnumTakesTheTypeOfItsFirstValue() {
    assertThat(render("enum: [1, 2]")).isEqualTo("integer enum");
    assertThat(render("enum: [1.5]")).isEqualTo("number enum");
    assertThat(render("enum: [true]")).isEqualTo("boolean enum");
    assertThat(render("enum: [x]")).isEqualTo("string enum");
  }

  @Test
  void constIsAOneValueEnum() {
    Schema schema = Schema.of(NO_DOCUMENT, SpecDocuments.parse("const: card"));

    assertThat(schema.render()).isEqualTo("string enum");
    assertThat(schema.enumValues()).containsExactly("card");
  }

  @Test
  void untypedSchemaWithPropertiesIsAnObject() {
    assertThat(render("{title: Pet, properties: {id: {type: string}}}")).isEqualTo("object Pet");
  }

  @Test
  void untypedSchemaWithTypedExtraEntriesIsAnObject() {
    assertThat(render("additionalProperties: {type: string}")).isEqualTo("object");
  }

  @Test
  void booleanAdditionalPropertiesDoNotMakeAMap() {
    Schema schema = Schema.of(NO_DOCUMENT, SpecDocuments.parse("additionalProperties: true"));

    assertThat(schema.render()).isEqualTo("any");
    assertThat(schema.additionalProperties()).isNull();
  }

  @Test
  void untypedSchemaWithItemsIsAnArray() {
    assertThat(render("items: {type: string}")).isEqualTo("array");
  }

  @Test
  void objectWithoutPropertiesIsNoClass() {
    assertThat(render("{type: object, title: Bag}")).isEqualTo("object");
  }

  @Test
  void unresolvableReferenceIsNamedAsSuch() {
    assertThat(render("$ref: '#/components/schemas/Gone'")).isEqualTo("unresolved #/components/schemas/Gone");
  }

  @Test
  void externalReferenceIsUnresolved() {
    assertThat(render("$ref: 'other.yaml#/Pet'")).isEqualTo("unresolved other.yaml#/Pet");
  }

  @Test
  void nullableReferenceIsTheNullableTarget() {
    assertThat(render("{Pet: {type: object, properties: {id: {type: string}}}}", "{$ref: '#/components/schemas/Pet', nullable: true}"))
        .isEqualTo("[object, null] Pet");
  }

  @Test
  void referenceToAReferenceIsNamedByTheLastComponent() {
    assertThat(render("{Alias: {$ref: '#/components/schemas/Pet'}, Pet: {type: object, properties: {id: {type: string}}}}",
        "$ref: '#/components/schemas/Alias'"))
        .isEqualTo("object Pet");
  }

  @Test
  void referenceToAPlainTypeHasNoClassName() {
    assertThat(render("{Id: {type: string, format: uuid}}", "$ref: '#/components/schemas/Id'")).isEqualTo("string (uuid)");
  }

  @Test
  void referenceCycleWithoutPropertiesIsRefused() {
    assertThatThrownBy(() -> render("{A: {$ref: '#/components/schemas/B'}, B: {$ref: '#/components/schemas/A'}}",
        "$ref: '#/components/schemas/A'"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$ref cycle");
  }

  @Test
  void alternativesAreListed() {
    assertThat(render("oneOf: [{type: string}, {type: integer}]")).isEqualTo("string | integer");
  }

  @Test
  void anyOfAlternativesWithNullAreNullable() {
    assertThat(render("{title: Value, anyOf: [{type: string}, {type: integer}, {type: 'null'}]}"))
        .isEqualTo("[string | integer, null] Value");
  }

  @Test
  void nullAlternativeMayBeWrittenAsATypeListOrANullEnum() {
    assertThat(render("oneOf: [{type: string}, {type: ['null']}]")).isEqualTo("[string, null]");
    assertThat(render("oneOf: [{type: string}, {enum: [null]}]")).isEqualTo("[string, null]");
  }

  @Test
  void typeListWithMoreThanNullIsARealAlternative() {
    assertThat(render("oneOf: [{type: string}, {type: [integer, 'null']}]")).isEqualTo("string | [integer, null]");
  }

  @Test
  void nullableWrapperOfOneAlternativeIsNullable() {
    assertThat(render("{nullable: true, oneOf: [{type: string}]}")).isEqualTo("[string, null]");
  }

  @Test
  void emptyAlternativesAreIgnored() {
    assertThat(render("{type: string, oneOf: []}")).isEqualTo("string");
  }

  @Test
  void allOfMergesPropertiesAndRequiredNames() {
    Schema schema = Schema.of(
        SpecDocuments.parse("components: {schemas: {Base: {type: object, required: [id], properties: {id: {type: string}}}}}"),
        SpecDocuments.parse("{title: Pet, allOf: [{$ref: '#/components/schemas/Base'}, {required: [name], properties: {name: {type: string}}}], "
            + "required: [tag], properties: {tag: {type: string}}}"));

    assertThat(schema.render()).isEqualTo("object Pet");
    assertThat(schema.properties()).containsOnlyKeys("id", "name", "tag");
    assertThat(schema.required()).containsExactlyInAnyOrder("id", "name", "tag");
  }

  @Test
  void nullableSingleAllOfIsTheNullableSchemaItWraps() {
    assertThat(render("{Id: {type: string}}", "{nullable: true, allOf: [{$ref: '#/components/schemas/Id'}]}"))
        .isEqualTo("[string, null]");
  }

  @Test
  void singleAllOfWithPropertiesOfItsOwnIsAMergedObject() {
    assertThat(render("{Id: {type: object, properties: {id: {type: string}}}}",
        "{title: Tagged, allOf: [{$ref: '#/components/schemas/Id'}], properties: {tag: {type: string}}}"))
        .isEqualTo("object Tagged");
  }

  @Test
  void emptyAllOfIsIgnored() {
    assertThat(render("{type: integer, allOf: []}")).isEqualTo("integer");
  }

  @Test
  void typeListOfObjectIsAnObjectAndArrayIsAnArray() {
    assertThat(Schema.of(NO_DOCUMENT, SpecDocuments.parse("type: [object]")).isObject()).isTrue();
    assertThat(Schema.of(NO_DOCUMENT, SpecDocuments.parse("type: [object, string]")).isObject()).isFalse();
    assertThat(Schema.of(NO_DOCUMENT, SpecDocuments.parse("type: array")).isArray()).isTrue();
    assertThat(Schema.of(NO_DOCUMENT, SpecDocuments.parse("type: [array, 'null']")).isArray()).isTrue();
  }
}
