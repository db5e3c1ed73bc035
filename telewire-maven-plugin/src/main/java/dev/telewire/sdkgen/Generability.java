package dev.telewire.sdkgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telewire.sdkgen.codegen.GeneratedApi;
import dev.telewire.sdkgen.codegen.Problem;
import dev.telewire.sdkgen.diff.Change;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the codegen dry on an effective spec and decides what its problems mean. An operation the
 * baseline does not have that cannot be generated (itself, or a schema only new operations use) is
 * left out of the spec, with a change saying so, and the build goes on. A problem that touches an
 * operation or schema of the baseline, or the client registration, is fatal; in strict mode every
 * problem is.
 */
final class Generability {
  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final int MAX_ROUNDS = 8;

  /**
   * The outcome of the check.
   *
   * @param spec the effective spec without the operations left out
   * @param api what the codegen makes of {@code spec}
   * @param problems every problem found, left-out ones included
   * @param fatal the problems that fail the build
   * @param changes one change per operation left out or no longer generated
   */
  record Outcome(JsonNode spec, GeneratedApi api, List<Problem> problems, List<Problem> fatal, List<Change> changes) {}

  private Generability() {}

  /** Checks {@code effective} against {@code baseline} (null when there is none). */
  static Outcome check(JsonNode effective, JsonNode baseline, boolean strict) {
    Set<String> baselineOperations = baseline == null ? Set.of() : operations(baseline).keySet();
    Set<String> baselineSchemas = new HashSet<>();
    if (baseline != null) {
      baseline.path("components").path("schemas").fieldNames().forEachRemaining(baselineSchemas::add);
    }
    JsonNode spec = effective.deepCopy();
    Set<Problem> all = new LinkedHashSet<>();
    List<Problem> fatal = new ArrayList<>();
    Map<String, Change> changes = new LinkedHashMap<>();
    GeneratedApi api = GeneratedApi.of(spec);
    for (int round = 0; round < MAX_ROUNDS && !api.problems().isEmpty(); round++) {
      Map<String, Set<String>> reach = reach(spec);
      boolean leftOut = false;
      for (Problem problem : api.problems()) {
        all.add(problem);
        Set<String> users = problem.operation() != null ? Set.of(problem.operation()) : users(reach, problem.pointer());
        String schema = schemaName(problem.pointer());
        boolean onlyNew = users.stream().noneMatch(baselineOperations::contains)
            && (!users.isEmpty() || schema != null && !baselineSchemas.contains(schema));
        if (strict || !onlyNew) {
          fatal.add(problem);
          users.stream().filter(baselineOperations::contains).forEach(operation -> changes.putIfAbsent(operation,
              new Change(Change.Kind.OPERATION_UNGENERATABLE, operation, "can no longer be generated: " + problem.message())));
          continue;
        }
        for (String operation : users) {
          remove(spec, operation);
          changes.putIfAbsent(operation, new Change(Change.Kind.OPERATION_LEFT_OUT, operation,
              "left out of the client, because it cannot be generated: " + problem.message()));
        }
        if (schema != null && users(reach(spec), "/components/schemas/" + schema).isEmpty()
            && spec.path("components").path("schemas") instanceof ObjectNode schemas) {
          schemas.remove(schema);
        }
        leftOut = true;
      }
      if (!fatal.isEmpty() || !leftOut) {
        break;
      }
      api = GeneratedApi.of(spec);
    }
    return new Outcome(spec, api, List.copyOf(all), List.copyOf(fatal), List.copyOf(changes.values()));
  }

  /** The operations of {@code spec} by {@code METHOD /path}. */
  static Map<String, JsonNode> operations(JsonNode spec) {
    Map<String, JsonNode> result = new LinkedHashMap<>();
    spec.path("paths").properties().forEach(path -> {
      for (String method : METHODS) {
        if (path.getValue().path(method).isObject()) {
          result.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), path.getValue().get(method));
        }
      }
    });
    return result;
  }

  /** For each operation, its own pointer and every pointer its {@code $ref}s reach, transitively. */
  private static Map<String, Set<String>> reach(JsonNode spec) {
    Map<String, Set<String>> result = new LinkedHashMap<>();
    operations(spec).forEach((key, node) -> {
      Set<String> reached = new LinkedHashSet<>();
      int space = key.indexOf(' ');
      reached.add("/paths/" + escape(key.substring(space + 1)) + "/" + key.substring(0, space).toLowerCase(Locale.ROOT));
      JsonNode pathItem = spec.path("paths").path(key.substring(space + 1));
      collect(spec, node, reached);
      collect(spec, pathItem.path("parameters"), reached);
      result.put(key, reached);
    });
    return result;
  }

  private static void collect(JsonNode spec, JsonNode node, Set<String> reached) {
    if (node.isObject() && node.hasNonNull("$ref") && node.get("$ref").asText().startsWith("#/")) {
      String pointer = node.get("$ref").asText().substring(1);
      if (reached.add(pointer)) {
        collect(spec, spec.at(pointer), reached);
      }
    }
    if (node.isContainerNode()) {
      node.forEach(child -> collect(spec, child, reached));
    }
  }

  private static Set<String> users(Map<String, Set<String>> reach, String pointer) {
    Set<String> users = new LinkedHashSet<>();
    reach.forEach((operation, pointers) -> {
      for (String reached : pointers) {
        if (pointer.equals(reached) || pointer.startsWith(reached + "/")) {
          users.add(operation);
          return;
        }
      }
    });
    return users;
  }

  private static String schemaName(String pointer) {
    String prefix = "/components/schemas/";
    if (!pointer.startsWith(prefix)) {
      return null;
    }
    String rest = pointer.substring(prefix.length());
    int slash = rest.indexOf('/');
    return (slash < 0 ? rest : rest.substring(0, slash)).replace("~1", "/").replace("~0", "~");
  }

  private static void remove(JsonNode spec, String operation) {
    int space = operation.indexOf(' ');
    String path = operation.substring(space + 1);
    if (spec.path("paths").path(path) instanceof ObjectNode item) {
      item.remove(operation.substring(0, space).toLowerCase(Locale.ROOT));
      if (METHODS.stream().noneMatch(item::has) && spec.get("paths") instanceof ObjectNode paths) {
        paths.remove(path);
      }
    }
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
