package dev.telewire;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain HTTP carries the credential only to this machine, decided on the parsed host, never on a
 * prefix of its name, and without asking DNS.
 */
class PlainHttpTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.0.0.1.example.com/", "http://127.evil.example/", "http://localhost.example.com/",
      "http://api.localhost/", "http://128.0.0.1/", "http://127.1/", "http://127.0.0.01/", "http://0177.0.0.1/",
      "http://[::2]/", "http://[::ffff:10.0.0.1]/", "http://10.0.0.1/", "http://127.0.0.256/",
      "http://127.0.0.a/", "http://127.0.0.1a/"})
  void truedyRefusesPlainHttpToAnotherHost(String baseUrl) {
    assertThatThrownBy(() -> TruedyClient.builder().apiKey(VendorCall.TRUEDY_KEY).baseUrl(baseUrl).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl must use https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1.example.com/", "http://127.0.0.1.nip.io/"})
  void vidaRefusesPlainHttpToAHostNamedLikeALoopbackAddress(String baseUrl) {
    assertThatThrownBy(() -> VidaClient.builder().apiToken(VendorCall.VIDA_TOKEN).baseUrl(baseUrl).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl must use https");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "http://localhost:8080/", "http://LOCALHOST/", "http://127.0.0.1/", "http://127.0.0.10/", "http://127.0.0.9/",
      "http://127.255.255.254:9/", "http://[::1]:8080/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:127.0.0.1]/"})
  void plainHttpToThisMachineIsAllowed(String baseUrl) {
    assertThatCode(() -> TruedyClient.builder().apiKey(VendorCall.TRUEDY_KEY).baseUrl(baseUrl).build())
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://127.0.0.1.example.com/", "https://api.truedy.ai/v1/"})
  void httpsIsAllowedToAnyHost(String baseUrl) {
    assertThatCode(() -> TruedyClient.builder().apiKey(VendorCall.TRUEDY_KEY).baseUrl(baseUrl).build())
        .doesNotThrowAnyException();
  }
}
