package dev.telewire.bench;

import dev.telewire.TruedyClient;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.truedy.model.UnassignPhoneNumberResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the default configuration's extra cost comes from, one setting at a time (Truedy unassign):
 * raw OkHttp with and without OkHttp's call timeout, our client on the caller's plain OkHttpClient
 * with and without {@code timeout(...)}, on a plain {@code new OkHttpClient()} with the default
 * timeouts set, and the default configuration. Run by hand with {@code -prof gc -prof
 * dev.telewire.bench.ThreadCpuProfiler} (see the benchmarks README); not part of run.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DefaultCostBenchmark {
  private LoopbackServer server;
  private RawTruedy raw;
  private RawTruedy rawCallTimeout;
  private TruedyClient shared;
  private TruedyClient sharedTimeout;
  private TruedyClient plainWithDefaults;
  private TruedyClient defaults;
  private PhoneNumberUnassignRequest request;

  /** Starts the loopback server and builds every variant against it. */
  @Setup
  public void start() throws IOException {
    server = LoopbackServer.start();
    String url = server.truedyBaseUrl();
    raw = new RawTruedy(Http.newClient(), url, Fixtures.TRUEDY_KEY);
    rawCallTimeout = new RawTruedy(Http.newClient().newBuilder().callTimeout(Duration.ofSeconds(60)).build(), url, Fixtures.TRUEDY_KEY);
    shared = Ours.truedy(Http.newClient(), url);
    sharedTimeout = TruedyClient.builder().apiKey(Fixtures.TRUEDY_KEY).baseUrl(url).okHttpClient(Http.newClient())
        .timeout(Duration.ofSeconds(60)).build();
    plainWithDefaults = TruedyClient.builder().apiKey(Fixtures.TRUEDY_KEY).baseUrl(url).okHttpClient(new OkHttpClient())
        .timeout(Duration.ofSeconds(60)).connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30)).build();
    defaults = Ours.truedy(null, url);
    request = Ours.truedyRequest();
  }

  /** Stops the server. */
  @TearDown
  public void stop() throws IOException {
    server.close();
  }

  /** Raw OkHttp, no call timeout: the floor. */
  @Benchmark
  public RawTruedy.Unassigned rawPlain() throws IOException {
    return raw.unassign(Fixtures.NUMBER_ID, Fixtures.ASSIGNMENT_TYPE);
  }

  /** Raw OkHttp with a 60 s call timeout (Okio's AsyncTimeout watchdog), as our default sets. */
  @Benchmark
  public RawTruedy.Unassigned rawCallTimeout() throws IOException {
    return rawCallTimeout.unassign(Fixtures.NUMBER_ID, Fixtures.ASSIGNMENT_TYPE);
  }

  /** Ours on the caller's plain OkHttpClient, which sets no call timeout. */
  @Benchmark
  public UnassignPhoneNumberResponse oursShared() {
    return shared.telephony().unassignPhoneNumber(request);
  }

  /** Ours on the caller's plain OkHttpClient plus {@code timeout(60 s)}. */
  @Benchmark
  public UnassignPhoneNumberResponse oursSharedTimeout() {
    return sharedTimeout.telephony().unassignPhoneNumber(request);
  }

  /** Ours on {@code new OkHttpClient()} with the default's three timeouts set explicitly. */
  @Benchmark
  public UnassignPhoneNumberResponse oursPlainWithDefaults() {
    return plainWithDefaults.telephony().unassignPhoneNumber(request);
  }

  /** Ours as README's Usage builds it. */
  @Benchmark
  public UnassignPhoneNumberResponse oursDefault() {
    return defaults.telephony().unassignPhoneNumber(request);
  }
}
