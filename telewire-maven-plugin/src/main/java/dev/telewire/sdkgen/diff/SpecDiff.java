package dev.telewire.sdkgen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.codegen.GeneratedApi;
import dev.telewire.sdkgen.diff.Change.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two resolved OpenAPI documents (3.0 or 3.1, overlays already applied) and lists what
 * changed for the callers of the generated client, breaking changes first.
 *
 * <p>It walks each operation's parameters, request body and responses through their schemas, so a
 * field is judged by the side it travels on: a removed request field breaks the calls that send it,
 * a removed response field breaks the code that reads it. Descriptions and examples are ignored.
 */
final class SpecDiff {
  private enum Side { REQUEST, RESPONSE }

  private final JsonNode baseline;
  private final JsonNode current;
  private final Set<Change> changes = new LinkedHashSet<>();
  private final Set<String> visited = new HashSet<>();
  private final Map<String, String> methodsBefore;
  private final Map<String, String> methodsAfter;

  private SpecDiff(JsonNode baseline, JsonNode current, Map<String, String> methodsBefore, Map<String, String> methodsAfter) {
    this.baseline = baseline;
    this.current = current;
    this.methodsBefore = methodsBefore;
    this.methodsAfter = methodsAfter;
  }

  /** The changes from {@code baseline} to {@code current}, with the methods named by a dry run of the codegen. */
  static List<Change> compare(JsonNode baseline, JsonNode current) {
    return compare(baseline, current, GeneratedApi.of(baseline).methods(), GeneratedApi.of(current).methods());
  }

  /**
   * The changes from {@code baseline} to {@code current}, breaking ones first, each once;
   * {@code methodsBefore} and {@code methodsAfter} give the generated Java method of each operation
   * by {@code METHOD /path}, as the codegen names them.
   */
  static List<Change> compare(JsonNode baseline, JsonNode current, Map<String, String> methodsBefore, Map<String, String> methodsAfter) {
    SpecDiff diff = new SpecDiff(baseline, current, methodsBefore, methodsAfter);
    diff.servers();
    diff.securitySchemes();
    diff.operations();
    List<Change> result = new ArrayList<>(diff.changes);
    result.sort(Comparator.comparing(change -> !change.breaking()));
    return List.copyOf(result);
  }

  private void add(Kind kind, String location, String detail) {
    changes.add(new Change(kind, location, detail));
  }

  private void servers() {
    Set<String> before = serverUrls(baseline);
    Set<String> after = serverUrls(current);
    if (!before.equals(after)) {
      add(Kind.SERVER_CHANGED, "servers", "server URLs changed from " + before + " to " + after);
    }
  }

  private static Set<String> serverUrls(JsonNode spec) {
    Set<String> urls = new TreeSet<>();
    spec.path("servers").forEach(server -> urls.add(server.path("url").asText()));
    return urls;
  }

  private void securitySchemes() {
    JsonNode before = baseline.path("components").path("securitySchemes");
    JsonNode after = current.path("components").path("securitySchemes");
    before.properties().forEach(scheme -> {
      String location = "security scheme " + scheme.getKey();
      JsonNode now = after.get(scheme.getKey());
      if (now == null) {
        add(Kind.SECURITY_CHANGED, location, "security scheme '" + scheme.getKey() + "' removed");
        return;
      }
      List<String> differences = new ArrayList<>();
      Set<String> keys = new TreeSet<>();
      scheme.getValue().fieldNames().forEachRemaining(keys::add);
      now.fieldNames().forEachRemaining(keys::add);
      keys.remove("description");
      for (String key : keys) {
        JsonNode was = scheme.getValue().get(key);
        JsonNode is = now.get(key);
        if (was == null || !was.equals(is)) {
          differences.add(key + " " + (was == null ? "(none)" : text(was)) + " -> " + (is == null ? "(none)" : text(is)));
        }
      }
      if (!differences.isEmpty()) {
        add(Kind.SECURITY_CHANGED, location,
            "security scheme '" + scheme.getKey() + "' changed: " + String.join(", ", differences));
      }
    });
    after.fieldNames().forEachRemaining(name -> {
      if (!before.has(name)) {
        add(Kind.SECURITY_ADDED, "security scheme " + name, "new security scheme '" + name + "'");
      }
    });
  }

