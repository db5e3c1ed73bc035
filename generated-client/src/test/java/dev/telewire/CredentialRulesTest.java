package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A credential that cannot be a real key, or cannot travel safely, fails the build naming the setting, never the value. */
class CredentialRulesTest {
  private static Throwable truedyWith(String key) {
    return catchThrowable(() -> TruedyClient.builder().apiKey(key).build());
  }

  @Test
  void apiKeyShorterThanEightCharactersIsRefused() {
    assertThat(truedyWith("tr_1234")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiKey").hasMessageContaining("at least 8 characters");
  }

  @Test
  void shortApiKeyIsNotEchoed() {
    assertThat(truedyWith("tr_1234")).hasMessageNotContaining("tr_1234");
  }

  @Test
  void oneCharacterApiTokenIsRefused() {
    Throwable error = catchThrowable(() -> VidaClient.builder().apiToken("x").build());

    assertThat(error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiToken");
  }

  @Test
  void apiKeyOfExactlyEightCharactersIsAccepted() {
    assertThatCode(() -> TruedyClient.builder().apiKey("tr_12345").build()).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "tr_secret key", "tr_secret\r\nX-Evil: 1", "tr_secret\n", "tr_secret\t", "tr_s\u00e9cret_key", "tr_secret_\u0000"})
  void apiKeyWithASpaceControlOrNonAsciiCharacterIsRefused(String key) {
    assertThat(truedyWith(key)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiKey").hasMessageContaining("printable ASCII");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr_secret key", "tr_secret\r\nX-Evil: 1", "tr_s\u00e9cret_key"})
  void refusedApiKeyIsNotEchoed(String key) {
    assertThat(truedyWith(key)).hasMessageNotContaining("tr_s");
  }
}
