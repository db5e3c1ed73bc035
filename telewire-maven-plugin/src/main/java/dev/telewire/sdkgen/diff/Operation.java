package dev.telewire.sdkgen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One operation of a spec, found by its method and path. */
record Operation(String path, String method, JsonNode node, JsonNode pathItem) {
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final int MAX_REF_HOPS = 16;

  /** Every operation of {@code spec} by {@link #key()}, in spec order. */
  static Map<String, Operation> all(JsonNode spec) {
    Map<String, Operation> result = new LinkedHashMap<>();
    spec.path("paths").properties().forEach(path -> {
      JsonNode item = deref(spec, path.getValue());
      for (String method : METHODS) {
        if (item.path(method).isObject()) {
          Operation operation = new Operation(path.getKey(), method, item.get(method), item);
          result.put(operation.key(), operation);
        }
      }
    });
    return result;
  }

  /** Follows a local {@code $ref} (to a response, parameter, request body or path item). */
  static JsonNode deref(JsonNode document, JsonNode node) {
    JsonNode current = node;
    for (int hop = 0; hop < MAX_REF_HOPS && current != null && current.hasNonNull("$ref"); hop++) {
      String ref = current.get("$ref").asText();
      if (!ref.startsWith("#")) {
        return current;
      }
      current = document.at(ref.substring(1));
    }
    return current;
  }

  /** The schema of a request body or response: its JSON content, else its first content. */
  static JsonNode bodySchema(JsonNode bodyOrResponse) {
    JsonNode content = bodyOrResponse == null ? null : bodyOrResponse.get("content");
    if (content == null || !content.isObject() || content.isEmpty()) {
      return null;
    }
    JsonNode media = content.has("application/json") ? content.get("application/json") : content.elements().next();
    return media.get("schema");
  }

  /** Such as {@code POST /telephony/numbers/unassign}. */
  String key() {
    return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
  }

  /** The parameters by {@code <in> parameter '<name>'}: path-level first, the operation's own overriding. */
  Map<String, JsonNode> parameters(JsonNode document) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    List<JsonNode> all = new ArrayList<>();
    pathItem.path("parameters").forEach(all::add);
    node.path("parameters").forEach(all::add);
    for (JsonNode parameter : all) {
      JsonNode resolved = deref(document, parameter);
      result.put(resolved.path("in").asText() + " parameter '" + resolved.path("name").asText() + "'", resolved);
    }
    return result;
  }

  /** The request body, or null when the operation has none. */
  JsonNode requestBody(JsonNode document) {
    JsonNode body = deref(document, node.get("requestBody"));
    return body == null || body.isMissingNode() ? null : body;
  }

  /** The responses by status code, in spec order. */
  Map<String, JsonNode> responses(JsonNode document) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    node.path("responses").properties().forEach(r -> result.put(r.getKey(), deref(document, r.getValue())));
    return result;
  }

  /** The status whose body the method returns: the lowest 2xx, or null when there is none. */
  String successStatus() {
    List<String> codes = new ArrayList<>();
    node.path("responses").fieldNames().forEachRemaining(codes::add);
    return codes.stream().filter(code -> code.startsWith("2")).sorted().findFirst().orElse(null);
  }

  /** The security requirements that apply: the operation's own, else the document's; as readable alternatives. */
  List<String> security(JsonNode document) {
    JsonNode requirements = node.has("security") ? node.get("security") : document.path("security");
    List<String> result = new ArrayList<>();
    for (JsonNode requirement : requirements) {
      List<String> schemes = new ArrayList<>();
      requirement.properties().forEach(scheme -> {
        String scopes = scheme.getValue().isEmpty() ? "" : scheme.getValue().toString();
        schemes.add(scheme.getKey() + scopes);
      });
      schemes.sort(null);
      result.add(schemes.isEmpty() ? "anonymous" : String.join(" + ", schemes));
    }
    result.sort(null);
    return result;
  }
}
