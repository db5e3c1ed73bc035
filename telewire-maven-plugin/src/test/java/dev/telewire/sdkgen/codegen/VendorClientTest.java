package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
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

  private static ClientView client(String security) {
    OpenAPI openAPI = new OpenAPIParser().readContents(SPEC.formatted(security), null, null).getOpenAPI();
    return VendorClient.of(openAPI);
  }

  @Test
  void bearerSchemeSendsTheAuthorizationHeader() {
    ClientView client = client("security: [{bearer: []}]");

    assertThat(client.placement()).isEqualTo("BEARER_HEADER");
    assertThat(client.credentialName()).isEqualTo("Authorization");
  }

  @Test
  void queryApiKeyUsesTheSchemesParameterName() {
    ClientView client = client("security: [{key: []}]");

    assertThat(client.placement()).isEqualTo("QUERY");
    assertThat(client.credentialName()).isEqualTo("key");
  }

  @Test
  void namesComeFromTheExtensionWithDefaultsForTheRest() {
    ClientView client = client("security: [{bearer: []}]");

    assertThat(client)
        .extracting(ClientView::vendor, ClientView::credentialConstant, ClientView::credentialVariable, ClientView::baseUrlVariable)
        .containsExactly("Acme", "API_TOKEN_VARIABLE", "ACME_API_TOKEN", "ACME_BASE_URL");
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
