package dev.telewire.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A provider on loopback that behaves only as its effective spec says: for the status the current
 * provider state selects, it answers the documented operation with that response's documented
 * headers and its example body (or one generated from the schema), and nothing more. A pact that
 * asks for anything else cannot verify against it. {@code POST /_pact/state} sets the state for
 * verifiers that use a state-change URL.
 */
final class SpecStub implements Closeable {
  static final String STATE_PATH = "/_pact/state";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode spec;
  private final SpecExamples examples;
  private final String basePath;
  private final Map<String, Integer> statusOfState;
  private final MockWebServer server = new MockWebServer();
  private volatile Integer status;

  private SpecStub(JsonNode spec, Map<String, Integer> statusOfState) {
    this.spec = spec;
    this.examples = new SpecExamples(spec);
    this.basePath = basePath(spec);
    this.statusOfState = Map.copyOf(statusOfState);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
  }

  /** Starts a stub for the spec at {@code specFile} on {@code port} (0 for any free port). */
  static SpecStub start(Path specFile, Map<String, Integer> statusOfState, int port) {
    try {
      SpecStub stub = new SpecStub(new YAMLMapper().readTree(specFile.toFile()), statusOfState);
      stub.server.start(InetAddress.getLoopbackAddress(), port);
      return stub;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a stub for " + specFile + ": " + e.getMessage(), e);
    }
  }

  int port() {
    return server.getPort();
  }

  /** Enters a provider state: the stub answers with the status the state stands for. */
  void enter(String state) {
    Integer selected = statusOfState.get(state);
    if (selected == null) {
      throw new IllegalArgumentException("No status for provider state '" + state + "'; known: " + statusOfState.keySet());
    }
    status = selected;
  }

  private MockResponse answer(RecordedRequest request) {
    String path = request.getRequestUrl().encodedPath();
    if (path.equals(STATE_PATH)) {
      return changeState(request);
    }
    Optional<JsonNode> operation = operation(request.getMethod(), path);
    if (operation.isEmpty()) {
      return new MockResponse().setResponseCode(404);
    }
    Integer selected = status;
    JsonNode response = selected == null ? null : examples.resolve(operation.get().path("responses").path(selected.toString()));
    if (response == null || response.isMissingNode()) {
      return new MockResponse().setResponseCode(500).setHeader("X-Stub-Problem", "no documented response for the current state");
    }
    MockResponse answer = new MockResponse().setResponseCode(selected);
    response.path("headers").fields().forEachRemaining(header -> {
      JsonNode declared = examples.resolve(header.getValue());
      if (declared.path("required").asBoolean(false)) {
        answer.setHeader(header.getKey(), examples.forSchema(declared.path("schema"), 0).asText());
      }
    });
    Iterator<Map.Entry<String, JsonNode>> content = response.path("content").fields();
    if (content.hasNext()) {
      Map.Entry<String, JsonNode> media = content.next();
      answer.setHeader("Content-Type", media.getKey());
      answer.setBody(examples.forMediaType(media.getValue()).toString());
    }
    return answer;
  }

  private MockResponse changeState(RecordedRequest request) {
    try {
      JsonNode change = JSON.readTree(request.getBody().readUtf8());
      if (!change.path("action").asText("setup").equals("setup")) {
        return new MockResponse().setResponseCode(200);
      }
      enter(change.path("state").asText());
      return new MockResponse().setResponseCode(200);
    } catch (IOException | IllegalArgumentException e) {
      return new MockResponse().setResponseCode(400).setBody(String.valueOf(e.getMessage()));
    }
  }

  private Optional<JsonNode> operation(String method, String path) {
    if (!path.startsWith(basePath + "/")) {
      return Optional.empty();
    }
    String relative = path.substring(basePath.length());
    Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> item = paths.next();
      if (template(item.getKey()).matcher(relative).matches()) {
        JsonNode operation = item.getValue().path(method.toLowerCase(Locale.ROOT));
        return operation.isMissingNode() ? Optional.empty() : Optional.of(operation);
      }
    }
    return Optional.empty();
  }

  private static Pattern template(String key) {
    return Pattern.compile(Pattern.quote(key).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
  }

  private static String basePath(JsonNode spec) {
    String url = spec.path("servers").path(0).path("url").asText("/");
    String path = URI.create(url).getPath();
    return path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
