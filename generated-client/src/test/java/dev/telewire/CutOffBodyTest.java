package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.errors.ApiConnectionException;
import dev.telewire.errors.ApiTimeoutException;
import dev.telewire.errors.NotFoundException;
import dev.telewire.internal.DeadlineClock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 2xx whose body is cut off or too slow reached the vendor: it is never sent again, and the
 * exception says it may have taken effect, for both vendors, sync and async, whatever the log
 * level (at BODY the logging interceptor is the first to read the body).
 */
class CutOffBodyTest {
  private final MockWebServer server = Servers.failingFast();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  /**
   * Long enough for the status line and headers to arrive on a loaded machine (a header read that
   * timed out would be a retryable transport failure, not the scenario under test); the stalled
   * body never arrives, so the test lasts this long.
   */
  private static final Duration READ_TIMEOUT = Duration.ofMillis(150);

  /**
   * A whole-attempt timeout the SDK's deadline sweeper enforces (one second or more, shorter ones
   * are OkHttp's), on a {@link DeadlineClock} the test moves once the head has arrived.
   */
  private static final Duration SWEPT_TIMEOUT = Duration.ofSeconds(30);

  static Stream<Arguments> everyCallAtEveryLevel() {
    return everyCallAt(LogLevel.values());
  }

  /** Every call at the two levels whose first reader of the body differs (see {@link #pairsOfCallAndLevel}). */
  static Stream<Arguments> everyCallAtTheLevelsThatReadTheBody() {
    return everyCallAt(LogLevel.NONE, LogLevel.BODY);
  }

  /**
   * A body slower than the read timeout costs that timeout in real time, so those tests run each
   * vendor, sync and async, at the two levels whose first reader of the body differs (the SDK's
   * response reader at NONE, as at BASIC and HEADERS, which read no body; the logging interceptor
   * at BODY), in four cases that pair every vendor, mode and level with each other at least once.
   */
  static Stream<Arguments> pairsOfCallAndLevel() {
    return Stream.of(
        Arguments.of(VendorCall.TRUEDY_SYNC, LogLevel.NONE),
        Arguments.of(VendorCall.TRUEDY_ASYNC, LogLevel.BODY),
        Arguments.of(VendorCall.VIDA_SYNC, LogLevel.BODY),
        Arguments.of(VendorCall.VIDA_ASYNC, LogLevel.NONE));
  }

  private static Stream<Arguments> everyCallAt(LogLevel... levels) {
    return Arrays.stream(levels)
        .flatMap(level -> Arrays.stream(VendorCall.values()).map(call -> Arguments.of(call, level)));
  }

  private Throwable send(VendorCall call, LogLevel level) {
    return call.failure(server.url("/").toString(),
        builder -> builder.logLevel(level).readTimeout(READ_TIMEOUT).sleeper(sleeper));
  }

  /** A server that sends the head and the first 100 bytes of a 200, then stalls. */
  private static StallingServer stalling(VendorCall call) throws Exception {
    return StallingServer.partOf(call.success() + " ".repeat(1000), 100);
  }

  private void enqueueThree(MockResponse response) {
    for (int i = 0; i < 3; i++) {
      server.enqueue(response.clone());
    }
  }

  private static MockResponse cutOff(VendorCall call) {
    return json(call.success()).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("everyCallAtEveryLevel")
  void bodyCutOffMidwayIsNotRetried(VendorCall call, LogLevel level) {
    enqueueThree(cutOff(call));

    send(call, level);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("everyCallAtEveryLevel")
  void bodyCutOffMidwaySaysTheRequestMayHaveTakenEffect(VendorCall call, LogLevel level) {
    enqueueThree(cutOff(call));

    Throwable error = send(call, level);

    assertThat(error).isExactlyInstanceOf(ApiConnectionException.class).hasMessageContaining("may have taken effect");
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("pairsOfCallAndLevel")
  void bodySlowerThanTheReadTimeoutIsNotRetried(VendorCall call, LogLevel level) throws Exception {
    try (StallingServer stalling = stalling(call)) {
      call.failure(stalling.url(), builder -> builder.logLevel(level).readTimeout(READ_TIMEOUT).sleeper(sleeper));

      assertThat(stalling.requestCount()).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("pairsOfCallAndLevel")
  void bodySlowerThanTheReadTimeoutThrowsApiTimeoutSayingTheRequestMayHaveTakenEffect(VendorCall call, LogLevel level)
      throws Exception {
    try (StallingServer stalling = stalling(call)) {
      Throwable error = call.failure(stalling.url(),
          builder -> builder.logLevel(level).readTimeout(READ_TIMEOUT).sleeper(sleeper));

      assertThat(error).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("may have taken effect");
    }
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("everyCallAtTheLevelsThatReadTheBody")
  void bodySlowerThanTheWholeAttemptTimeoutIsNotRetried(VendorCall call, LogLevel level) throws Exception {
    CountDownLatch headers = new CountDownLatch(1);
    try (StallingServer stalling = stalling(call); DeadlineClock clock = DeadlineClock.install()) {
      CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(() -> call.failure(stalling.url(),
          builder -> builder.okHttpClient(signalling(headers)).logLevel(level).timeout(SWEPT_TIMEOUT).sleeper(sleeper)));
      assertThat(headers.await(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS)).as("the head arrived").isTrue();

      clock.advance(SWEPT_TIMEOUT);

      assertThat(Await.join(failure)).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("may have taken effect");
      assertThat(stalling.requestCount()).isEqualTo(1);
    }
  }

  /** A caller's own client that counts {@code headers} down when the head of a response has arrived. */
  private static OkHttpClient signalling(CountDownLatch headers) {
    return new OkHttpClient.Builder()
        .eventListener(new EventListener() {
          @Override
          public void responseHeadersEnd(Call call, Response response) {
            headers.countDown();
          }
        })
        .build();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("everyCallAtEveryLevel")
  void errorStatusWhoseBodyIsCutOffIsThatStatus(VendorCall call, LogLevel level) {
    enqueueThree(json("{\"success\":false,\"message\":\"" + "no such number ".repeat(100) + "\"}").setResponseCode(404)
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    Throwable error = send(call, level);

    assertThat(error).isInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(VendorCall.class)
  void bodyCutOffUnderTheCallersOwnBodyLoggingNetworkInterceptorIsNotRetried(VendorCall call) {
    enqueueThree(cutOff(call));
    OkHttpClient http = new OkHttpClient.Builder()
        .addNetworkInterceptor(new HttpLoggingInterceptor(line -> {}).setLevel(HttpLoggingInterceptor.Level.BODY))
        .build();

    Throwable error = call.failure(server.url("/").toString(), builder -> builder.okHttpClient(http).sleeper(sleeper));

    assertThat(error).hasMessageContaining("may have taken effect");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(VendorCall.class)
  void bodyCutOffUnderTheCallersOwnBodyLoggingInterceptorIsNotRetried(VendorCall call) {
    enqueueThree(cutOff(call));
    OkHttpClient http = new OkHttpClient.Builder()
        .addInterceptor(new HttpLoggingInterceptor(line -> {}).setLevel(HttpLoggingInterceptor.Level.BODY))
        .build();

    Throwable error = call.failure(server.url("/").toString(), builder -> builder.okHttpClient(http).sleeper(sleeper));

    assertThat(error).hasMessageContaining("may have taken effect");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
