package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sdkgen.SpecDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the schema and union rewrites make of a 3.1 spec, read from what the codegen would generate
 * (one dry run of one spec): integer widths, const, free-form and constraint-only unions, flattened
 * and distributed unions, promoted inline enums, and required names without a property.
 */
class GeneratedShapesTest {
  private static final GeneratedApi API = GeneratedApi.of(SpecDocuments.parse("""
      openapi: 3.1.0
      info: {title: Shapes, version: '1'}
      paths:
        /holder:
          get:
            operationId: getHolder
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}
        /wrapped:
          get:
            operationId: getWrapped
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Wrapped'}}}}
      components:
        schemas:
          Holder:
            type: object
            required: [ghost]
            properties:
              kind: {const: holder}
              maybe: {type: [integer, 'null']}
              count: {type: integer}
              small: {type: integer, format: int32}
              big: {type: integer, format: int32, maximum: 3000000000}
              low: {type: integer, format: int32, minimum: -3000000000}
              fits: {type: integer, format: int32, minimum: -5, maximum: 5}
              free: {anyOf: [{}, {type: 'null'}]}
              value: {$ref: '#/components/schemas/Value'}
              pet: {$ref: '#/components/schemas/Pet'}
              paid: {$ref: '#/components/schemas/Payment'}
              shaped: {$ref: '#/components/schemas/Shaped'}
              colors: {type: array, items: {type: string, enum: [red, blue]}}
              legacy: {$ref: '#/components/schemas/Legacy'}
          Value:
            oneOf:
              - {type: string}
              - {type: integer}
              - {type: boolean}
              - {type: array, items: {type: string}}
              - {type: object, additionalProperties: {type: string}}
              - {$ref: '#/components/schemas/Mode'}
              - {type: 'null'}
          Mode: {type: string, enum: [a, b]}
          Pet:
            oneOf: [{$ref: '#/components/schemas/Animal'}, {$ref: '#/components/schemas/Rock'}, {$ref: '#/components/schemas/Cat'}]
          Animal:
            anyOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
          Cat: {type: object, required: [meow], properties: {meow: {type: string}}}
          Dog: {type: object, properties: {bark: {type: string}}}
          Rock: {type: object, properties: {weight: {type: number}}}
          Payment:
            allOf:
              - {$ref: '#/components/schemas/Base'}
              - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
          Base: {type: object, properties: {amount: {type: integer}}}
          Card: {type: object, properties: {number: {type: string}}}
          Bank: {type: object, properties: {iban: {type: string}}}
          Shaped:
            type: object
            properties: {a: {type: string}, b: {type: string}}
            oneOf: [{required: [a]}, {required: [b]}]
          Legacy:
            type: object
            discriminator: {propertyName: type}
            properties: {type: {type: string}}
          Wrapped:
            type: object
            properties:
              inner:
                allOf:
                  - type: object
                    properties:
                      level: {type: string, enum: [low, high]}
      """));

  private static List<String> declarations() {
    return API.declarations().stream().map(GeneratedApi.Declaration::text).toList();
  }

  @Test
  void integerWithoutFormatIsLong() {
    assertThat(declarations()).contains("Long Holder.count()", "Long Holder.maybe()");
  }

  @Test
  void int32WithinItsBoundsStaysInteger() {
    assertThat(declarations()).contains("Integer Holder.small()", "Integer Holder.fits()");
  }

  @Test
  void int32WhoseBoundsDoNotFitIsLong() {
    assertThat(declarations()).contains("Long Holder.big()", "Long Holder.low()");
  }

  @Test
  void constIsAOneValueEnum() {
    assertThat(declarations()).contains("KindEnum Holder.kind()");
  }

  @Test
  void anyOfAnythingOrNullIsAFreeFormValue() {
    assertThat(declarations()).contains("Object Holder.free()");
  }

  @Test
  void requiredNameWithoutPropertyBecomesAFreeFormFieldWithAWarning() {
    assertThat(declarations()).contains("Object Holder.ghost()");
    assertThat(API.warnings()).contains(
        "Telewire: schema Holder requires 'ghost' but defines no such property: it is a free-form field (Object)");
  }

  @Test
  void discriminatorWithoutUnionIsAPlainRecordWithAWarning() {
    assertThat(declarations()).contains("record Legacy", "String Legacy.type()");
    assertThat(API.warnings()).anySatisfy(warning ->
        assertThat(warning).startsWith("Telewire: schema Legacy has a discriminator but no oneOf/anyOf"));
  }

  @Test
  void scalarVariantsAreListedByTheirJavaTypes() {
    assertThat(declarations()).contains("interface Value (one of String, Long, Boolean, List<String>, Map<String, String>, Mode)");
  }

  @Test
  void variantThatIsAPureUnionIsReplacedByItsVariantsOnce() {
    assertThat(declarations()).contains("interface Pet (one of Cat, Dog, Rock)", "interface Animal (one of Cat, Dog)");
  }

  @Test
  void allOfWithAUnionPartIsAUnionOfEachVariantJoinedWithTheSharedParts() {
    assertThat(declarations()).contains("interface Payment (one of PaymentCard, PaymentBank)",
        "Long PaymentCard.amount()", "String PaymentCard.number()",
        "Long PaymentBank.amount()", "String PaymentBank.iban()");
  }

  @Test
  void unionThatOnlyRequiresOwnPropertiesIsTheObjectItself() {
    assertThat(declarations()).contains("record Shaped", "String Shaped.a()", "String Shaped.b()")
        .noneMatch(text -> text.startsWith("interface Shaped"));
  }

  @Test
  void inlineEnumItemsAreAnEnumModel() {
    assertThat(declarations()).contains("List<HolderColorsInner> Holder.colors()", "HolderColorsInner.RED", "HolderColorsInner.BLUE");
  }

  @Test
  void inlineEnumInsideAnAllOfPartIsPromotedToAComponent() {
    assertThat(declarations()).contains("WrappedInnerAllOfLevel WrappedInner.level()", "enum WrappedInnerAllOfLevel",
        "WrappedInnerAllOfLevel.LOW", "WrappedInnerAllOfLevel.HIGH");
  }

  @Test
  void everyOperationUsesOnlyItsOwnModels() {
    assertThat(API.modelsUsed().get("GET /holder")).contains("Holder");
    assertThat(API.modelsUsed().get("GET /wrapped")).containsExactly("Wrapped");
  }
}
