package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Truedy's registration declares {@code idempotencyHeader: X-Idempotency-Key}; Vida's declares none. */
class IdempotencyKeyTest {
  private static final String HEADER = "X-Idempotency-Key";

  private final MockWebServer server = Servers.failingFast();
  private TruedyClient truedy;

  @BeforeEach
  void start() throws Exception {
    server.start();
    truedy = TruedyClient.builder().apiKey("tr_secret_key").baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void retriedAttemptsCarryTheSameKey() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));

    truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN);

    String first = server.takeRequest().getHeader(HEADER);
    assertThat(first).isNotBlank();
    assertThat(server.takeRequest().getHeader(HEADER)).isEqualTo(first);
  }

  @Test
  void asyncRetriedAttemptsCarryTheSameKey() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));

    Await.join(truedy.async().telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(server.takeRequest().getHeader(HEADER)).isNotBlank().isEqualTo(server.takeRequest().getHeader(HEADER));
  }

  @Test
  void twoCallsCarryDifferentKeys() throws Exception {
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));

    truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN);
    truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(server.takeRequest().getHeader(HEADER)).isNotEqualTo(server.takeRequest().getHeader(HEADER));
  }

  @Test
  void userSuppliedKeyWins() throws Exception {
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));

    truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN, RequestOptions.builder().putHeader("x-idempotency-key", "mine").build());

    assertThat(server.takeRequest().getHeaders().values(HEADER)).containsExactly("mine");
  }

  @Test
  void vendorWithoutAnIdempotencyHeaderSendsNone() throws Exception {
    VidaClient vida = VidaClient.builder().apiToken("vida_secret_token").baseUrl(server.url("/").toString()).build();
    server.enqueue(new MockResponse().setBody(Requests.VIDA_200));

    vida.phoneNumbers().returnPhoneNumber(Requests.RETURN);

    assertThat(server.takeRequest().getHeader(HEADER)).isNull();
  }
}
