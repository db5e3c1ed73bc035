package dev.telewire.contracts.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A Pact specification V4 file with HTTP interactions, read for checking against a spec. */
public final class PactFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final String consumer;
  private final String provider;
  private final List<Interaction> interactions;

  private PactFile(Path file, String consumer, String provider, List<Interaction> interactions) {
    this.file = file;
    this.consumer = consumer;
    this.provider = provider;
    this.interactions = List.copyOf(interactions);
  }

  /** Reads {@code file}; fails naming the file and the field if it is not a V4 pact of HTTP interactions. */
  public static PactFile read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read pact file " + file + ": " + e.getMessage(), e);
    }
    String version = root.path("metadata").path("pactSpecification").path("version").asText("");
    if (!version.startsWith("4.")) {
      throw invalid(file, "metadata.pactSpecification.version is '" + version + "', expected 4.x");
    }
    List<Interaction> interactions = new ArrayList<>();
    JsonNode items = root.path("interactions");
    for (int i = 0; i < items.size(); i++) {
      interactions.add(interaction(file, "interactions[" + i + "]", items.get(i)));
    }
    return new PactFile(file, text(file, root, "consumer.name"), text(file, root, "provider.name"), interactions);
  }

  /** Where the pact was read from. */
  public Path file() {
    return file;
  }

  /** The consumer's name, such as {@code telewire}. */
  public String consumer() {
    return consumer;
  }

  /** The provider's name, such as {@code truedy-api}. */
  public String provider() {
    return provider;
  }

  /** The interactions, in file order. */
  public List<Interaction> interactions() {
    return interactions;
  }

  private static Interaction interaction(Path file, String where, JsonNode node) {
    String type = node.path("type").asText("");
    if (!type.equals("Synchronous/HTTP")) {
      throw invalid(file, where + ".type is '" + type + "'; only Synchronous/HTTP interactions can be checked");
    }
    List<String> states = new ArrayList<>();
    node.path("providerStates").forEach(state -> states.add(state.path("name").asText()));
    JsonNode request = node.path("request");
    JsonNode response = node.path("response");
    if (!response.path("status").isInt()) {
      throw invalid(file, where + ".response.status is missing or not an integer");
    }
    return new Interaction(
        text(file, node, "description"),
        states,
        new RecordedRequest(
            text(file, request, "method").toUpperCase(java.util.Locale.ROOT),
            text(file, request, "path"),
            query(request.path("query")),
            headers(request.path("headers")),
            body(file, where + ".request.body", request.path("body")),
            matchers(file, where + ".request", request)),
        new RecordedResponse(
            response.path("status").asInt(),
            headers(response.path("headers")),
            body(file, where + ".response.body", response.path("body")),
            matchers(file, where + ".response", response)));
  }

  private static Matchers matchers(Path file, String where, JsonNode node) {
    try {
      return Matchers.read(node.path("matchingRules"));
    } catch (IllegalArgumentException e) {
      throw invalid(file, where + ".matchingRules: " + e.getMessage());
    }
  }

  private static Map<String, List<String>> query(JsonNode node) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    node.fields().forEachRemaining(field -> query.put(field.getKey(), values(field.getValue())));
    return query;
  }

  private static Map<String, String> headers(JsonNode node) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    node.fields().forEachRemaining(field -> headers.put(field.getKey(), String.join(", ", values(field.getValue()))));
    return headers;
  }

  private static List<String> values(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(value -> values.add(value.asText()));
    } else {
      values.add(node.asText());
    }
    return values;
  }

  private static RecordedBody body(Path file, String where, JsonNode node) {
    if (node.isMissingNode() || node.isNull() || node.path("content").isMissingNode()) {
      return null;
    }
    String contentType = node.path("contentType").isTextual() ? node.path("contentType").asText() : null;
    JsonNode content = node.get("content");
    boolean base64 = node.path("encoded").asText("false").equalsIgnoreCase("base64");
    if (!MediaTypes.isJson(contentType)) {
      return new RecordedBody(contentType, null);
    }
    if (content.isTextual()) {
      String text = base64
          ? new String(Base64.getDecoder().decode(content.asText()), StandardCharsets.UTF_8)
          : content.asText();
      try {
        return new RecordedBody(contentType, JSON.readTree(text));
      } catch (IOException e) {
        throw invalid(file, where + " is declared JSON but does not parse: " + e.getMessage());
      }
    }
    return new RecordedBody(contentType, content);
  }

  private static String text(Path file, JsonNode node, String dottedPath) {
    JsonNode value = node;
    for (String part : dottedPath.split("\\.")) {
      value = value.path(part);
    }
    if (!value.isTextual()) {
      throw invalid(file, dottedPath + " is missing or not a string");
    }
    return value.asText();
  }

  private static IllegalArgumentException invalid(Path file, String problem) {
    return new IllegalArgumentException("Pact file " + file + " is not a V4 pact this check can read: " + problem);
  }

  @Override
  public String toString() {
    return consumer + " -> " + provider + " (" + file + ", " + interactions.size() + " interactions)";
  }
}
