package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.telewire.sdkgen.SpecDocuments;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Equivalent mutants: line 78 `parsed.getRequired() == null` negated: Schema.addRequiredItem itself
// skips a name already listed, so adding it again changes nothing. Line 237 (`unique` loop condition
// negated) only loops forever: PIT reports it TIMED_OUT, which no test can turn into a kill.
/**
 * What {@link UnionRewrites} makes of component schemas, read from the rewritten OpenAPI model:
 * flattened variant lists, allOf-with-a-union products, and required names without a property.
 */
@SuppressWarnings("rawtypes")
class UnionRewritesTest {
  private static final String HEAD = """
      openapi: 3.0.3
      info: {title: Unions, version: '1'}
      paths: {}
      components:
        schemas:
      """;

  private static OpenAPI parse(String schemas) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIV3Parser().readContents(HEAD + schemas, null, options).getOpenAPI();
  }

  /** The schemas after {@link UnionRewrites#apply}. */
  private static Map<String, Schema> applied(String schemas) {
    OpenAPI openAPI = parse(schemas);
    UnionRewrites.apply(openAPI);
    return openAPI.getComponents().getSchemas();
  }

  /** The warnings {@link UnionRewrites#defineRequired} gives, with the schemas it leaves in {@code openAPI}. */
  private static List<String> defineRequired(OpenAPI openAPI, String schemas) {
    List<String> warnings = new ArrayList<>();
    UnionRewrites.defineRequired(openAPI, SpecDocuments.parse(HEAD + schemas), warnings::add);
    return warnings;
  }

  private static List<String> refs(List<Schema> schemas) {
    return schemas.stream().map(schema -> schema.get$ref() == null ? "inline " + schema.getType() : schema.get$ref()).toList();
  }

  private static String ref(String name) {
    return "#/components/schemas/" + name;
  }

  // --- flatten ---

  @Test
  void oneOfVariantThatIsAPureOneOfIsReplacedByItsVariants() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Animal'}, {$ref: '#/components/schemas/Rock'}]}
            Animal: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
            Rock: {type: object, properties: {weight: {type: number}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Cat"), ref("Dog"), ref("Rock"));
    assertThat(schemas.get("Pet").getAnyOf()).isNull();
    assertThat(refs(schemas.get("Animal").getOneOf())).containsExactly(ref("Cat"), ref("Dog"));
  }

  @Test
  void anyOfVariantThatIsAPureAnyOfIsReplacedByItsVariantsInTheAnyOf() {
    Map<String, Schema> schemas = applied("""
            Pet: {anyOf: [{$ref: '#/components/schemas/Animal'}, {$ref: '#/components/schemas/Rock'}]}
            Animal: {anyOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
            Rock: {type: object, properties: {weight: {type: number}}}
        """);

    assertThat(refs(schemas.get("Pet").getAnyOf())).containsExactly(ref("Cat"), ref("Dog"), ref("Rock"));
    assertThat(schemas.get("Pet").getOneOf()).isNull();
  }

  @Test
  void variantReachedThroughAChainOfReferencesIsFlattened() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Alias'}, {$ref: '#/components/schemas/Rock'}]}
            Alias: {$ref: '#/components/schemas/Animal'}
            Animal: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
            Rock: {type: object, properties: {weight: {type: number}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Cat"), ref("Dog"), ref("Rock"));
  }

  @Test
  void variantThatAppearsTwiceAfterFlatteningIsKeptOnce() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Animal'}]}
            Animal: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Cat"), ref("Dog"));
  }

  @Test
  void sameReferenceListedTwiceIsKeptOnce() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Cat'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Cat"));
  }

  @Test
  void inlineVariantsAreKeptEvenWhenAlike() {
    Map<String, Schema> schemas = applied("""
            Value: {oneOf: [{type: string}, {type: string}, {$ref: '#/components/schemas/Number'}]}
            Number: {oneOf: [{type: integer}, {type: number}]}
        """);

    assertThat(refs(schemas.get("Value").getOneOf()))
        .containsExactly("inline string", "inline string", "inline integer", "inline number");
  }

  @Test
  void inlineVariantThatIsItselfAOneOfIsNotFlattened() {
    Map<String, Schema> schemas = applied("""
            Value:
              oneOf:
                - {type: string}
                - oneOf: [{type: integer}, {type: boolean}]
        """);

    List<Schema> variants = schemas.get("Value").getOneOf();
    assertThat(variants).hasSize(2);
    assertThat(refs(variants.get(1).getOneOf())).containsExactly("inline integer", "inline boolean");
  }

  @Test
  void variantUnionWithPropertiesIsNotFlattened() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Animal'}, {$ref: '#/components/schemas/Rock'}]}
            Animal:
              properties: {name: {type: string}}
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
            Rock: {type: object, properties: {weight: {type: number}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Animal"), ref("Rock"));
  }

  @Test
  void variantUnionWithADiscriminatorIsNotFlattened() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Animal'}, {$ref: '#/components/schemas/Rock'}]}
            Animal:
              discriminator: {propertyName: kind}
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
            Cat: {type: object, properties: {kind: {type: string}}}
            Dog: {type: object, properties: {kind: {type: string}}}
            Rock: {type: object, properties: {weight: {type: number}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Animal"), ref("Rock"));
  }

  @Test
  void variantWithBothOneOfAndAnyOfIsNotFlattened() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Animal'}, {$ref: '#/components/schemas/Rock'}]}
            Animal:
              oneOf: [{$ref: '#/components/schemas/Cat'}]
              anyOf: [{$ref: '#/components/schemas/Dog'}]
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
            Rock: {type: object, properties: {weight: {type: number}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Animal"), ref("Rock"));
  }

  @Test
  void variantThatIsAPureAnyOfIsFlattenedIntoAOneOf() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Animal'}, {$ref: '#/components/schemas/Rock'}]}
            Animal: {anyOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
            Rock: {type: object, properties: {weight: {type: number}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Cat"), ref("Dog"), ref("Rock"));
  }

  @Test
  void referenceToAMissingSchemaStaysAVariant() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Missing'}, {$ref: '#/components/schemas/Cat'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Missing"), ref("Cat"));
  }

  @Test
  void referenceOutsideTheComponentSchemasIsNotFollowed() {
    Map<String, Schema> schemas = applied("""
            Pet: {oneOf: [{$ref: '#/components/schemaz/Animal'}, {$ref: '#/components/schemas/Cat'}]}
            Animal: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
        """);

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly("#/components/schemaz/Animal", ref("Cat"));
  }

  @Test
  void chainOfMoreThanTenReferencesIsNotFollowed() {
    StringBuilder spec = new StringBuilder();
    spec.append("    Pet: {oneOf: [{$ref: '#/components/schemas/Alias1'}, {$ref: '#/components/schemas/Rock'}]}\n");
    for (int alias = 1; alias <= 10; alias++) {
      String next = alias == 10 ? "Animal" : "Alias" + (alias + 1);
      spec.append("    Alias").append(alias).append(": {$ref: '#/components/schemas/").append(next).append("'}\n");
    }
    spec.append("""
            Animal: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
            Rock: {type: object, properties: {weight: {type: number}}}
        """);

    Map<String, Schema> schemas = applied(spec.toString());

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Alias1"), ref("Rock"));
  }

  @Test
  void chainOfTenReferencesIsFollowed() {
    StringBuilder spec = new StringBuilder();
    spec.append("    Pet: {oneOf: [{$ref: '#/components/schemas/Alias1'}, {$ref: '#/components/schemas/Rock'}]}\n");
    for (int alias = 1; alias <= 9; alias++) {
      String next = alias == 9 ? "Animal" : "Alias" + (alias + 1);
      spec.append("    Alias").append(alias).append(": {$ref: '#/components/schemas/").append(next).append("'}\n");
    }
    spec.append("""
            Animal: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
            Rock: {type: object, properties: {weight: {type: number}}}
        """);

    Map<String, Schema> schemas = applied(spec.toString());

    assertThat(refs(schemas.get("Pet").getOneOf())).containsExactly(ref("Cat"), ref("Dog"), ref("Rock"));
  }

  @Test
  void unionsThatReferToEachOtherEndWithEachVariantOnce() {
    Map<String, Schema> schemas = applied("""
            Left: {oneOf: [{$ref: '#/components/schemas/Right'}, {$ref: '#/components/schemas/Cat'}]}
            Right: {oneOf: [{$ref: '#/components/schemas/Left'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
        """);

    assertThat(refs(schemas.get("Left").getOneOf())).containsExactly(ref("Right"), ref("Cat"), ref("Dog"));
  }

  @Test
  void unionsNestedDeeperThanEightLevelsKeepTheNinthAsAReference() {
    StringBuilder spec = new StringBuilder();
    for (int level = 0; level < 9; level++) {
      spec.append("    U").append(level).append(": {oneOf: [{$ref: '#/components/schemas/U").append(level + 1)
          .append("'}, {$ref: '#/components/schemas/Leaf").append(level).append("'}]}\n");
      spec.append("    Leaf").append(level).append(": {type: object, properties: {a: {type: string}}}\n");
    }
    spec.append("    U9: {oneOf: [{$ref: '#/components/schemas/Leaf9'}, {$ref: '#/components/schemas/Leaf10'}]}\n");
    spec.append("    Leaf9: {type: object, properties: {a: {type: string}}}\n");
    spec.append("    Leaf10: {type: object, properties: {a: {type: string}}}\n");

    OpenAPI openAPI = parse(spec.toString());
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    UnionRewrites.flatten(schemas.get("U0"), schemas);

    assertThat(refs(schemas.get("U0").getOneOf())).containsExactly(ref("U9"), ref("Leaf8"), ref("Leaf7"), ref("Leaf6"),
        ref("Leaf5"), ref("Leaf4"), ref("Leaf3"), ref("Leaf2"), ref("Leaf1"), ref("Leaf0"));
  }

  @Test
  void unionWithNothingToFlattenKeepsItsVariantList() {
    Map<String, Schema> schemas = parse("""
            Pet: {oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]}
            Cat: {type: object, properties: {meow: {type: string}}}
            Dog: {type: object, properties: {bark: {type: string}}}
        """).getComponents().getSchemas();
    List<Schema> before = schemas.get("Pet").getOneOf();

    UnionRewrites.flatten(schemas.get("Pet"), schemas);

    assertThat(schemas.get("Pet").getOneOf()).isSameAs(before);
  }

  @Test
  void specWithoutComponentsIsLeftAsIs() {
    OpenAPI openAPI = new OpenAPI();

    assertThatCode(() -> UnionRewrites.apply(openAPI)).doesNotThrowAnyException();
    assertThat(openAPI.getComponents()).isNull();
  }

  @Test
  void componentsWithoutSchemasAreLeftAsIs() {
    OpenAPI openAPI = new OpenAPI().components(new io.swagger.v3.oas.models.Components());

    assertThatCode(() -> UnionRewrites.apply(openAPI)).doesNotThrowAnyException();
    assertThat(openAPI.getComponents().getSchemas()).isNull();
  }

  // --- distribute ---

  private static final String PAYMENT_PARTS = """
            Base: {type: object, properties: {amount: {type: integer}}}
            Card: {type: object, properties: {number: {type: string}}}
            Bank: {type: object, properties: {iban: {type: string}}}
        """;

  @Test
  void allOfWithAOneOfPartBecomesAOneOfOfTheJoinedVariants() {
    Map<String, Schema> schemas = applied("""
            Payment:
              description: A payment.
              nullable: true
              required: [amount]
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
        """ + PAYMENT_PARTS);

    Schema payment = schemas.get("Payment");
    assertThat(refs(payment.getOneOf())).containsExactly(ref("PaymentCard"), ref("PaymentBank"));
    assertThat(payment.getAnyOf()).isNull();
    assertThat(payment.getAllOf()).isNull();
    assertThat(payment.getDescription()).isEqualTo("A payment.");
    assertThat(payment.getNullable()).isTrue();
    assertThat(payment.getDiscriminator()).isNull();
    assertThat(refs(schemas.get("PaymentCard").getAllOf())).containsExactly(ref("Base"), ref("Card"));
    assertThat(refs(schemas.get("PaymentBank").getAllOf())).containsExactly(ref("Base"), ref("Bank"));
    assertThat(schemas.get("PaymentCard").getRequired()).containsExactly("amount");
    assertThat(schemas.get("PaymentBank").getRequired()).containsExactly("amount");
  }

  @Test
  void joinedVariantWithoutRequiredNamesRequiresNothing() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
        """ + PAYMENT_PARTS);

    assertThat(schemas.get("PaymentCard").getRequired()).isNull();
  }

  @Test
  void joinedVariantsKeepTheSharedPartsInOrderAroundTheUnionPart() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
                - {$ref: '#/components/schemas/Extra'}
            Extra: {type: object, properties: {note: {type: string}}}
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("PaymentCard").getAllOf())).containsExactly(ref("Base"), ref("Extra"), ref("Card"));
  }

  @Test
  void unionListedAsTheFirstPartIsDistributed() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
                - {$ref: '#/components/schemas/Base'}
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("Payment").getOneOf())).containsExactly(ref("PaymentCard"), ref("PaymentBank"));
    assertThat(refs(schemas.get("PaymentCard").getAllOf())).containsExactly(ref("Base"), ref("Card"));
  }

  @Test
  void allOfWithAnAnyOfPartBecomesAnAnyOf() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - anyOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("Payment").getAnyOf())).containsExactly(ref("PaymentCard"), ref("PaymentBank"));
    assertThat(schemas.get("Payment").getOneOf()).isNull();
  }

  @Test
  void unionPartReachedByReferenceIsDistributed() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - {$ref: '#/components/schemas/Method'}
            Method: {oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]}
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("Payment").getOneOf())).containsExactly(ref("PaymentCard"), ref("PaymentBank"));
  }

  @Test
  void inlineVariantsAreNamedByTitleElseByPosition() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf:
                    - {type: object, title: 'cash-on delivery', properties: {cod: {type: boolean}}}
                    - {type: object, properties: {voucher: {type: string}}}
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("Payment").getOneOf())).containsExactly(ref("PaymentCashondelivery"), ref("PaymentOption2"));
    assertThat(((Schema) schemas.get("PaymentOption2").getAllOf().get(1)).getProperties()).containsOnlyKeys("voucher");
  }

  @Test
  void joinedNameThatIsTakenGetsANumber() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
            PaymentCard: {type: string}
            PaymentCard2: {type: string}
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("Payment").getOneOf())).containsExactly(ref("PaymentCard3"), ref("PaymentBank"));
    assertThat(schemas.get("PaymentCard").getType()).isEqualTo("string");
  }

  @Test
  void titleWithoutLettersOrDigitsGivesTheUnionNameWithANumber() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf:
                    - {type: object, title: '--', properties: {cod: {type: boolean}}}
                    - {$ref: '#/components/schemas/Card'}
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("Payment").getOneOf())).containsExactly(ref("Payment2"), ref("PaymentCard"));
  }

  @Test
  void lowerCaseVariantNameIsCapitalizedInTheJoinedName() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf: [{$ref: '#/components/schemas/card'}, {$ref: '#/components/schemas/Bank'}]
            card: {type: object, properties: {number: {type: string}}}
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("Payment").getOneOf())).containsExactly(ref("PaymentCard"), ref("PaymentBank"));
  }

  @Test
  void discriminatorWithoutMappingMapsEachVariantNameToItsJoinedSchema() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - discriminator: {propertyName: method}
                  oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
        """ + PAYMENT_PARTS);

    assertThat(schemas.get("Payment").getDiscriminator().getPropertyName()).isEqualTo("method");
    assertThat(schemas.get("Payment").getDiscriminator().getMapping())
        .containsExactly(Map.entry("Card", ref("PaymentCard")), Map.entry("Bank", ref("PaymentBank")));
  }

  @Test
  void discriminatorMappingPointsAtTheJoinedSchemas() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - discriminator:
                    propertyName: method
                    mapping: {card: '#/components/schemas/Card', bank: '#/components/schemas/Bank', other: '#/components/schemas/Other'}
                  oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
            Other: {type: object}
        """ + PAYMENT_PARTS);

    assertThat(schemas.get("Payment").getDiscriminator().getMapping()).containsExactly(
        Map.entry("card", ref("PaymentCard")), Map.entry("bank", ref("PaymentBank")), Map.entry("other", ref("Other")));
  }

  @Test
  void discriminatorOfTheAllOfIsUsedWhenTheUnionPartHasNone() {
    Map<String, Schema> schemas = applied("""
            Payment:
              discriminator: {propertyName: method}
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
        """ + PAYMENT_PARTS);

    assertThat(schemas.get("Payment").getDiscriminator().getPropertyName()).isEqualTo("method");
  }

  @Test
  void discriminatorOfTheUnionPartWinsOverTheAllOfs() {
    Map<String, Schema> schemas = applied("""
            Payment:
              discriminator: {propertyName: outer}
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - discriminator: {propertyName: inner}
                  oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
        """ + PAYMENT_PARTS);

    assertThat(schemas.get("Payment").getDiscriminator().getPropertyName()).isEqualTo("inner");
  }

  @Test
  void inlineVariantsAreLeftOutOfAGeneratedMapping() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - discriminator: {propertyName: method}
                  oneOf:
                    - {$ref: '#/components/schemas/Card'}
                    - {type: object, title: Cash, properties: {method: {type: string}}}
        """ + PAYMENT_PARTS);

    assertThat(schemas.get("Payment").getDiscriminator().getMapping()).containsExactly(Map.entry("Card", ref("PaymentCard")));
  }

  @Test
  void allOfWithTwoUnionPartsIsLeftAsIs() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
                - oneOf: [{$ref: '#/components/schemas/Base'}]
        """ + PAYMENT_PARTS);

    assertThat(schemas.get("Payment").getAllOf()).hasSize(2);
    assertThat(schemas.get("Payment").getOneOf()).isNull();
    assertThat(schemas).doesNotContainKeys("PaymentCard", "PaymentBank");
  }

  @Test
  void allOfWithoutAUnionPartIsLeftAsIs() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - {$ref: '#/components/schemas/Card'}
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("Payment").getAllOf())).containsExactly(ref("Base"), ref("Card"));
    assertThat(schemas.get("Payment").getOneOf()).isNull();
  }

  @Test
  void unionPartWithPropertiesIsNotDistributed() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - properties: {note: {type: string}}
                  oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
        """ + PAYMENT_PARTS);

    assertThat(schemas.get("Payment").getAllOf()).hasSize(2);
    assertThat(schemas).doesNotContainKey("PaymentCard");
  }

  @Test
  void unionPartWithItsOwnAllOfIsNotDistributed() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - allOf: [{$ref: '#/components/schemas/Base'}]
                  oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
        """ + PAYMENT_PARTS);

    assertThat(schemas.get("Payment").getAllOf()).hasSize(2);
    assertThat(schemas).doesNotContainKey("PaymentCard");
  }

  @Test
  void allOfThatIsAlreadyAUnionIsNotDistributed() {
    Map<String, Schema> schemas = applied("""
            Payment:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
              oneOf: [{$ref: '#/components/schemas/Card'}]
            Wallet:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
              anyOf: [{$ref: '#/components/schemas/Card'}]
        """ + PAYMENT_PARTS);

    assertThat(refs(schemas.get("Payment").getOneOf())).containsExactly(ref("Card"));
    assertThat(refs(schemas.get("Wallet").getAnyOf())).containsExactly(ref("Card"));
    assertThat(schemas).doesNotContainKeys("PaymentCard", "WalletCard");
  }

  @Test
  void missingSchemaIsNotDistributed() {
    Map<String, Schema> schemas = new LinkedHashMap<>();

    assertThatCode(() -> UnionRewrites.distribute("Missing", schemas)).doesNotThrowAnyException();
    assertThat(schemas).isEmpty();
  }

  // --- defineRequired ---

  @Test
  void requiredNameWithoutAPropertyBecomesARequiredFreeFormPropertyWithAWarning() {
    String schemas = """
            Holder:
              type: object
              required: [id, ghost]
              properties: {id: {type: string}}
        """;
    OpenAPI openAPI = parse(schemas);

    List<String> warnings = defineRequired(openAPI, schemas);

    Schema holder = openAPI.getComponents().getSchemas().get("Holder");
    assertThat(warnings).containsExactly(
        "Telewire: schema Holder requires 'ghost' but defines no such property: it is a free-form field (Object)");
    assertThat(holder.getProperties()).containsOnlyKeys("id", "ghost");
    Schema ghost = (Schema) holder.getProperties().get("ghost");
    assertThat(ghost.getDescription()).isEqualTo("Required by the spec, which does not define it.");
    assertThat(ghost.getType()).isNull();
    assertThat(holder.getRequired()).containsExactlyInAnyOrder("id", "ghost");
  }

  @Test
  void requiredNameAlreadyListedIsNotListedTwice() {
    String schemas = """
            Holder:
              type: object
              required: [ghost]
              properties: {id: {type: string}}
        """;
    OpenAPI openAPI = parse(schemas);
    Schema holder = openAPI.getComponents().getSchemas().get("Holder");
    holder.setRequired(new ArrayList<>(List.of("ghost")));

    defineRequired(openAPI, schemas);

    assertThat(holder.getRequired()).containsExactly("ghost");
    assertThat(holder.getProperties()).containsOnlyKeys("id", "ghost");
  }

  @Test
  void requiredNameWithoutAPropertyIsAddedWhenTheParsedSchemaRequiresNothing() {
    String schemas = """
            Holder:
              type: object
              required: [ghost]
              properties: {id: {type: string}}
        """;
    OpenAPI openAPI = parse(schemas);
    Schema holder = openAPI.getComponents().getSchemas().get("Holder");
    holder.setRequired(null);

    defineRequired(openAPI, schemas);

    assertThat(holder.getRequired()).containsExactly("ghost");
  }

  @Test
  void requiredNameThatTheParsedSchemaDefinesIsLeftAlone() {
    String schemas = """
            Holder:
              type: object
              required: [id, ghost]
              properties: {id: {type: string}}
        """;
    OpenAPI openAPI = parse(schemas);
    Schema holder = openAPI.getComponents().getSchemas().get("Holder");
    Schema defined = new Schema().type("integer");
    holder.addProperty("ghost", defined);

    List<String> warnings = defineRequired(openAPI, schemas);

    assertThat(warnings).isEmpty();
    assertThat(holder.getProperties().get("ghost")).isSameAs(defined);
  }

  @Test
  void requiredNameDefinedByAnAllOfPartIsNotAWarning() {
    String schemas = """
            Child:
              required: [amount, own, inline, ghost]
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - properties: {inline: {type: string}}
              properties: {own: {type: string}}
            Base:
              allOf:
                - {$ref: '#/components/schemas/Root'}
              properties: {amount: {type: integer}}
            Root: {type: object, properties: {id: {type: string}}}
        """;
    OpenAPI openAPI = parse(schemas);

    List<String> warnings = defineRequired(openAPI, schemas);

    assertThat(warnings).singleElement().asString().contains("schema Child requires 'ghost'");
  }

  @Test
  void requiredNameDefinedByAPartTwoReferencesAwayIsNotAWarning() {
    String schemas = """
            Child:
              required: [id]
              allOf:
                - {$ref: '#/components/schemas/Base'}
            Base:
              allOf:
                - {$ref: '#/components/schemas/Root'}
            Root: {type: object, properties: {id: {type: string}}}
        """;
    OpenAPI openAPI = parse(schemas);

    assertThat(defineRequired(openAPI, schemas)).isEmpty();
  }

  @Test
  void allOfPartsThatReferToEachOtherEndTheSearch() {
    String schemas = """
            Left:
              required: [ghost]
              allOf: [{$ref: '#/components/schemas/Right'}]
            Right:
              allOf: [{$ref: '#/components/schemas/Middle'}]
            Middle:
              allOf: [{$ref: '#/components/schemas/Right'}]
        """;
    OpenAPI openAPI = parse(schemas);

    assertThat(defineRequired(openAPI, schemas)).singleElement().asString().contains("schema Left requires 'ghost'");
  }

  @Test
  void requiredNameDefinedSixteenPartsDeepIsFoundButNotDeeper() {
    StringBuilder spec = new StringBuilder();
    spec.append("    S0: {required: [p16, p17], allOf: [{$ref: '#/components/schemas/S1'}]}\n");
    for (int level = 1; level <= 17; level++) {
      spec.append("    S").append(level).append(": {properties: {p").append(level).append(": {type: string}}");
      if (level < 17) {
        spec.append(", allOf: [{$ref: '#/components/schemas/S").append(level + 1).append("'}]");
      }
      spec.append("}\n");
    }
    OpenAPI openAPI = parse(spec.toString());

    assertThat(defineRequired(openAPI, spec.toString())).singleElement().asString().contains("requires 'p17'");
  }

  @Test
  void schemaUsedAsAnAllOfPartIsNotGivenItsMissingProperties() {
    String schemas = """
            Base:
              type: object
              required: [ghost]
              properties: {id: {type: string}}
            Child:
              allOf:
                - {$ref: '#/components/schemas/Base'}
                - properties: {ghost: {type: string}}
        """;
    OpenAPI openAPI = parse(schemas);

    assertThat(defineRequired(openAPI, schemas)).isEmpty();
    assertThat(openAPI.getComponents().getSchemas().get("Base").getProperties()).containsOnlyKeys("id");
  }

  @Test
  void unionsAreNotGivenMissingProperties() {
    String schemas = """
            One:
              required: [ghost]
              properties: {id: {type: string}}
              oneOf: [{required: [id]}]
            Any:
              required: [ghost]
              properties: {id: {type: string}}
              anyOf: [{required: [id]}]
        """;
    OpenAPI openAPI = parse(schemas);

    assertThat(defineRequired(openAPI, schemas)).isEmpty();
    assertThat(openAPI.getComponents().getSchemas().get("One").getProperties()).containsOnlyKeys("id");
  }

  @Test
  void schemaWithNeitherPropertiesNorPartsIsNotGivenMissingProperties() {
    String schemas = """
            Bare:
              type: object
              required: [ghost]
        """;
    OpenAPI openAPI = parse(schemas);

    assertThat(defineRequired(openAPI, schemas)).isEmpty();
    assertThat(openAPI.getComponents().getSchemas().get("Bare").getProperties()).isNull();
  }

  @Test
  void rawSchemaTheParserDroppedIsSkipped() {
    String schemas = """
            Holder:
              type: object
              required: [ghost]
              properties: {id: {type: string}}
        """;
    OpenAPI openAPI = parse(schemas);
    openAPI.getComponents().getSchemas().remove("Holder");

    assertThat(defineRequired(openAPI, schemas)).isEmpty();
  }

  @Test
  void withoutTheRawSpecOrParsedSchemasNothingIsDefined() {
    List<String> warnings = new ArrayList<>();
    OpenAPI openAPI = parse("""
            Holder: {type: object, required: [ghost], properties: {id: {type: string}}}
        """);

    UnionRewrites.defineRequired(openAPI, null, warnings::add);
    UnionRewrites.defineRequired(new OpenAPI(), SpecDocuments.parse(HEAD), warnings::add);
    UnionRewrites.defineRequired(new OpenAPI().components(new io.swagger.v3.oas.models.Components()),
        SpecDocuments.parse(HEAD), warnings::add);

    assertThat(warnings).isEmpty();
    assertThat(openAPI.getComponents().getSchemas().get("Holder").getProperties()).containsOnlyKeys("id");
  }
}
