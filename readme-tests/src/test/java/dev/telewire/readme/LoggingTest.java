package dev.telewire.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.LogLevel;
import dev.telewire.TruedyClient;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the README's Logging section says about java.util.logging: HTTP lines are INFO on
 * {@code dev.telewire.http}, retry lines FINE (System.Logger's DEBUG) on {@code dev.telewire}.
 */
class LoggingTest {
  private final MockWebServer server = new MockWebServer();
  private final Logger telewire = Logger.getLogger("dev.telewire");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    telewire.setLevel(Level.ALL);
    telewire.addHandler(capture);
  }

  @AfterEach
  void stop() throws Exception {
    telewire.removeHandler(capture);
    telewire.setLevel(null);
    server.shutdown();
  }

  @Test
  void httpLinesAreInfoOnDevTelewireHttp() {
    server.enqueue(unassigned());

    truedy(LogLevel.BASIC).telephony().unassignPhoneNumber(request());

    assertThat(records).filteredOn(r -> r.getMessage().startsWith("--> POST"))
        .singleElement()
        .satisfies(r -> assertThat(r.getLoggerName() + " " + r.getLevel()).isEqualTo("dev.telewire.http INFO"));
  }

  @Test
  void retryLinesAreFineOnDevTelewire() {
    // 429, not 503: OkHttp itself repeats a 503 that says Retry-After: 0, before the client sees it.
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    server.enqueue(unassigned());

    truedy(LogLevel.NONE).telephony().unassignPhoneNumber(request());

    assertThat(records).filteredOn(r -> r.getMessage().contains("retry 1 of"))
        .singleElement()
        .satisfies(r -> assertThat(r.getLoggerName() + " " + r.getLevel()).isEqualTo("dev.telewire FINE"));
  }

  private TruedyClient truedy(LogLevel level) {
    return TruedyClient.builder()
        .apiKey(LoopbackVendors.TRUEDY_KEY).baseUrl(server.url("/").toString()).logLevel(level).build();
  }

  private static PhoneNumberUnassignRequest request() {
    return PhoneNumberUnassignRequest.builder()
        .numberId("num_11111111-1111-1111-1111-111111111111").assignmentType(AssignmentType.INBOUND).build();
  }

  private static MockResponse unassigned() {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(
        "{\"data\":{\"number\":\"+18005559876\",\"agent_id\":null,\"unassigned_at\":\"2026-04-05T10:22:00Z\"},"
            + "\"meta\":{\"request_id\":\"req_32e7531c\",\"ts\":\"2026-04-05T10:22:00Z\"}}");
  }
}
