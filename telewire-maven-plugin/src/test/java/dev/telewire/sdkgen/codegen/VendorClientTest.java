package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vendor client a spec asks for: names and credential placement come from the spec. */
class VendorClientTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info:
        title: Acme API
        version: '1'
        x-telewire-client: {name: AcmeClient, credential: apiToken}
      %s
      paths:
        /things:
          get:
            operationId: listThings
            responses: {'200': {description: ok}}
      components:
        securitySchemes:
          bearer: {type: http, scheme: bearer}
          key: {type: apiKey, in: query, name: key}
          oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://x.test/t', scopes: {}}}}
      """;

  private static Map<String, Object> client(String security) {
    OpenAPI openAPI = new OpenAPIParser().readContents(SPEC.formatted(security), null, null).getOpenAPI();
    return VendorClient.of(openAPI);
  }

  @Test
  void bearerSchemeSendsTheAuthorizationHeader() {
    Map<String, Object> client = client("security: [{bearer: []}]");

    assertThat(client).containsEntry("placement", "BEARER_HEADER").containsEntry("credentialName", "Authorization");
  }

  @Test
  void queryApiKeyUsesTheSchemesParameterName() {
    Map<String, Object> client = client("security: [{key: []}]");

    assertThat(client).containsEntry("placement", "QUERY").containsEntry("credentialName", "key");
  }

  @Test
  void namesComeFromTheExtensionWithDefaultsForTheRest() {
    Map<String, Object> client = client("security: [{bearer: []}]");

    assertThat(client)
        .containsEntry("vendor", "Acme")
        .containsEntry("credentialConstant", "API_TOKEN_VARIABLE")
        .containsEntry("credentialVariable", "ACME_API_TOKEN")
        .containsEntry("baseUrlVariable", "ACME_BASE_URL");
  }

  @Test
  void specWithoutTheExtensionGetsNoClient() {
    OpenAPI openAPI = new OpenAPIParser().readContents(SPEC.formatted("").replace("x-telewire-client", "x-other"), null, null).getOpenAPI();

    assertThat(VendorClient.of(openAPI)).isNull();
  }

  @Test
  void clientWithoutASecurityRequirementIsRefused() {
    assertThatThrownBy(() -> client(""))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("info.x-telewire-client")
        .hasMessageContaining("without a security requirement");
  }

  @Test
  void clientForAnOAuthSchemeIsRefusedNamingIt() {
    assertThatThrownBy(() -> client("security: [{oauth: []}]"))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("'oauth'");
  }

  @Test
  void accessorDropsTheApiSuffixUnlessThatLeavesAKeyword() {
    assertThat(VendorClient.accessor("PhoneNumbersApi")).isEqualTo("phoneNumbers");
    assertThat(VendorClient.accessor("DefaultApi")).isEqualTo("defaultApi");
  }
}
