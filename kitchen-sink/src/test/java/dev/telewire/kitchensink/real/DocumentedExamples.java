package dev.telewire.kitchensink.real;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The operations of a corpus spec's effective spec and the JSON examples each documents. */
final class DocumentedExamples {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

  /** One operation: its HTTP method and path, and its documented JSON examples. */
  record Operation(String method, String path, String id, List<JsonNode> requests, Map<Integer, List<JsonNode>> responses) {
    String label() {
      return method.toUpperCase(java.util.Locale.ROOT) + " " + path + (id == null ? "" : " (" + id + ")");
    }
  }

  private final JsonNode spec;

  private DocumentedExamples(JsonNode spec) {
    this.spec = spec;
  }

  /** Reads the effective spec the build wrote for {@code vendor}. */
  static DocumentedExamples of(String vendor) {
    try {
      return new DocumentedExamples(YAML.readTree(Path.of("target/effective-spec", vendor + ".yaml").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every operation of the spec, in path order. */
  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (String method : METHODS) {
        JsonNode operation = path.getValue().get(method);
        if (operation == null) {
          continue;
        }
        List<JsonNode> requests = examples(resolve(operation.path("requestBody")).path("content"));
        Map<Integer, List<JsonNode>> responses = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> codes = operation.path("responses").fields(); codes.hasNext(); ) {
          Map.Entry<String, JsonNode> code = codes.next();
          if (code.getKey().matches("2\\d\\d")) {
            responses.put(Integer.parseInt(code.getKey()), examples(resolve(code.getValue()).path("content")));
          }
        }
        operations.add(new Operation(method, path.getKey(), operation.path("operationId").asText(null), requests, responses));
      }
    }
    return operations;
  }

  /** The examples of the JSON media types of {@code content}: media examples, else the schema's own. */
  private List<JsonNode> examples(JsonNode content) {
    List<JsonNode> found = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
      Map.Entry<String, JsonNode> type = media.next();
      if (!type.getKey().contains("json")) {
        continue;
      }
      JsonNode node = type.getValue();
      if (node.has("example")) {
        found.add(parsed(node.get("example")));
      }
      node.path("examples").forEach(example -> {
        JsonNode resolved = resolve(example);
        if (resolved.has("value")) {
          found.add(parsed(resolved.get("value")));
        }
      });
      if (found.isEmpty()) {
        JsonNode schema = resolve(node.path("schema"));
        if (schema.has("example")) {
          found.add(parsed(schema.get("example")));
        }
        schema.path("examples").forEach(example -> found.add(parsed(example)));
      }
      if (found.isEmpty()) {
        JsonNode composed = compose(node.path("schema"), 0);
        if (composed != null && documented(node.path("schema"), 0)) {
          found.add(composed);
          composedCount++;
        }
      }
    }
    return found;
  }

  /** How many examples were composed from property-level examples (no whole example documented). */
  int composedCount;

  /** Whether {@code schema} documents an example anywhere in its properties (the composition is then grounded in it). */
  private boolean documented(JsonNode schema, int depth) {
    JsonNode s = resolve(schema);
    if (depth > 6 || s.isMissingNode()) {
      return false;
    }
    if (s.has("example") || s.has("examples")) {
      return true;
    }
    for (JsonNode property : s.path("properties")) {
      if (documented(property, depth + 1)) {
        return true;
      }
    }
    for (String key : List.of("allOf", "oneOf", "anyOf")) {
      if (s.path(key).size() > 0 && documented(s.path(key).get(0), depth + 1)) {
        return true;
      }
    }
    return s.has("items") && documented(s.get("items"), depth + 1);
  }

  /**
   * An example put together as documentation tools do: each property's own example, the first
   * enum value or variant, and a value of the declared type and format for required ones without one.
   */
  JsonNode compose(JsonNode schema, int depth) {
    return compose(schema, depth, java.util.Set.of());
  }

