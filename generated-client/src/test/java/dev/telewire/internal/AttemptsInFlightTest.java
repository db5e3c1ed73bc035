package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.telewire.RequestOptions;
import dev.telewire.Servers;
import dev.telewire.TruedyClient;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import java.time.Duration;
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

/**
 * The SDK tracks each attempt while it runs (its deadline and whether a response arrived) and
 * lets go of it when it ends, whatever the outcome, sync or async: a client that sends millions
 * of calls holds none of them. A caller's own interceptor also shows what each attempt runs with:
 * the per-call connect and read timeouts, and whether its whole-attempt timeout is the sweeper's
 * (one second or more, OkHttp's own cleared) or OkHttp's.
 */
class AttemptsInFlightTest {
  private static final PhoneNumberUnassignRequest UNASSIGN = PhoneNumberUnassignRequest.builder()
      .numberId("num_11111111-1111-1111-1111-111111111111")
      .assignmentType(AssignmentType.INBOUND)
      .build();
  private static final String ANSWER = "{\"data\":{\"number\":\"+18005559876\",\"agent_id\":null,"
      + "\"unassigned_at\":\"2026-04-05T10:22:00Z\"},\"meta\":{\"request_id\":\"req_1\",\"ts\":\"2026-04-05T10:22:00Z\"}}";

  private final MockWebServer server = Servers.failingFast();
  private final List<Call> sent = new CopyOnWriteArrayList<>();
  /** What the caller's own interceptor saw of each attempt: the chain's timeouts and the SDK's tracking. */
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private TruedyClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    OkHttpClient own = new OkHttpClient.Builder()
        .callTimeout(Duration.ofSeconds(45))
        .eventListener(new EventListener() {
          @Override
          public void callStart(Call call) {
            sent.add(call);
          }
        })
        .addInterceptor(chain -> {
          InFlight.Entry entry = InFlight.of(chain.call());
          seen.add("connect=" + chain.connectTimeoutMillis() + " read=" + chain.readTimeoutMillis()
              + " okhttpCallTimeoutMs=" + TimeUnit.NANOSECONDS.toMillis(chain.call().timeout().timeoutNanos())
              + " sweptMs=" + (entry == null ? "untracked" : TimeUnit.NANOSECONDS.toMillis(entry.timeoutNanos)));
          return chain.proceed(chain.request());
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

  /** Sends one answered call with {@code options} and returns what the caller's interceptor saw of it. */
  private String seenWith(RequestOptions.Builder options) {
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(ANSWER));
    client.telephony().unassignPhoneNumber(UNASSIGN, options.build());
    assertThat(seen).hasSize(1);
    return seen.get(0);
  }

  @Test
  void perCallConnectAndReadTimeoutsReachTheChain() {
    String attempt = seenWith(RequestOptions.builder().connectTimeout(Duration.ofMillis(1234)).readTimeout(Duration.ofMillis(2345)));

    assertThat(attempt).startsWith("connect=1234 read=2345 ");
  }

  @Test
  void perCallConnectTimeoutAloneReachesTheChain() {
    String attempt = seenWith(RequestOptions.builder().connectTimeout(Duration.ofMillis(1234)));

    assertThat(attempt).startsWith("connect=1234 read=10000 ");
  }

  @Test
  void timeoutOfASecondOrMoreIsTheSweepersWithOkHttpsCleared() {
    String attempt = seenWith(RequestOptions.builder().timeout(Duration.ofSeconds(30)));

    assertThat(attempt).endsWith(" okhttpCallTimeoutMs=0 sweptMs=30000");
  }

  @Test
  void timeoutUnderASecondIsOkHttpsAndTheAttemptIsTrackedWithoutADeadline() {
    String attempt = seenWith(RequestOptions.builder().timeout(Duration.ofMillis(900)));

    assertThat(attempt).endsWith(" okhttpCallTimeoutMs=900 sweptMs=0");
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
