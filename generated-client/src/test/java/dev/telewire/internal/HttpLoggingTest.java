package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.LogLevel;
import dev.telewire.LogLines;
import dev.telewire.Servers;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A vendor's credential header is masked in HEADERS logs by its name, even when the value shown
 * is not the client's own secret.
 *
 * <p>Equivalent mutants: interceptor() lines 29 and 34 (no {@code redactHeader} for
 * {@code Authorization} or {@code Cookie}) and line 33 negated (redacting {@code Cookie} for other
 * vendors): both names match the credential-like header pattern, which masks them with the same
 * {@code ██}. Line 30 negated is killed below; for a bearer vendor it would only redact
 * {@code Authorization} twice.
 */
class HttpLoggingTest {
  private static final Vendor ACME = new Vendor("Acme", "apiKey", "ACME_API_KEY", "ACME_BASE_URL",
      "https://api.acme.test/", Credentials.Placement.HEADER, "X-Acme");

  private final MockWebServer server = Servers.failingFast();
  private final Logger httpLogger = Logger.getLogger(HttpLogging.LOGGER);
  private final LogLines capture = new LogLines();
  private final List<String> logLines = capture.lines();

  @BeforeEach
  void start() {
    httpLogger.setLevel(Level.ALL);
    httpLogger.addHandler(capture);
  }

  @AfterEach
  void stop() throws Exception {
    httpLogger.removeHandler(capture);
    server.shutdown();
  }

  @Test
  void credentialHeaderIsMaskedByItsName() throws Exception {
    server.enqueue(new MockResponse());
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(HttpLogging.interceptor(LogLevel.HEADERS, Secret.of("apiKey", "s3cret-value"), ACME)).build();

    try (Response ignored = client.newCall(
        new Request.Builder().url(server.url("/numbers")).header("X-Acme", "an-older-key").build()).execute()) {
      assertThat(logLines).contains("X-Acme: \u2588\u2588").noneMatch(line -> line.contains("an-older-key"));
    }
  }
}
