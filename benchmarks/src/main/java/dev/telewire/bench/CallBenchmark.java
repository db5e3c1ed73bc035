package dev.telewire.bench;

import dev.telewire.TruedyClient;
import dev.telewire.VidaClient;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
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
 * One whole call, request to typed response, over loopback: our client's convenience method, the
 * stock openapi-generator client, and hand-written OkHttp + Moshi. Those three share one OkHttpClient
 * configuration; each has its own instance. The {@code ...Default} benchmarks are our client built
 * as README's Usage shows it, without {@code okHttpClient(...)}, so with its own default OkHttpClient
 * and per-attempt timeout: what most users run. Run as average time per call (with {@code -prof gc}
 * for bytes per call) and as throughput with 1, 8 and 64 threads sharing one client
 * ({@code -bm thrpt -t N}); see run.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CallBenchmark {
  private LoopbackServer server;

  private TruedyClient defaultTruedy;
  private TruedyClient oursTruedy;
  private StockTruedy stockTruedy;
  private RawTruedy rawTruedy;
  private RawTruedy controlTruedy;
  private dev.telewire.truedy.model.PhoneNumberUnassignRequest oursTruedyRequest;
  private dev.telewire.bench.stock.truedy.model.PhoneNumberUnassignRequest stockTruedyRequest;

  private VidaClient defaultVida;
  private VidaClient oursVida;
  private StockVida stockVida;
  private RawVida rawVida;
  private RawVida controlVida;
  private dev.telewire.vida.model.ReturnPhoneNumberRequest oursVidaRequest;
  private dev.telewire.bench.stock.vida.model.ReturnPhoneNumberRequest stockVidaRequest;

  /** Starts the loopback server and builds every client against it. */
  @Setup
  public void start() throws IOException {
    server = LoopbackServer.start();
    defaultTruedy = Ours.truedy(null, server.truedyBaseUrl());
    oursTruedy = Ours.truedy(Http.newClient(), server.truedyBaseUrl());
    stockTruedy = new StockTruedy(Http.newClient(), server.truedyBaseUrl(), Fixtures.TRUEDY_KEY);
    rawTruedy = new RawTruedy(Http.newClient(), server.truedyBaseUrl(), Fixtures.TRUEDY_KEY);
    controlTruedy = new RawTruedy(Http.newClient(), server.truedyBaseUrl(), Fixtures.TRUEDY_KEY);
    oursTruedyRequest = Ours.truedyRequest();
    stockTruedyRequest = StockTruedy.documentedRequest();

    defaultVida = Ours.vida(null, server.vidaBaseUrl());
    oursVida = Ours.vida(Http.newClient(), server.vidaBaseUrl());
    stockVida = new StockVida(Http.newClient(), server.vidaBaseUrl(), Fixtures.VIDA_TOKEN);
    rawVida = new RawVida(Http.newClient(), server.vidaBaseUrl(), Fixtures.VIDA_TOKEN);
    controlVida = new RawVida(Http.newClient(), server.vidaBaseUrl(), Fixtures.VIDA_TOKEN);
    oursVidaRequest = Ours.vidaRequest();
    stockVidaRequest = StockVida.documentedRequest();
  }

  /** Stops the server. */
  @TearDown
  public void stop() throws IOException {
    server.close();
  }

  /** Truedy unassign through {@code TruedyClient.unassignPhoneNumber}, the client in its default configuration. */
  @Benchmark
  public dev.telewire.truedy.model.UnassignPhoneNumberResponse truedyDefault() {
    return defaultTruedy.telephony().unassignPhoneNumber(oursTruedyRequest);
  }

  /** Truedy unassign through {@code TruedyClient.unassignPhoneNumber}, on the caller's plain OkHttpClient. */
  @Benchmark
  public dev.telewire.truedy.model.UnassignPhoneNumberResponse truedyOurs() {
    return oursTruedy.telephony().unassignPhoneNumber(oursTruedyRequest);
  }

  /** Truedy unassign through the stock generated client. */
  @Benchmark
  public dev.telewire.bench.stock.truedy.model.UnassignPhoneNumberResponse truedyStock() throws IOException {
    return stockTruedy.unassign(stockTruedyRequest);
  }

  /** Truedy unassign by hand on OkHttp. */
  @Benchmark
  public RawTruedy.Unassigned truedyRaw() throws IOException {
    return rawTruedy.unassign(Fixtures.NUMBER_ID, Fixtures.ASSIGNMENT_TYPE);
  }

  /**
   * Truedy unassign by hand on OkHttp again, on a client of its own: the A/A control, whose ratio
   * to {@link #truedyRaw} is what this machine's noise alone makes of identical code.
   */
  @Benchmark
  public RawTruedy.Unassigned truedyControl() throws IOException {
    return controlTruedy.unassign(Fixtures.NUMBER_ID, Fixtures.ASSIGNMENT_TYPE);
  }

  /** Vida return through {@code VidaClient.returnPhoneNumber}, the client in its default configuration. */
  @Benchmark
  public dev.telewire.vida.model.ReturnPhoneNumberResponse vidaDefault() {
    return defaultVida.phoneNumbers().returnPhoneNumber(oursVidaRequest);
  }

  /** Vida return through {@code VidaClient.returnPhoneNumber}, on the caller's plain OkHttpClient. */
  @Benchmark
  public dev.telewire.vida.model.ReturnPhoneNumberResponse vidaOurs() {
    return oursVida.phoneNumbers().returnPhoneNumber(oursVidaRequest);
  }

  /** Vida return through the stock generated client. */
  @Benchmark
  public dev.telewire.bench.stock.vida.model.ReturnPhoneNumberResponse vidaStock() throws IOException {
    return stockVida.returnNumber(stockVidaRequest);
  }

  /** Vida return by hand on OkHttp. */
  @Benchmark
  public RawVida.Returned vidaRaw() throws IOException {
    return rawVida.returnNumber(Fixtures.E164_NUMBER);
  }

  /** Vida return by hand on OkHttp again, on a client of its own: the A/A control of {@link #vidaRaw}. */
  @Benchmark
  public RawVida.Returned vidaControl() throws IOException {
    return controlVida.returnNumber(Fixtures.E164_NUMBER);
  }
}
