package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.truedy.model.UnassignPhoneNumberResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TruedyClientTest {
  /** The 200 example of the Truedy spec, with a field the spec does not list. */
  static final String DOCUMENTED_200 =
      """
      {"data":{"number":"+18005559876","agent_id":null,"unassigned_at":"2026-04-05T10:22:00Z","carrier":"x"},
       "meta":{"request_id":"req_32e7531c","ts":"2026-04-05T10:22:00Z"}}""";

  private final MockWebServer server = Servers.failingFast();
  private TruedyClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client =
        TruedyClient.builder()
            .apiKey("tr_test_key")
            .baseUrl(server.url("/api/public/v1/").toString())
            .build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static PhoneNumberUnassignRequest inboundRequest() {
    return PhoneNumberUnassignRequest.builder()
        .numberId("num_11111111-1111-1111-1111-111111111111")
        .assignmentType(AssignmentType.INBOUND)
        .build();
  }

  @Test
  void unassignPostsToTheOperationPathUnderTheBasePath() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    client.telephony().unassignPhoneNumber(inboundRequest());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/api/public/v1/telephony/numbers/unassign");
  }

  @Test
  void unassignSendsTheApiKeyAsBearerToken() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    client.telephony().unassignPhoneNumber(inboundRequest());

    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer tr_test_key");
  }

  @Test
  void unassignSendsTheBearerTokenAndUserAgentExactlyOnce() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    client.telephony().unassignPhoneNumber(inboundRequest());

    okhttp3.Headers sent = server.takeRequest().getHeaders();
    assertThat(sent.values("Authorization")).containsExactly("Bearer tr_test_key");
    assertThat(sent.values("User-Agent")).hasSize(1);
  }

  @Test
  void callersOwnApplicationInterceptorDoesNotSeeTheBearerToken() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(chain -> {
      seen.add(String.valueOf(chain.request().header("Authorization")));
      return chain.proceed(chain.request());
    }).build();
    TruedyClient own = client.newBuilder().okHttpClient(http).build();

    own.telephony().unassignPhoneNumber(inboundRequest());

    assertThat(seen).containsExactly("null");
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer tr_test_key");
  }

  @Test
  void unassignSendsJsonWithTheSpecFieldNames() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    client.telephony().unassignPhoneNumber(inboundRequest());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(request.getBody().readUtf8())
        .isEqualTo("{\"number_id\":\"num_11111111-1111-1111-1111-111111111111\",\"assignment_type\":\"inbound\"}");
  }

  @Test
  void unassignParsesTheDocumentedResponse() {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    UnassignPhoneNumberResponse response = client.telephony().unassignPhoneNumber(inboundRequest());

    assertThat(response.data().number()).isEqualTo("+18005559876");
    assertThat(response.data().agentId()).isNull();
    assertThat(response.data().unassignedAt())
        .isEqualTo(OffsetDateTime.of(2026, 4, 5, 10, 22, 0, 0, ZoneOffset.UTC));
    assertThat(response.meta().requestId()).isEqualTo("req_32e7531c");
    assertThat(response.meta().ts()).isEqualTo(OffsetDateTime.of(2026, 4, 5, 10, 22, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void unassignParsesAnAssignedAgent() {
    server.enqueue(
        new MockResponse()
            .setBody(DOCUMENTED_200.replace("\"agent_id\":null", "\"agent_id\":\"agt_42\"")));

    UnassignPhoneNumberResponse response = client.telephony().unassignPhoneNumber(inboundRequest());

    assertThat(response.data().agentId()).isEqualTo("agt_42");
  }

  @Test
  void outboundAssignmentTypeIsSentByItsWireValue() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    client.telephony().unassignPhoneNumber(inboundRequest().toBuilder().assignmentType(AssignmentType.OUTBOUND).build());

    assertThat(server.takeRequest().getBody().readUtf8()).contains("\"assignment_type\":\"outbound\"");
  }

  @Test
  void generatedInterfaceIsReachableAndAuthenticated() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    var response = client.retrofit().telephony().unassignPhoneNumber(inboundRequest()).execute();

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body().meta().requestId()).isEqualTo("req_32e7531c");
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer tr_test_key");
  }

  @Test
  void cancellingTheAsyncCallCancelsTheHttpCall() throws Exception {
    CancelledCalls calls = new CancelledCalls();
    TruedyClient withListener = client.newBuilder().okHttpClient(calls.http()).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    var future = withListener.async().telephony().unassignPhoneNumber(inboundRequest());
    server.takeRequest(10, TimeUnit.SECONDS);
    future.cancel(true);

    assertThat(calls.awaitCancel()).isTrue();
  }
}
