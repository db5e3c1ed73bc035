package dev.telewire.contracts.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds one interaction in code, for checker tests that need many small variations of a request. */
final class Exchange {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String method;
  private final String path;
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final Map<String, String> requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final ObjectNode requestRules = JSON.createObjectNode();
  private RecordedBody requestBody;
  private int status = 204;
  private final Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final ObjectNode responseRules = JSON.createObjectNode();
  private RecordedBody responseBody;

  private Exchange(String method, String path) {
    this.method = method;
    this.path = path;
  }

  static Exchange get(String path) {
    return new Exchange("GET", path);
  }

  static Exchange request(String method, String path) {
    return new Exchange(method, path);
  }

  /** The checker's own test spec, src/test/resources/specs/checker.yaml. */
  static SpecCheck checkerSpec() {
    try {
      return SpecCheck.parse("checker.yaml", Files.readString(Path.of(Exchange.class.getResource("/specs/checker.yaml").toURI())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  Exchange header(String name, String value) {
    requestHeaders.put(name, value);
    return this;
  }

  Exchange query(String name, String... values) {
    query.put(name, List.of(values));
    return this;
  }

  /** A regex matcher on a request header or query parameter ({@code category} header or query). */
  Exchange requestRegex(String category, String name, String regex) {
    rule(requestRules, category, name, regex);
    return this;
  }

  Exchange body(String contentType, String json) {
    requestBody = new RecordedBody(contentType, parse(json));
    return this;
  }

  Exchange requestBodyRegex(String path, String regex) {
    rule(requestRules, "body", path, regex);
    return this;
  }

  Exchange status(int code) {
    status = code;
    return this;
  }

  Exchange responseHeader(String name, String value) {
    responseHeaders.put(name, value);
    return this;
  }

  Exchange responseHeaderRegex(String name, String regex) {
    rule(responseRules, "header", name, regex);
    return this;
  }

  /** A JSON response body, its Content-Type header included. */
  Exchange responseJson(String json) {
    responseHeaders.put("Content-Type", "application/json");
    responseBody = new RecordedBody("application/json", parse(json));
    return this;
  }

  /** A JSON response body sent without a Content-Type header. */
  Exchange responseJsonWithoutContentType(String json) {
    responseBody = new RecordedBody("application/json", parse(json));
    return this;
  }

  Exchange responseBodyRegex(String path, String regex) {
    rule(responseRules, "body", path, regex);
    return this;
  }

  Exchange responseBodyByType(String path) {
    ((ObjectNode) responseRules.with("body").with(path)).putArray("matchers").addObject().put("match", "type");
    return this;
  }

  Interaction build() {
    return new Interaction("an exchange", List.of(),
        new RecordedRequest(method, path, query, requestHeaders, requestBody, Matchers.read(requestRules)),
        new RecordedResponse(status, responseHeaders, responseBody, Matchers.read(responseRules)));
  }

  private static void rule(ObjectNode rules, String category, String name, String regex) {
    ((ObjectNode) rules.with(category).with(name)).putArray("matchers").addObject().put("match", "regex").put("regex", regex);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