  private JsonNode compose(JsonNode schema, int depth, java.util.Set<String> alsoRequired) {
    JsonNode s = resolve(schema);
    if (s.isMissingNode() || depth > 8) {
      return null;
    }
    if (s.has("example")) {
      return parsed(s.get("example"));
    }
    if (s.has("examples") && s.get("examples").isArray() && s.get("examples").size() > 0) {
      return parsed(s.get("examples").get(0));
    }
    if (s.has("const")) {
      return s.get("const");
    }
    if (s.has("enum") && s.get("enum").size() > 0) {
      for (JsonNode value : s.get("enum")) {
        if (!value.isNull()) {
          return value;
        }
      }
    }
    for (String key : List.of("oneOf", "anyOf")) {
      for (JsonNode variant : s.path(key)) {
        if (!"null".equals(resolve(variant).path("type").asText())) {
          return compose(variant, depth + 1);
        }
      }
    }
    com.fasterxml.jackson.databind.node.ObjectNode object = null;
    if (s.has("allOf")) {
      object = JSON.createObjectNode();
      java.util.Set<String> outer = new java.util.HashSet<>(alsoRequired);
      s.path("required").forEach(name -> outer.add(name.asText()));
      // A part may require what a sibling part defines: every part's required names apply to all.
      s.get("allOf").forEach(part -> resolve(part).path("required").forEach(name -> outer.add(name.asText())));
      for (JsonNode part : s.get("allOf")) {
        JsonNode value = compose(part, depth + 1, outer);
        if (value != null && value.isObject()) {
          object.setAll((com.fasterxml.jackson.databind.node.ObjectNode) value);
        }
      }
    }
    String type = s.path("type").isArray() ? firstType(s.get("type")) : s.path("type").asText("");
    if (s.has("properties") || "object".equals(type)) {
      if (object == null) {
        object = JSON.createObjectNode();
      }
      java.util.Set<String> required = new java.util.HashSet<>(alsoRequired);
      s.path("required").forEach(name -> required.add(name.asText()));
      for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        JsonNode declared = resolve(property.getValue());
        boolean oneValue = declared.has("const") || declared.path("enum").size() == 1;
        if (required.contains(property.getKey()) || oneValue || documented(property.getValue(), 0)) {
          JsonNode value = compose(property.getValue(), depth + 1);
          if (value != null) {
            object.set(property.getKey(), value);
          }
        }
      }
      return object;
    }
    if (object != null) {
      return object;
    }
    switch (type) {
      case "array": {
        JsonNode item = compose(s.path("items"), depth + 1);
        com.fasterxml.jackson.databind.node.ArrayNode array = JSON.createArrayNode();
        if (item != null) {
          array.add(item);
        }
        return array;
      }
      case "integer":
        return JSON.getNodeFactory().numberNode(1);
      case "number":
        return JSON.getNodeFactory().numberNode(1.5);
      case "boolean":
        return JSON.getNodeFactory().booleanNode(true);
      case "string":
        switch (s.path("format").asText("")) {
          case "date-time": return JSON.getNodeFactory().textNode("2024-01-02T03:04:05Z");
          case "date": return JSON.getNodeFactory().textNode("2024-01-02");
          case "uuid": return JSON.getNodeFactory().textNode("00000000-0000-0000-0000-000000000001");
          case "uri": case "url": return JSON.getNodeFactory().textNode("https://example.com/");
          default: return JSON.getNodeFactory().textNode("text");
        }
      default:
        return null;
    }
  }

  private static String firstType(JsonNode types) {
    for (JsonNode type : types) {
      if (!"null".equals(type.asText())) {
        return type.asText();
      }
    }
    return "";
  }

  /** An example given as JSON text inside the YAML (a habit of some vendors) is that JSON. */
  static JsonNode parsed(JsonNode example) {
    String text = example.isTextual() ? example.asText().strip() : "";
    if (text.startsWith("{") || text.startsWith("[")) {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        return example;
      }
    }
    return example;
  }

  /** Follows a local {@code $ref}, once or more. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int i = 0; i < 10 && current.has("$ref"); i++) {
      current = spec.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }
}
