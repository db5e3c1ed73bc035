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
    }
    return found;
  }

  /** An example given as JSON text inside the YAML (a habit of some vendors) is that JSON. */
  private static JsonNode parsed(JsonNode example) {
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
