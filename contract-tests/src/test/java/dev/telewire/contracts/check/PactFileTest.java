package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactFileTest {
  @Test
  void readsTheInteractionOfAV4Pact() {
    PactFile pact = PactFile.read(SpecCheckTest.fixture("vida-valid.json"));

    assertThat(pact.provider()).isEqualTo("vida-api");
    assertThat(pact.interactions()).singleElement()
        .satisfies(i -> assertThat(i.description()).isEqualTo("a request to return a number on the account"))
        .satisfies(i -> assertThat(i.providerStates()).containsExactly("phone number +12145551234 is on the reseller account"));
  }

  @Test
  void namesItsConsumerFileAndSize() {
    Path file = SpecCheckTest.fixture("vida-valid.json");
    PactFile pact = PactFile.read(file);

    assertThat(pact.consumer()).isEqualTo("telewire");
    assertThat(pact.file()).isEqualTo(file);
    assertThat(pact).hasToString("telewire -> vida-api (" + file + ", 1 interactions)");
  }

  @Test
  void interactionNamesItsRequestAndStatus() {
    Interaction interaction = PactFile.read(SpecCheckTest.fixture("vida-valid.json")).interactions().get(0);

    assertThat(interaction.status()).isEqualTo(200);
    assertThat(interaction).hasToString("a request to return a number on the account (POST /api/v2/phoneNumber/return -> 200)");
  }

  @Test
  void base64BodyIsDecodedBeforeParsing(@TempDir Path dir) throws IOException {
    Path pact = Files.writeString(dir.resolve("b64.json"), pactWithResponseBody(
        "{\"content\": \"eyJhIjogMX0=\", \"contentType\": \"application/json\", \"encoded\": \"base64\"}"));

    assertThat(PactFile.read(pact).interactions().get(0).response().body().json().path("a").asInt()).isEqualTo(1);
  }

  @Test
  void nonJsonBodyIsKeptWithoutContent(@TempDir Path dir) throws IOException {
    Path pact = Files.writeString(dir.resolve("text.json"), pactWithResponseBody(
        "{\"content\": \"hello\", \"contentType\": \"text/plain\"}"));

    RecordedBody body = PactFile.read(pact).interactions().get(0).response().body();
    assertThat(body.contentType()).isEqualTo("text/plain");
    assertThat(body.json()).isNull();
  }

  @Test
  void ruleIdIsItsShortName() {
    assertThat(Rule.RESPONSE_HEADER.id()).isEqualTo("response.header");
  }

  private static String pactWithResponseBody(String body) {
    return "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[{\"type\":\"Synchronous/HTTP\","
        + "\"description\":\"d\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},"
        + "\"response\":{\"status\":200,\"body\":" + body + "}}],"
        + "\"metadata\":{\"pactSpecification\":{\"version\":\"4.0\"}}}";
  }

  @Test
  void pactOfAnEarlierSpecificationIsRefusedNamingTheVersion(@TempDir Path dir) throws IOException {
    Path v3 = Files.writeString(dir.resolve("v3.json"),
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[],"
            + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");

    assertThatThrownBy(() -> PactFile.read(v3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v3.json")
        .hasMessageContaining("'3.0.0', expected 4.x");
  }
}
