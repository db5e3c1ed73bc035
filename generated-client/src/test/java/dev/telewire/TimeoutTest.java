package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.telewire.errors.ApiTimeoutException;
import dev.telewire.internal.DeadlineClock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

  /**
   * A timeout under a second, which OkHttp enforces on the real clock: the tests that check one
   * wait it out, so it is short, and nothing they expect to happen first waits on the server.
   */
  private static final Duration SHORT = Duration.ofMillis(100);

  /** A body that trickles out one byte every 100 ms: never idle for long, slow in all. */
  private static MockResponse trickling() {
    return new MockResponse().setBody(Requests.TRUEDY_200).throttleBody(1, 100, TimeUnit.MILLISECONDS);
  }

  /**
   * Runs {@code test} with the base URL of a loopback listener whose accept queue is full: the
   * kernel drops further SYNs, so connecting hangs until the connect timeout, which is what an
   * unreachable host looks like.
   */
  private static void withUnreachableHost(java.util.function.Consumer<String> test) throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> queued = new ArrayList<>();
      boolean full = false;
      try {
        for (int i = 0; i < 16 && !full; i++) {
          Socket socket = new Socket();
          queued.add(socket);
          try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort()), (int) SHORT.toMillis());
          } catch (SocketTimeoutException e) {
            full = true;
          }
        }
        assumeTrue(full, "this OS does not leave connections to a full accept queue hanging");
        test.accept("http://127.0.0.1:" + listener.getLocalPort() + "/");
      } finally {
        for (Socket socket : queued) {
          socket.close();
        }
      }
    }
  }

  @Test
  void connectTimeoutEndsAConnectionNobodyAcceptsInApiTimeout() throws Exception {
    withUnreachableHost(url -> {
      TruedyClient client = builder.baseUrl(url).connectTimeout(SHORT).build();

      Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

      assertThat(error).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("127.0.0.1");
    });
  }

  @Test
  void perCallConnectTimeoutOverridesTheClient() throws Exception {
    withUnreachableHost(url -> {
      TruedyClient client = builder.baseUrl(url).connectTimeout(Duration.ofSeconds(30)).build();

      Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(
          Requests.UNASSIGN, RequestOptions.builder().connectTimeout(SHORT).build()));

      assertThat(error).isInstanceOf(ApiTimeoutException.class);
    });
  }

  @Test
  void clientReadTimeoutEndsASilentServerInApiTimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.readTimeout(SHORT).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("timed out");
  }

  @Test
  void builderReadTimeoutOverridesTheCallersOwnClient() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    OkHttpClient patient = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    TruedyClient client = builder.okHttpClient(patient).readTimeout(SHORT).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void builderTimeoutOverridesTheCallersOwnClient() {
    server.enqueue(trickling());
    OkHttpClient patient = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    TruedyClient client = builder.okHttpClient(patient).timeout(SHORT).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void perCallReadTimeoutOverridesTheClient() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.readTimeout(Duration.ofSeconds(30)).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(
        Requests.UNASSIGN, RequestOptions.builder().readTimeout(SHORT).build()));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void clientTimeoutBoundsTheWholeAttempt() {
    server.enqueue(trickling());
    TruedyClient client = builder.timeout(SHORT).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void perCallTimeoutOverridesTheClient() {
    server.enqueue(trickling());
    TruedyClient client = builder.timeout(Duration.ofSeconds(60)).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(
        Requests.UNASSIGN, RequestOptions.builder().timeout(SHORT).build()));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void asyncCallTimesOutWithTheSameException() {
    server.enqueue(trickling());
    TruedyClient client = builder.timeout(SHORT).build();

    Throwable error = catchThrowable(() -> Await.join(client.async().telephony().unassignPhoneNumber(Requests.UNASSIGN)));

    assertThat(error.getCause()).isInstanceOf(ApiTimeoutException.class);
  }

  /**
   * A whole-attempt timeout the SDK's shared deadline sweeper enforces (one second or more), far
   * longer than a test may wait: on a {@link DeadlineClock} that the test moves, only the sweeper
   * can fire it in time, so a timeout left to OkHttp's watchdog fails the test.
   */
  private static final Duration SWEPT = Duration.ofSeconds(30);

  /** Sends {@code call} on another thread and returns its failure to come, once the server holds the request. */
  private CompletableFuture<Throwable> heldByTheServer(Runnable call) throws InterruptedException {
    CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(() -> catchThrowable(call::run));
    assertThat(server.takeRequest(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS)).as("the request").isNotNull();
    return failure;
  }

  @Test
  void sweptClientTimeoutEndsTheAttemptInApiTimeoutOnceItsDeadlinePasses() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.timeout(SWEPT).build();
    try (DeadlineClock clock = DeadlineClock.install()) {
      CompletableFuture<Throwable> failure = heldByTheServer(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

      clock.advance(SWEPT);

      assertThat(Await.join(failure)).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("timed out");
    }
  }

  @Test
  void sweptTimeoutDoesNotFireBeforeItsDeadline() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.timeout(SWEPT).build();
    try (DeadlineClock clock = DeadlineClock.install()) {
      CompletableFuture<Throwable> failure = heldByTheServer(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

      clock.advance(SWEPT.minusMillis(1));
      DeadlineClock.sweep();
      Thread.sleep(50); // what a cancel would have set off reaches the caller within this

      assertThat(failure).isNotDone();
      clock.advance(Duration.ofMillis(1));
      DeadlineClock.sweep();
      assertThat(Await.join(failure)).isInstanceOf(ApiTimeoutException.class);
    }
  }

  @Test
  void defaultClientTimesOutAfterSixtySeconds() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.build();
    try (DeadlineClock clock = DeadlineClock.install()) {
      CompletableFuture<Throwable> failure = heldByTheServer(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

      clock.advance(Duration.ofSeconds(60));
      DeadlineClock.sweep();

      assertThat(Await.join(failure)).isInstanceOf(ApiTimeoutException.class);
    }
  }

  @Test
  void sweptPerCallTimeoutOverridesTheClient() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.timeout(Duration.ofMinutes(10)).build();
    try (DeadlineClock clock = DeadlineClock.install()) {
      CompletableFuture<Throwable> failure = heldByTheServer(() -> client.telephony().unassignPhoneNumber(
          Requests.UNASSIGN, RequestOptions.builder().timeout(SWEPT).build()));

      clock.advance(SWEPT);
      DeadlineClock.sweep();

      assertThat(Await.join(failure)).isInstanceOf(ApiTimeoutException.class);
    }
  }

  @Test
  void sweptAsyncCallTimesOutWithTheSameException() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    TruedyClient client = builder.timeout(SWEPT).build();
    try (DeadlineClock clock = DeadlineClock.install()) {
      CompletableFuture<Void> sent = client.async().telephony().unassignPhoneNumber(Requests.UNASSIGN).thenApply(response -> null);
      assertThat(server.takeRequest(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS)).as("the request").isNotNull();

      clock.advance(SWEPT);
      DeadlineClock.sweep();

      assertThat(catchThrowable(() -> Await.join(sent)).getCause()).isInstanceOf(ApiTimeoutException.class);
    }
  }

  @Test
  void timeoutUnderASecondIsOkHttpsAndNeedsNoSweeper() {
    server.enqueue(trickling());
    TruedyClient client = builder.timeout(SHORT).build();
    try (DeadlineClock clock = DeadlineClock.install()) {
      Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

      assertThat(error).as("fired although the deadline clock stood still").isInstanceOf(ApiTimeoutException.class);
    }
  }

  @Test
  void callersOwnClientKeepsItsReadTimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(SHORT).build();
    TruedyClient client = builder.okHttpClient(impatient).build();

    Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(ApiTimeoutException.class);
  }

  @Test
  void callersOwnClientKeepsItsWholeCallTimeout() {
    server.enqueue(trickling());
    OkHttpClient impatient = new OkHttpClient.Builder().callTimeout(SHORT).build();
    TruedyClient client = builder.okHttpClient(impatient).build();
    try (DeadlineClock clock = DeadlineClock.install()) {
      Throwable error = catchThrowable(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));

      assertThat(error).isInstanceOf(ApiTimeoutException.class);
    }
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
