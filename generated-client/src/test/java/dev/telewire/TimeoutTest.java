package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.telewire.errors.ApiTimeoutException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(5)
class TimeoutTest {
  private final MockWebServer server = Servers.failingFast();
  private TruedyClient.Builder builder;

  @BeforeEach
  void start() throws Exception {
    server.start();
    builder = TruedyClient.builder().apiKey("tr_secret").baseUrl(server.url("/").toString()).maxRetries(0);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  /** A body that trickles out one byte every 100 ms: never idle for long, slow in all. */
  private static MockResponse trickling() {
    return new MockResponse().setBody(Requests.TRUEDY_200).throttleBody(1, 100, TimeUnit.MILLISECONDS);
  }

  @Test
  void connectTimeoutEndsAConnectionNobodyAcceptsInApiTimeout() throws Exception {
    // A loopback listener whose accept queue is full: the kernel drops further SYNs, so connecting
    // hangs until the connect timeout, which is what an unreachable host looks like.
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> queued = new ArrayList<>();
      boolean full = false;
      try {
        for (int i = 0; i < 16 && !full; i++) {
          Socket socket = new Socket();
          queued.add(socket);
          try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), 200);
          } catch (SocketTimeoutException e) {
            full = true;
          }
        }
        assumeTrue(full, "this OS does not leave connections to a full accept queue hanging");
        TruedyClient client = builder
            .baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/")
            .connectTimeout(Duration.ofMillis(300))
            .build();

        Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

        assertThat(error).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("127.0.0.1");
      } finally {
        for (Socket socket : queued) {
          socket.close();
        }
      }
    }
  }

  @Test
  void clientReadTimeoutEndsASilentServerInApiTimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.readTimeout(Duration.ofMillis(200)).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("timed out");
  }

  @Test
  void builderReadTimeoutOverridesTheCallersOwnClient() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    OkHttpClient patient = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    TruedyClient client = builder.okHttpClient(patient).readTimeout(Duration.ofMillis(200)).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void builderTimeoutOverridesTheCallersOwnClient() {
    server.enqueue(trickling());
    OkHttpClient patient = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    TruedyClient client = builder.okHttpClient(patient).timeout(Duration.ofMillis(500)).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void perCallReadTimeoutOverridesTheClient() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.readTimeout(Duration.ofSeconds(30)).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(
        Requests.UNASSIGN, RequestOptions.builder().readTimeout(Duration.ofMillis(200)).build()));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void clientTimeoutBoundsTheWholeAttempt() {
    server.enqueue(trickling());
    TruedyClient client = builder.timeout(Duration.ofMillis(500)).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void perCallTimeoutOverridesTheClient() {
    server.enqueue(trickling());
    TruedyClient client = builder.timeout(Duration.ofSeconds(60)).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(
        Requests.UNASSIGN, RequestOptions.builder().timeout(Duration.ofMillis(500)).build()));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void asyncCallTimesOutWithTheSameException() {
    server.enqueue(trickling());
    TruedyClient client = builder.timeout(Duration.ofMillis(500)).build();

    Throwable error = catchThrowable(() -> Await.join(client.async().telephony().unassignPhoneNumber(Requests.UNASSIGN)));

    assertThat(error.getCause()).isInstanceOf(ApiTimeoutException.class);
  }

  /**
   * The shortest timeout the SDK's shared deadline sweeper enforces rather than OkHttp's watchdog
   * (CutOffBodyTest covers a swept timeout while the body arrives).
   */
  private static final Duration SWEPT = Duration.ofSeconds(1);

  @Test
  void sweptClientTimeoutBoundsTheWholeAttemptInApiTimeout() {
    server.enqueue(trickling());
    TruedyClient client = builder.timeout(SWEPT).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("timed out");
  }

  @Test
  void sweptPerCallTimeoutOverridesTheClient() {
    server.enqueue(trickling());
    TruedyClient client = builder.build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(
        Requests.UNASSIGN, RequestOptions.builder().timeout(SWEPT).build()));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void sweptAsyncCallTimesOutWithTheSameException() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.timeout(SWEPT).build();

    Throwable error = catchThrowable(() -> Await.join(client.async().telephony().unassignPhoneNumber(Requests.UNASSIGN)));

    assertThat(error.getCause()).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void deadlineSweeperNeverKeepsTheJvmAlive() {
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));
    builder.timeout(SWEPT).build().telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(thread -> thread.getName().equals("telewire-deadlines"))
        .isNotEmpty()
        .allMatch(Thread::isDaemon);
  }

  @Test
  void nonPositiveTimeoutIsRefused() {
    Throwable error = catchThrowable(() -> RequestOptions.builder().timeout(Duration.ZERO));

    assertThat(error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
  }
}
