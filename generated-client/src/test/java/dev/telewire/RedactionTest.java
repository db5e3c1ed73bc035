package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.errors.ApiException;
import dev.telewire.errors.InvalidResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs every success and failure scenario with full HTTP logging and checks that the credential
 * shows up in no log line, exception (message, cause, body, headers) or toString().
 */
class RedactionTest {
  private static final String KEY = "tr_live_S3CR3T+key/42";
  private static final String TOKEN = "vida_S3CR3T+tok=en/7";

  private final MockWebServer server = Servers.failingFast();
  private final Logger sdkLogger = Logger.getLogger("dev.telewire");
  private final LogLines capture = new LogLines();
  private final List<String> logLines = capture.lines();
  private final List<String> shown = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server.start();
    sdkLogger.setLevel(Level.ALL);
    sdkLogger.setUseParentHandlers(false);
    sdkLogger.addHandler(capture);
  }

  @AfterEach
  void stop() throws Exception {
    sdkLogger.removeHandler(capture);
    sdkLogger.setLevel(null);
    sdkLogger.setUseParentHandlers(true);
    server.shutdown();
  }

  /** The failure scenarios, each echoing the secret the way a careless server or proxy might. */
  private void enqueueEveryScenario(String secret, String success) {
    String encoded = HttpUrl.get("http://x/").newBuilder().addQueryParameter("t", secret).build().encodedQuery().substring(2);
    server.enqueue(json(success).setHeader("X-Debug", secret));
    server.enqueue(json("{\"error\":{\"code\":\"unauthorized\",\"message\":\"bad key " + secret + "\"},\"message\":\"" + secret + "\"}")
        .setResponseCode(401));
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
        .setBody("<html>upstream /api?token=" + encoded + " failed for " + secret + "</html>"));
    server.enqueue(json("{\"success\":false,\"message\":\"no number for " + secret + "\"}").setResponseCode(404));
    server.enqueue(json("{\"detail\":[{\"loc\":[\"body\",\"" + secret + "\"],\"msg\":\"" + secret + "\",\"type\":\"x\"}]}").setResponseCode(422));
    server.enqueue(json("{}").setResponseCode(429).setHeader("Retry-After", "1"));
    server.enqueue(json("{}").setResponseCode(429).setHeader("Retry-After", "1").setHeader("Location", "/x?token=" + encoded));
    server.enqueue(json(success).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json("{\"data\":{\"number\":\"" + secret));
    server.enqueue(new MockResponse());
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody(secret));
    server.enqueue(json("[\"" + secret + "\"]"));
    server.enqueue(json(success).throttleBody(1, 300, TimeUnit.MILLISECONDS));
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private void run(Supplier<Object> call) {
    try {
      shown.add(String.valueOf(call.get()));
    } catch (RuntimeException e) {
      record(e);
    }
  }

  private void record(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      shown.add(t.toString());
      for (Throwable suppressed : t.getSuppressed()) {
        shown.add(suppressed.toString());
      }
      if (t instanceof ApiException api) {
        shown.add(api.body());
        shown.add(api.headers().toString());
        api.errorMessage().ifPresent(shown::add);
      }
      if (t instanceof InvalidResponseException invalid) {
        shown.add(invalid.body());
      }
    }
  }

  private void assertNeverShown(String secret) {
    String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    String queryEncoded = HttpUrl.get("http://x/").newBuilder().addQueryParameter("t", secret).build().encodedQuery().substring(2);
    assertThat(logLines).isNotEmpty();
    assertThat(shown).hasSizeGreaterThan(14);
    for (String text : concat(logLines, shown)) {
      assertThat(text).doesNotContain(secret).doesNotContain(formEncoded).doesNotContain(queryEncoded);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void truedyKeyAppearsInNoLogLineExceptionOrToString() throws Exception {
    enqueueEveryScenario(KEY, Requests.TRUEDY_200);
    TruedyClient client = TruedyClient.builder().apiKey(KEY).baseUrl(server.url("/v1/").toString())
        .logLevel(LogLevel.BODY).readTimeout(Duration.ofMillis(150)).sleeper(new RecordingSleeper()).maxRetries(1).build();
    RequestOptions once = RequestOptions.builder().maxRetries(0).build();

    for (int i = 0; i < 13; i++) {
      run(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN, once));
    }
    run(() -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN.toBuilder().numberId(KEY.replaceAll(".", " ")).build()));
    server.shutdown();
    run(() -> Await.join(client.async().telephony().unassignPhoneNumber(Requests.UNASSIGN)));
    shown.add(client.toString());
    shown.add(client.newBuilder().toString());
    shown.add(once.toString());

    assertNeverShown(KEY);
  }

  @Test
  void vidaTokenAppearsInNoLogLineExceptionOrToString() throws Exception {
    enqueueEveryScenario(TOKEN, Requests.VIDA_200);
    VidaClient client = VidaClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString())
        .logLevel(LogLevel.BODY).readTimeout(Duration.ofMillis(150)).sleeper(new RecordingSleeper()).maxRetries(1).build();
    RequestOptions once = RequestOptions.builder().maxRetries(0).build();

    for (int i = 0; i < 13; i++) {
      run(() -> client.phoneNumbers().returnPhoneNumber(Requests.RETURN, once));
    }
    run(() -> client.phoneNumbers().returnPhoneNumber(Requests.RETURN.toBuilder().number("12").build()));
    server.shutdown();
    run(() -> Await.join(client.async().phoneNumbers().returnPhoneNumber(Requests.RETURN)));
    shown.add(client.toString());
    shown.add(client.newBuilder().toString());

    assertNeverShown(TOKEN);
  }

  @Test
  void headersLogShowsTheAuthorizationHeaderMasked() throws Exception {
    server.enqueue(json(Requests.TRUEDY_200));
    TruedyClient client = TruedyClient.builder().apiKey(KEY).baseUrl(server.url("/").toString()).logLevel(LogLevel.HEADERS).build();

    client.telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(logLines).anyMatch(line -> line.startsWith("Authorization: ")).noneMatch(line -> line.contains(KEY));
    assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void basicLogShowsTheTokenParameterMasked() throws Exception {
    server.enqueue(json(Requests.VIDA_200));
    VidaClient client = VidaClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString()).logLevel(LogLevel.BASIC).build();

    client.phoneNumbers().returnPhoneNumber(Requests.RETURN);

    assertThat(logLines).anyMatch(line -> line.contains("?token=****"));
    assertThat(server.takeRequest().getRequestUrl().queryParameter("token")).isEqualTo(TOKEN);
  }

  @Test
  void logLevelIsReadFromTheEnvironment() {
    server.enqueue(json(Requests.VIDA_200));
    VidaClient client = VidaClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString())
        .environment(Map.of("TELEWIRE_LOG", "basic")::get).build();

    client.phoneNumbers().returnPhoneNumber(Requests.RETURN);

    assertThat(logLines).anyMatch(line -> line.startsWith("--> POST"));
  }

  @Test
  void nothingIsLoggedByDefault() {
    server.enqueue(json(Requests.VIDA_200));
    VidaClient client = VidaClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString())
        .environment(name -> null).build();

    client.phoneNumbers().returnPhoneNumber(Requests.RETURN);

    assertThat(logLines).isEmpty();
  }
}
