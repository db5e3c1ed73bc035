package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a client's base URL comes from (the builder, else the environment, else the vendor's) and its trailing slash. */
class ClientSettingsTest {
  private static final String DEFAULT_URL = "https://api.acme.test/v2/";

  private static ClientSettings settings(String baseUrl, Map<String, String> environment) {
    Vendor vendor = new Vendor("Acme", "apiKey", "ACME_API_KEY", "ACME_BASE_URL", DEFAULT_URL,
        Credentials.Placement.BEARER_HEADER, "Authorization", ErrorEnvelope.builder().build());
    ClientSettings.Builder builder = ClientSettings.builder(vendor);
    builder.key("acme_secret_key");
    if (baseUrl != null) {
      builder.options().baseUrl(baseUrl);
    }
    builder.options().environment(environment::get);
    return builder.build();
  }

  private static String baseUrl(ClientSettings settings) {
    return settings.retrofit().baseUrl().toString();
  }

  @Test
  void baseUrlWithoutATrailingSlashGetsOne() {
    assertThat(baseUrl(settings("https://eu.acme.test/v1", Map.of()))).isEqualTo("https://eu.acme.test/v1/");
  }

  @Test
  void baseUrlEndingInASlashIsKeptAsItIs() {
    assertThat(baseUrl(settings("https://eu.acme.test/v1/", Map.of()))).isEqualTo("https://eu.acme.test/v1/");
  }

  @Test
  void environmentGivesTheBaseUrlWhenTheBuilderDoesNot() {
    assertThat(baseUrl(settings(null, Map.of("ACME_BASE_URL", "https://staging.acme.test/"))))
        .isEqualTo("https://staging.acme.test/");
  }

  @Test
  void blankBaseUrlOnTheBuilderFallsBackToTheEnvironment() {
    assertThat(baseUrl(settings(" ", Map.of("ACME_BASE_URL", "https://staging.acme.test/"))))
        .isEqualTo("https://staging.acme.test/");
  }

  @Test
  void builderBaseUrlWinsOverTheEnvironment() {
    assertThat(baseUrl(settings("https://eu.acme.test/", Map.of("ACME_BASE_URL", "https://staging.acme.test/"))))
        .isEqualTo("https://eu.acme.test/");
  }

  @Test
  void withoutEitherTheVendorsBaseUrlIsUsed() {
    assertThat(baseUrl(settings(null, Map.of()))).isEqualTo(DEFAULT_URL);
  }
}
