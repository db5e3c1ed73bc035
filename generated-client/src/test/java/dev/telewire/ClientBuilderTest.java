package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.vida.model.ReturnPhoneNumberRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class ClientBuilderTest {
  private static final PhoneNumberUnassignRequest TRUEDY_REQUEST =
      PhoneNumberUnassignRequest.builder().numberId("num_1").assignmentType(AssignmentType.INBOUND).build();
  private static final ReturnPhoneNumberRequest VIDA_REQUEST =
      ReturnPhoneNumberRequest.builder().number("+12145551234").build();

  @Test
  void missingApiKeyNamesTheSettingAndTheVariable() {
    assertThatThrownBy(() -> TruedyClient.builder().environment(name -> null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey")
        .hasMessageContaining("TRUEDY_API_KEY");
  }

  @Test
  void missingApiTokenNamesTheSettingAndTheVariable() {
    assertThatThrownBy(() -> VidaClient.builder().environment(name -> null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiToken")
        .hasMessageContaining("VIDA_API_TOKEN");
  }

  @Test
  void unknownLogLevelInTheEnvironmentFailsTheBuildNotTheFirstCall() {
    assertThatThrownBy(
            () -> TruedyClient.builder().apiKey("sk_test_key").environment(Map.of("TELEWIRE_LOG", "loud")::get).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TELEWIRE_LOG")
        .hasMessageContaining("loud");
  }

  @Test
  void blankApiKeyIsRefused() {
    assertThatThrownBy(() -> TruedyClient.builder().apiKey("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiKey");
  }

  @Test
  void apiKeyAndBaseUrlFallBackToTheEnvironment() throws Exception {
    try (MockWebServer server = Servers.failingFast()) {
      server.enqueue(new MockResponse().setBody(TruedyClientTest.DOCUMENTED_200));
      Map<String, String> env =
          Map.of("TRUEDY_API_KEY", "from_env", "TRUEDY_BASE_URL", server.url("/v1").toString());

      TruedyClient client = TruedyClient.builder().environment(env::get).build();
      client.retrofit().telephony().unassignPhoneNumber(TRUEDY_REQUEST).execute();

      var request = server.takeRequest();
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer from_env");
      assertThat(request.getPath()).isEqualTo("/v1/telephony/numbers/unassign");
    }
  }

  @Test
  void defaultBaseUrlIsTheSpecServer() {
    TruedyClient truedy = TruedyClient.builder().apiKey("tr_key_123").environment(name -> null).build();
    VidaClient vida = VidaClient.builder().apiToken("vida_tok_123").environment(name -> null).build();

    assertThat(truedy.toString()).contains("baseUrl=https://api.truedy.ai/api/public/v1/");
    assertThat(vida.toString()).contains("baseUrl=https://api.vida.dev/");
  }

  @Test
  void plainHttpToAnotherHostIsRefused() {
    assertThatThrownBy(() -> TruedyClient.builder().apiKey("tr_key_123").baseUrl("http://api.truedy.ai/v1/").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @Test
  void toStringNeverShowsTheCredential() {
    TruedyClient truedy = TruedyClient.builder().apiKey("tr_secret_123").build();
    VidaClient vida = VidaClient.builder().apiToken("vida_secret_456").build();

    assertThat(truedy.toString()).doesNotContain("tr_secret_123").contains("****");
    assertThat(vida.toString()).doesNotContain("vida_secret_456").contains("****");
    assertThat(truedy.newBuilder().toString()).doesNotContain("tr_secret_123");
  }

  @Test
  void newBuilderMakesAVariantWithTheSameCredential() throws Exception {
    try (MockWebServer server = Servers.failingFast()) {
      server.enqueue(new MockResponse().setBody(VidaClientTest.DOCUMENTED_200));
      VidaClient original = VidaClient.builder().apiToken("vida_tok_123").build();

      VidaClient variant = original.newBuilder().baseUrl(server.url("/").toString()).build();
      variant.retrofit().phoneNumbers().returnPhoneNumber(VIDA_REQUEST).execute();

      assertThat(server.takeRequest().getRequestUrl().queryParameter("token")).isEqualTo("vida_tok_123");
    }
  }

  @Test
  void newBuilderVariantKeepsTheOriginalsSettingsItDoesNotChange() throws Exception {
    try (MockWebServer server = Servers.failingFast()) {
      server.enqueue(new MockResponse().setResponseCode(503));
      server.enqueue(new MockResponse().setResponseCode(503));
      server.enqueue(new MockResponse().setBody(TruedyClientTest.DOCUMENTED_200));
      RecordingSleeper sleeper = new RecordingSleeper();
      TruedyClient original = TruedyClient.builder().apiKey("tr_secret_123").baseUrl(server.url("/").toString())
          .maxRetries(0).sleeper(sleeper).jitter(() -> 0).build();

      TruedyClient variant = original.newBuilder().maxRetries(2).build();
      variant.telephony().unassignPhoneNumber(TRUEDY_REQUEST);

      assertThat(server.getRequestCount()).isEqualTo(3);
      assertThat(sleeper.sleeps).hasSize(2);
      assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer tr_secret_123");
    }
  }

  @Test
  void newBuilderLeavesTheOriginalClientUnchanged() throws Exception {
    try (MockWebServer server = Servers.failingFast()) {
      server.enqueue(new MockResponse().setResponseCode(503));
      TruedyClient original = TruedyClient.builder().apiKey("tr_secret_123").baseUrl(server.url("/").toString())
          .maxRetries(0).build();

      original.newBuilder().maxRetries(2).build();

      assertThatThrownBy(() -> original.telephony().unassignPhoneNumber(TRUEDY_REQUEST))
          .isInstanceOf(dev.telewire.errors.InternalServerException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void callersOwnEventListenerStillSeesEveryCall() throws Exception {
    try (MockWebServer server = Servers.failingFast()) {
      server.enqueue(new MockResponse().setBody(TruedyClientTest.DOCUMENTED_200));
      List<String> events = new CopyOnWriteArrayList<>();
      OkHttpClient http = new OkHttpClient.Builder().eventListener(new EventListener() {
        @Override
        public void responseHeadersEnd(Call call, Response response) {
          events.add("responseHeadersEnd " + response.code());
        }

        @Override
        public void callEnd(Call call) {
          events.add("callEnd");
        }
      }).build();
      TruedyClient client = TruedyClient.builder().apiKey("tr_secret_123").baseUrl(server.url("/").toString())
          .okHttpClient(http).build();

      client.telephony().unassignPhoneNumber(TRUEDY_REQUEST);

      assertThat(events).containsExactly("responseHeadersEnd 200", "callEnd");
    }
  }
}
