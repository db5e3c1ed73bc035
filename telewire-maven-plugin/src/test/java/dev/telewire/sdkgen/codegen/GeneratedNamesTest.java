package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sdkgen.SpecDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java names the codegen gives operations, models, components and enum constants, read from
 * what it would generate (one dry run of one spec).
 */
class GeneratedNamesTest {
  private static final GeneratedApi API = GeneratedApi.of(SpecDocuments.parse("""
      openapi: 3.0.3
      info: {title: Names, version: '1'}
      paths:
        /things/{thingId}:
          get:
            parameters: [{name: thingId, in: path, required: true, schema: {type: string}}]
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
        /things:
          get:
            summary: List THINGS (paged)
            responses:
              '200':
                description: ok
                content: {application/json: {schema: {type: array, items: {type: object, properties: {id: {type: string}}}}}}
          post:
            summary: Create an iPhone thing
            requestBody:
              content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}
            responses:
              '201': {description: made, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
              '400': {description: bad, content: {application/json: {schema: {type: object, properties: {why: {type: string}}}}}}
        /other:
          put: {summary: 2 things, responses: {'204': {description: x}}}
          delete: {summary: The, responses: {'204': {description: x}}}
          patch: {summary: '  ', operationId: ' ', x-telewire-name: '  ', responses: {'204': {description: x}}}
      components:
        schemas:
          String: {type: object, properties: {x: {type: string}}}
          Renamed: {type: object, x-telewire-name: Chosen, properties: {x: {type: string}}}
          Thing:
            type: object
            properties:
              class: {type: string}
              hashCode: {type: string}
              builder: {type: string}
              2fa: {type: boolean}
              _private: {type: string}
              object: {type: string}
              org_name: {type: string}
              orgName: {type: string}
              named: {type: string, x-telewire-name: chosenName}
              status: {type: string, enum: [active, in-progress, UNRECOGNIZED, camelCase, 'x y']}
              str: {$ref: '#/components/schemas/String'}
      """));

  private static List<String> declarations() {
    return API.declarations().stream().map(GeneratedApi.Declaration::text).toList();
  }

  @Test
  void operationWithoutIdOrSummaryIsNamedByMethodAndPath() {
    assertThat(API.methods()).containsEntry("GET /things/{thingId}", "DefaultApi.getThingsByThingId");
  }

  @Test
  void summaryDropsParenthesesAndLowersAllCapitalWords() {
    assertThat(API.methods()).containsEntry("GET /things", "DefaultApi.listThings");
  }

  @Test
  void summaryWordKeepsItsInnerCapital() {
    assertThat(API.methods()).containsEntry("POST /things", "DefaultApi.createIPhoneThing");
  }

  @Test
  void summaryStartingWithADigitOrOfArticlesOnlyFallsBackOnThePath() {
    assertThat(API.methods()).containsEntry("PUT /other", "DefaultApi.putOther").containsEntry("DELETE /other", "DefaultApi.deleteOther");
  }

  @Test
  void blankNamesCountAsNone() {
    assertThat(API.methods()).containsEntry("PATCH /other", "DefaultApi.patchOther");
  }

  @Test
  void inlineRequestAndResponsesAreNamedByOperationAndStatus() {
    assertThat(declarations()).contains(
        "Call<CreateIPhoneThingResponse> DefaultApi.createIPhoneThing(CreateIPhoneThingRequest)",
        "record CreateIPhoneThing400Response",
        "Call<List<ListThingsResponseItem>> DefaultApi.listThings()");
  }

  @Test
  void componentNamedLikeAJavaTypeGetsAModelPrefix() {
    assertThat(declarations()).contains("record ModelString", "ModelString Thing.str()").doesNotContain("record String");
  }

  @Test
  void componentIsRenamedByItsExtension() {
    assertThat(declarations()).contains("record Chosen", "String Chosen.x()").doesNotContain("record Renamed");
  }

  @Test
  void keywordsAndTakenMembersGetATrailingUnderscore() {
    assertThat(declarations()).contains("String Thing.class_()", "String Thing.hashCode_()", "String Thing.builder_()");
  }

  @Test
  void leadingDigitGetsALeadingUnderscoreAndAWireUnderscoreStays() {
    assertThat(declarations()).contains("Boolean Thing._2fa()", "String Thing._private()");
  }

  @Test
  void generatorReservedWordThatJavaAllowsKeepsItsName() {
    assertThat(declarations()).contains("String Thing.object()");
  }

  @Test
  void clashingPropertyNamesAreNumberedAndTheExactWireNameKeepsIts() {
    assertThat(declarations()).contains("String Thing.orgName()", "String Thing.orgName2()");
  }

  @Test
  void propertyIsRenamedByItsExtension() {
    assertThat(declarations()).contains("String Thing.chosenName()").doesNotContain("String Thing.named()");
  }

  @Test
  void enumConstantsAreUpperCaseAndNeverUnrecognized() {
    assertThat(declarations()).contains("ThingStatus Thing.status()", "ThingStatus.ACTIVE", "ThingStatus.IN_PROGRESS",
        "ThingStatus.CAMEL_CASE", "ThingStatus.X_Y", "ThingStatus.UNRECOGNIZED_");
  }
}
