package dev.telewire.bench;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import okhttp3.Call;
import okhttp3.OkHttpClient;

/**
 * One cold call: run in a fresh JVM by {@link ColdStartSuite}, it builds one client the way a new
 * user would (default settings), makes the documented call once, prints {@code ok <micros>} with the
 * time since {@code main} began, then {@code cpu <micros>} with the process's CPU time, and exits.
 */
public final class ColdStart {
  /**
   * The variants, as {@code <vendor>-<client>}; {@code raw-control} is raw's code again in a JVM of
   * its own, the A/A control that shows what noise alone makes of identical start-ups.
   */
  static final String[] VARIANTS = {
    "truedy-ours", "truedy-stock", "truedy-raw", "truedy-raw-early-tls", "truedy-raw-control",
    "vida-ours", "vida-stock", "vida-raw", "vida-raw-early-tls", "vida-raw-control",
    "sinkone-ours", "sinklarge-ours"
  };

  private ColdStart() {}

  /** Arguments: the variant and the loopback server's origin, {@code http://127.0.0.1:<port>}. */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    String answer = call(args[0], args[1]);
    long micros = (System.nanoTime() - start) / 1_000;
    System.out.println("ok " + micros + " " + answer);
    System.out.flush();
    // After the timed line: CPU of every thread of this process so far (JIT, GC, the TLS set-up
    // thread included), which a shared machine's load disturbs far less than wall time.
    System.out.println("cpu " + ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1_000).orElse(-1L));
    System.out.flush();
    System.exit(0);
  }

  /** Makes the variant's call once and returns one field of its typed response. */
  static String call(String variant, String origin) throws Exception {
    String truedy = origin + Fixtures.TRUEDY_BASE_PATH;
    String vida = origin + Fixtures.VIDA_BASE_PATH;
    String sink = origin + Fixtures.SINK_BASE_PATH;
    return switch (variant) {
      case "truedy-ours" -> truedyOurs(truedy);
      case "truedy-stock" -> truedyStock(truedy);
      case "truedy-raw", "truedy-raw-control" -> truedyRaw(truedy);
      case "truedy-raw-early-tls" -> truedyRawEarlyTls(truedy);
      case "vida-ours" -> vidaOurs(vida);
      case "vida-stock" -> vidaStock(vida);
      case "vida-raw", "vida-raw-control" -> vidaRaw(vida);
      case "vida-raw-early-tls" -> vidaRawEarlyTls(vida);
      case "sinkone-ours" -> sinkOne(sink);
      case "sinklarge-ours" -> sinkLarge(sink);
      default -> throw new IllegalArgumentException("unknown variant " + variant);
    };
  }

  // One method per variant, so that a run loads only its own client's classes.

  private static String truedyOurs(String baseUrl) {
    return Ours.truedy(null, baseUrl).telephony().unassignPhoneNumber(Ours.truedyRequest()).data().number();
  }

  private static String truedyStock(String baseUrl) throws Exception {
    return new StockTruedy(null, baseUrl, Fixtures.TRUEDY_KEY).unassign(StockTruedy.documentedRequest()).getData().getNumber();
  }

  private static String truedyRaw(String baseUrl) throws Exception {
    return new RawTruedy(new OkHttpClient(), baseUrl, Fixtures.TRUEDY_KEY)
        .unassign(Fixtures.NUMBER_ID, Fixtures.ASSIGNMENT_TYPE)
        .number();
  }

  // The floor with our client's start-up technique: OkHttp's TLS set-up on a background thread
  // while the main thread parses the URL and writes the body; the call waits for it.

  private static String truedyRawEarlyTls(String baseUrl) throws Exception {
    return new RawTruedy(earlyTls(), baseUrl, Fixtures.TRUEDY_KEY).unassign(Fixtures.NUMBER_ID, Fixtures.ASSIGNMENT_TYPE).number();
  }

  private static String vidaRawEarlyTls(String baseUrl) throws Exception {
    return new RawVida(earlyTls(), baseUrl, Fixtures.VIDA_TOKEN).returnNumber(Fixtures.E164_NUMBER).message();
  }

  private static Call.Factory earlyTls() {
    FutureTask<OkHttpClient> http = new FutureTask<>(OkHttpClient::new);
    Thread builder = new Thread(http, "early-tls");
    builder.setDaemon(true);
    builder.start();
    return request -> {
      try {
        return http.get().newCall(request);
      } catch (InterruptedException | ExecutionException e) {
        throw new IllegalStateException(e);
      }
    };
  }

  // The same operation (getCall) on a client generated from a one-operation spec and from the
  // 150-operation sinklarge spec: the difference is what start-up pays for the size of the spec.

  private static String sinkOne(String baseUrl) {
    return dev.telewire.SinkOneClient.builder().apiKey(Fixtures.TRUEDY_KEY).baseUrl(baseUrl).build()
        .calls().getCall(Fixtures.SINK_CALL_ID).name();
  }

  private static String sinkLarge(String baseUrl) {
    return dev.telewire.SinkLargeClient.builder().apiKey(Fixtures.TRUEDY_KEY).baseUrl(baseUrl).build()
        .calls().getCall(Fixtures.SINK_CALL_ID).name();
  }

  private static String vidaOurs(String baseUrl) {
    return Ours.vida(null, baseUrl).phoneNumbers().returnPhoneNumber(Ours.vidaRequest()).message();
  }

  private static String vidaStock(String baseUrl) throws Exception {
    return new StockVida(null, baseUrl, Fixtures.VIDA_TOKEN).returnNumber(StockVida.documentedRequest()).getMessage();
  }

  private static String vidaRaw(String baseUrl) throws Exception {
    return new RawVida(new OkHttpClient(), baseUrl, Fixtures.VIDA_TOKEN).returnNumber(Fixtures.E164_NUMBER).message();
  }
}