  private static String text(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private void operations() {
    Map<String, Operation> before = Operation.all(baseline);
    Map<String, Operation> after = Operation.all(current);
    before.forEach((key, operation) -> {
      Operation now = after.get(key);
      if (now == null) {
        add(Kind.OPERATION_REMOVED, key, "operation removed; the client loses " + method(methodsBefore, key));
      } else {
        operation(operation, now);
      }
    });
    after.forEach((key, operation) -> {
      if (!before.containsKey(key)) {
        add(Kind.OPERATION_ADDED, key, "new operation; the client gains " + method(methodsAfter, key));
      }
    });
  }

  private static String method(Map<String, String> methods, String key) {
    String method = methods.get(key);
    return method == null ? "no method (it is not generated)" : method + "()";
  }

  private void operation(Operation before, Operation after) {
    String location = before.key();
    String was = methodsBefore.get(location);
    String is = methodsAfter.get(location);
    if (was != null && is != null && !was.equals(is)) {
      add(Kind.OPERATION_RENAMED, location, "client method " + was + "() becomes " + is + "()");
    }
    parameters(location, before, after);
    requestBody(location, before, after);
    responses(location, before, after);
    List<String> securityBefore = before.security(baseline);
    List<String> securityAfter = after.security(current);
    if (!securityBefore.equals(securityAfter)) {
      add(Kind.SECURITY_CHANGED, location,
          "security requirement changed from " + securityBefore + " to " + securityAfter);
    }
  }

  private void parameters(String location, Operation before, Operation after) {
    Map<String, JsonNode> was = before.parameters(baseline);
    Map<String, JsonNode> is = after.parameters(current);
    was.forEach((name, parameter) -> {
      JsonNode now = is.get(name);
      if (now == null) {
        add(Kind.REQUEST_FIELD_REMOVED, location, name + " removed");
        return;
      }
      required(location, name, parameter.path("required").asBoolean(false), now.path("required").asBoolean(false));
      schemas(Side.REQUEST, location + " " + name, parameter.get("schema"), now.get("schema"));
    });
    is.forEach((name, parameter) -> {
      if (!was.containsKey(name)) {
        boolean required = parameter.path("required").asBoolean(false);
        add(required ? Kind.REQUEST_FIELD_REQUIRED : Kind.REQUEST_FIELD_ADDED, location,
            (required ? "new required " : "new optional ") + name);
      }
    });
  }

  private void required(String location, String name, boolean was, boolean is) {
    if (!was && is) {
      add(Kind.REQUEST_FIELD_REQUIRED, location, name + " is now required");
    } else if (was && !is) {
      add(Kind.REQUEST_FIELD_OPTIONAL, location, name + " is now optional");
    }
  }

  private void requestBody(String location, Operation before, Operation after) {
    JsonNode was = before.requestBody(baseline);
    JsonNode is = after.requestBody(current);
    JsonNode wasSchema = Operation.bodySchema(was);
    JsonNode isSchema = Operation.bodySchema(is);
    if (wasSchema != null && isSchema == null) {
      add(Kind.REQUEST_FIELD_REMOVED, location, "request body removed");
    } else if (wasSchema == null && isSchema != null) {
      boolean required = is.path("required").asBoolean(false);
      add(required ? Kind.REQUEST_FIELD_REQUIRED : Kind.REQUEST_FIELD_ADDED, location,
          (required ? "new required" : "new optional") + " request body " + Schema.of(current, isSchema).render());
    } else if (wasSchema != null) {
      required(location, "request body", was.path("required").asBoolean(false), is.path("required").asBoolean(false));
      schemas(Side.REQUEST, location + " request body", wasSchema, isSchema);
    }
  }

  private void responses(String location, Operation before, Operation after) {
    Map<String, JsonNode> was = before.responses(baseline);
    Map<String, JsonNode> is = after.responses(current);
    String success = after.successStatus();
    was.forEach((status, response) -> {
      JsonNode now = is.get(status);
      if (now == null) {
        add(Kind.RESPONSE_REMOVED, location, "response " + status + " removed");
        return;
      }
      JsonNode wasSchema = Operation.bodySchema(response);
      JsonNode isSchema = Operation.bodySchema(now);
      if (wasSchema != null && isSchema == null) {
        add(Kind.RESPONSE_REMOVED, location, "response " + status + " no longer has a body");
      } else if (wasSchema == null && isSchema != null) {
        String type = Schema.of(current, isSchema).render();
        if (status.equals(success)) {
          add(Kind.TYPE_CHANGED, location, "response " + status + " body type changed from none to " + type);
        } else {
          add(Kind.RESPONSE_ADDED, location, "response " + status + " now has a body of type " + type);
        }
      } else if (wasSchema != null) {
        schemas(Side.RESPONSE, location + " response " + status, wasSchema, isSchema);
      }
    });
    is.forEach((status, response) -> {
      if (!was.containsKey(status)) {
        add(Kind.RESPONSE_ADDED, location, "new response " + status);
      }
    });
  }

  private void schemas(Side side, String location, JsonNode wasNode, JsonNode isNode) {
    Schema was = Schema.of(baseline, wasNode);
    Schema is = Schema.of(current, isNode);
    if (!was.sameTypeAs(is)) {
      add(Kind.TYPE_CHANGED, location, "type changed from " + was.render() + " to " + is.render());
    }
    String prefix = location;
    if (was.className() != null && is.className() != null) {
      if (!visited.add(side + " " + was.className() + " " + is.className())) {
        return;
      }
      prefix = is.className();
    }
    enums(side, location, was, is);
    if (was.isObject() && is.isObject()) {
      properties(side, prefix, was, is);
    }
    if (was.isArray() && is.isArray()) {
      schemas(side, location + "[]", was.items(), is.items());
    }
    if (was.additionalProperties() != null && is.additionalProperties() != null) {
      schemas(side, location + "{}", was.additionalProperties(), is.additionalProperties());
    }
  }

  private void enums(Side side, String location, Schema was, Schema is) {
    if (was.enumValues().isEmpty() || is.enumValues().isEmpty()) {
      return;
    }
    String owner = is.className() == null ? "" : " (" + is.className() + ")";
    for (String value : was.enumValues()) {
      if (!is.enumValues().contains(value)) {
        add(side == Side.REQUEST ? Kind.REQUEST_ENUM_VALUE_REMOVED : Kind.RESPONSE_ENUM_VALUE_REMOVED, location,
            "enum value '" + value + "' removed" + owner);
      }
    }
    for (String value : is.enumValues()) {
      if (!was.enumValues().contains(value)) {
        add(side == Side.REQUEST ? Kind.REQUEST_ENUM_VALUE_ADDED : Kind.RESPONSE_ENUM_VALUE_ADDED, location,
            "new enum value '" + value + "'" + owner);
      }
    }
  }

  private void properties(Side side, String prefix, Schema was, Schema is) {
    was.properties().forEach((name, property) -> {
      String location = prefix + "." + name;
      JsonNode now = is.properties().get(name);
      if (now == null) {
        add(side == Side.REQUEST ? Kind.REQUEST_FIELD_REMOVED : Kind.RESPONSE_FIELD_REMOVED, location,
            "field '" + name + "' removed");
        return;
      }
      if (side == Side.REQUEST) {
        required(location, "field '" + name + "'", was.required().contains(name), is.required().contains(name));
      }
      schemas(side, location, property, now);
    });
    is.properties().forEach((name, property) -> {
      if (was.properties().containsKey(name)) {
        return;
      }
      String location = prefix + "." + name;
      String type = Schema.of(current, property).render();
      if (side == Side.RESPONSE) {
        add(Kind.RESPONSE_FIELD_ADDED, location, "new field '" + name + "' of type " + type);
      } else if (is.required().contains(name)) {
        add(Kind.REQUEST_FIELD_REQUIRED, location, "new required field '" + name + "' of type " + type);
      } else {
        add(Kind.REQUEST_FIELD_ADDED, location, "new optional field '" + name + "' of type " + type);
      }
    });
  }
}
