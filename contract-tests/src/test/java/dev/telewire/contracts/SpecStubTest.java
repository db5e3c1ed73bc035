package dev.telewire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.HttpResponse;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.model.generators.Generators;
import au.com.dius.pact.core.model.matchingrules.MatchingRulesImpl;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The spec-following provider stub, judged with Pact's own response matching: it satisfies a pact
 * that asks only what the spec promises, and refuses one that asks for more (so the provider
 * verification in the build would fail on such a pact).
 */
class SpecStubTest {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private final OkHttpClient http = new OkHttpClient();
  private final SpecStub truedy = SpecStub.start(EffectiveSpec.of("truedy"), ProviderStates.TRUEDY_STATUS, 0);

  @AfterEach
  void stop() throws IOException {
    truedy.close();
  }

  @Test
  void pactAskingOnlyWhatTheSpecPromisesMatchesTheStub() throws Exception {
    truedy.enter(ProviderStates.TRUEDY_NUMBER_ASSIGNED_INBOUND);

    assertThat(mismatches("truedy-valid.json")).isEmpty();
  }

  @Test
  void pactRequiringAnUndocumentedHeaderFailsAgainstTheStub() throws Exception {
    truedy.enter(ProviderStates.TRUEDY_RATE_USED_UP);

    assertThat(mismatches("truedy-undocumented-header.json"))
        .extracting(Mismatch::description)
        .singleElement()
        .asString()
        .contains("Retry-After");
  }

  @Test
  void stateChangeRequestSelectsTheDocumentedStatus() throws Exception {
    post(SpecStub.STATE_PATH, "{\"state\": \"" + ProviderStates.TRUEDY_NO_SUCH_NUMBER + "\", \"action\": \"setup\"}").close();

    try (Response response = post("/api/public/v1/telephony/numbers/unassign", "{}")) {
      assertThat(response.code()).isEqualTo(404);
    }
  }

  @Test
  void unknownProviderStateIsRefused() throws Exception {
    try (Response response = post(SpecStub.STATE_PATH, "{\"state\": \"the moon is full\"}")) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string()).contains("the moon is full");
    }
  }

  @Test
  void pathTheSpecDoesNotHaveIsNotFound() throws Exception {
    truedy.enter(ProviderStates.TRUEDY_NUMBER_ASSIGNED_INBOUND);

    try (Response response = post("/api/public/v1/telephony/numbers/assign", "{}")) {
      assertThat(response.code()).isEqualTo(404);
    }
  }

  /** Replays the fixture's only interaction against the stub and matches the answer as Pact does. */
  private List<Mismatch> mismatches(String fixture) throws Exception {
    SynchronousRequestResponse interaction = DefaultPactReader.INSTANCE.loadPact(fixture(fixture).toFile())
        .getInteractions().get(0).asSynchronousRequestResponse();
    String body = interaction.getRequest().getBody().valueAsString();
    try (Response response = post(interaction.getRequest().getPath(), body)) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      response.headers().names().forEach(name -> headers.put(name, response.headers(name)));
      String contentType = response.header("Content-Type");
      byte[] bytes = response.body().bytes();
      HttpResponse actual = new HttpResponse(response.code(), headers,
          bytes.length == 0 ? OptionalBody.missing() : OptionalBody.body(bytes, new ContentType(contentType)),
          new MatchingRulesImpl(), new Generators());
      return ResponseMatching.responseMismatches(interaction.getResponse(), actual);
    }
  }

  private Response post(String path, String json) throws IOException {
    return http.newCall(new Request.Builder()
        .url("http://127.0.0.1:" + truedy.port() + path)
        .post(RequestBody.create(json, JSON))
        .build()).execute();
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(SpecStubTest.class.getResource("/fixtures/" + name).toURI());
  }
}
