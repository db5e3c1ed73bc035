package dev.telewire.kitchensink;

import dev.telewire.SinkOpsClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer on loopback and the generated SinkOpsClient pointed at it, without retries. */
final class SinkOpsServer implements AutoCloseable {
  static final String TOKEN = "ops-secret";

  private final MockWebServer server = new MockWebServer();
  final SinkOpsClient client;

  SinkOpsServer() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    client = SinkOpsClient.builder().apiToken(TOKEN).baseUrl(server.url("/v1/").toString()).maxRetries(0).build();
  }

  /** Answers the next request with {@code status} and the JSON {@code body}. */
  void json(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body));
  }

  /** Answers the next request with {@code status} and no body. */
  void empty(int status) {
    server.enqueue(new MockResponse().setResponseCode(status));
  }

  RecordedRequest request() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request reached the server");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
