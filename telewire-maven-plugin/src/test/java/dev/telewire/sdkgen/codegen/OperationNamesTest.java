package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sdkgen.SpecDocuments;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operations without an operationId are named from their summary, verb first. */
class OperationNamesTest {
  @Test
  void summaryGivesVerbFirstNameWithoutArticles() {
    assertThat(OperationNames.fromSummary("List tokens")).isEqualTo("listTokens");
    assertThat(OperationNames.fromSummary("Create a token")).isEqualTo("createToken");
    assertThat(OperationNames.fromSummary("Restore Version to Agent")).isEqualTo("restoreVersionToAgent");
    assertThat(OperationNames.fromSummary("Get the API key (admin only)")).isEqualTo("getApiKey");
  }

  @Test
  void noSummaryFallsBackOnMethodAndPath() {
    assertThat(OperationNames.fromPath(HttpMethod.GET, "/api/v2/tokens/{tokenId}")).isEqualTo("getApiV2TokensByTokenId");
  }

  @Test
  void sameSummaryTwiceNumbersTheLaterOperationInSpecOrder() {
    Map<String, String> methods = GeneratedApi.of(SpecDocuments.parse("""
        openapi: 3.0.0
        info: {title: Twice, version: '1'}
        paths:
          /a:
            get: {summary: List things, responses: {'204': {description: none}}}
          /b:
            get: {summary: List things, responses: {'204': {description: none}}}
        """)).methods();
    assertThat(methods).containsEntry("GET /a", "DefaultApi.listThings").containsEntry("GET /b", "DefaultApi.listThings2");
  }

  @Test
  void operationIdWinsOverSummaryAndXTelewireNameWinsOverBoth() {
    Map<String, String> methods = GeneratedApi.of(SpecDocuments.parse("""
        openapi: 3.0.0
        info: {title: Named, version: '1'}
        paths:
          /a:
            get: {operationId: fetchA, summary: List things, responses: {'204': {description: none}}}
          /b:
            get: {operationId: fetchB, x-telewire-name: listBees, responses: {'204': {description: none}}}
        """)).methods();
    assertThat(methods).containsEntry("GET /a", "DefaultApi.fetchA").containsEntry("GET /b", "DefaultApi.listBees");
  }

  @Test
  void largeSpecWithoutOperationIdsGetsNamesFromWhatOperationsDo() {
    GeneratedApi api = GeneratedApi.of(SpecDocuments.parse(LargeVendorSpec.yaml()));
    assertThat(api.problems()).isEmpty();
    assertThat(api.methods()).hasSize(LargeVendorSpec.operationCount()).hasSizeGreaterThanOrEqualTo(100);
    List<String> machineNames = api.methods().values().stream()
        .map(method -> method.substring(method.indexOf('.') + 1))
        .filter(name -> name.toLowerCase().contains("apiv2") || name.matches(".*(Get|Post|Put|Patch|Delete)$"))
        .toList();
    assertThat(machineNames.size()).isLessThanOrEqualTo(api.methods().size() * 5 / 100);
    assertThat(api.methods()).containsEntry("GET /api/v2/tokens", "TokensApi.listTokens")
        .containsEntry("POST /api/v2/tokens", "TokensApi.createToken")
        .containsEntry("POST /api/v2/agents/{agentId}/versions/{versionId}/restore", "AgentsApi.restoreVersionToAgent");
  }

  @Test
  void inlineModelsAreNamedAfterTheirOperationAndNeverShared() {
    GeneratedApi api = GeneratedApi.of(SpecDocuments.parse(LargeVendorSpec.yaml()));
    Map<String, String> userOf = new HashMap<>();
    api.modelsUsed().forEach((operation, models) -> models.stream().filter(model -> !model.equals("Void")).forEach(model -> {
      String other = userOf.putIfAbsent(model, operation);
      assertThat(other).as("model %s used by %s and %s", model, other, operation).isNull();
    }));
    assertThat(api.declarations()).extracting(GeneratedApi.Declaration::text)
        .contains("Call<ListTokensResponse> TokensApi.listTokens()",
            "Call<CreateTokenResponse> TokensApi.createToken(CreateTokenRequest)",
            "record ListTokensResponseData");
    // The nested data objects are identical too, yet each operation gets its own.
    assertThat(api.declarations()).filteredOn(d -> d.text().matches("record \\w+ResponseData")).hasSize(19 * 4);
  }

  @Test
  void longSummaryKeepsEightWords() {
    assertThat(OperationNames.fromSummary("Send one test event to every webhook of the whole account now"))
        .isEqualTo("sendOneTestEventToEveryWebhookOf");
  }

  @Test
  void inlineSchemasAreNamedByRoleStatusAndItem() {
    GeneratedApi api = GeneratedApi.of(SpecDocuments.parse("""
        openapi: 3.0.0
        info: {title: Roles, version: '1'}
        paths:
          /things:
            get:
              summary: List things
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {type: object, properties: {id: {type: string}}}}
                '404':
                  description: missing
                  content:
                    application/json:
                      schema: {type: object, properties: {reason: {type: string}}}
            post:
              summary: Create a thing
              requestBody:
                content:
                  application/json:
                    schema: {type: object, x-telewire-name: NewThing, properties: {id: {type: string}}}
              responses:
                '204': {description: made}
        """));
    assertThat(api.declarations()).extracting(GeneratedApi.Declaration::text)
        .contains("Call<List<ListThingsResponseItem>> DefaultApi.listThings()", "record ListThings404Response",
            "Call<Void> DefaultApi.createThing(NewThing)");
  }
}
