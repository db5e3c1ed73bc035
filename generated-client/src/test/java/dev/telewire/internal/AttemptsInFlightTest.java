package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.telewire.Servers;
import dev.telewire.TruedyClient;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The SDK tracks each attempt while it runs (its deadline and whether a response arrived) and
 * lets go of it when it ends, whatever the outcome, sync or async: a client that sends millions
 * of calls holds none of them.
 */
@Timeout(5)
class AttemptsInFlightTest {
  private static final PhoneNumberUnassignRequest UNASSIGN = PhoneNumberUnassignRequest.builder()
      .numberId("num_11111111-1111-1111-1111-111111111111")
      .assignmentType(AssignmentType.INBOUND)
      .build();
  private static final String ANSWER = "{\"data\":{\"number\":\"+18005559876\",\"agent_id\":null,"
      + "\"unassigned_at\":\"2026-04-05T10:22:00Z\"},\"meta\":{\"request_id\":\"req_1\",\"ts\":\"2026-04-05T10:22:00Z\"}}";

  private final MockWebServer server = Servers.failingFast();
  private final List<Call> sent = new CopyOnWriteArrayList<>();
  private TruedyClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    OkHttpClient own = new OkHttpClient.Builder()
        .eventListener(new EventListener() {
          @Override
          public void callStart(Call call) {
            sent.add(call);
          }
        })
        .build();
    client = TruedyClient.builder().apiKey("tr_secret").baseUrl(server.url("/").toString())
        .okHttpClient(own).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private void assertNothingInFlight() {
    assertThat(sent).as("attempts sent").isNotEmpty();
    assertThat(sent).allSatisfy(call -> assertThat(InFlight.of(call)).as("still tracked").isNull());
  }

  @Test
  void answeredCallIsNoLongerTracked() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(ANSWER));

    client.telephony().unassignPhoneNumber(UNASSIGN);

    assertNothingInFlight();
  }

  @Test
  void callWithoutAnAnswerIsNoLongerTracked() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    assertThat(catchThrowable(() -> client.telephony().unassignPhoneNumber(UNASSIGN))).isNotNull();

    assertNothingInFlight();
  }

  @Test
  void answeredAsyncCallIsNoLongerTracked() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(ANSWER));

    client.async().telephony().unassignPhoneNumber(UNASSIGN).get(5, TimeUnit.SECONDS);

    assertNothingInFlight();
  }

  @Test
  void asyncCallWithoutAnAnswerIsNoLongerTracked() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));

    assertThat(catchThrowable(() -> client.async().telephony().unassignPhoneNumber(UNASSIGN).get(5, TimeUnit.SECONDS)))
        .isNotNull();

    assertNothingInFlight();
  }
}
