package dev.telewire.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback stand-in for both vendors: each documented operation answers its spec's 200
 * example, anything else a 404 that is remembered as unexpected. {@link #environment()} points
 * {@code fromEnv()} at it.
 */
final class LoopbackVendors implements AutoCloseable {
  static final String TRUEDY_KEY = "readme-truedy-key";
  static final String VIDA_TOKEN = "readme-vida-token";

  private final MockWebServer server = new MockWebServer();
  private final List<String> unexpected = new CopyOnWriteArrayList<>();

  LoopbackVendors() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MockResponse answer(RecordedRequest request) {
    String route = request.getMethod() + " " + request.getRequestUrl().encodedPath();
    return switch (route) {
      case "POST /truedy/telephony/numbers/unassign" -> json(
          "{\"data\":{\"number\":\"+18005559876\",\"agent_id\":null,\"unassigned_at\":\"2026-04-05T10:22:00Z\"},"
              + "\"meta\":{\"request_id\":\"req_32e7531c\",\"ts\":\"2026-04-05T10:22:00Z\"}}");
      case "POST /vida/api/v2/phoneNumber/return" -> json("{\"success\":true,\"message\":\"Success\"}");
      default -> {
        unexpected.add(route);
        yield new MockResponse().setResponseCode(404);
      }
    };
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  /** The variables that make {@code TruedyClient.fromEnv()} and {@code VidaClient.fromEnv()} call this server. */
  Map<String, String> environment() {
    return Map.of(
        "TRUEDY_API_KEY", TRUEDY_KEY,
        "TRUEDY_BASE_URL", server.url("/truedy/").toString(),
        "VIDA_API_TOKEN", VIDA_TOKEN,
        "VIDA_BASE_URL", server.url("/vida/").toString());
  }

  /** How many requests arrived so far. */
  int requestCount() {
    return server.getRequestCount();
  }

  /** The requests (method and path) that matched no documented operation. */
  List<String> unexpected() {
    return List.copyOf(unexpected);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
