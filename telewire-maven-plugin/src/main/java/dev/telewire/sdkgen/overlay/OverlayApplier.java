package dev.telewire.sdkgen.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies an {@link Overlay} to a spec, following OpenAPI Overlay 1.0: an update is merged into
 * every node its target selects (objects recursively, arrays by appending), a removal deletes them.
 *
 * <p>An action whose target selects nothing fails, naming the action: a vendor change that moved
 * what we patch must be noticed, not silently ignored.
 */
public final class OverlayApplier {
  private static final Configuration PATHS =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider())
          .mappingProvider(new JacksonMappingProvider())
          .options(Option.AS_PATH_LIST)
          .build();
  private static final Configuration VALUES =
      Configuration.builder()
          .jsonProvider(new JacksonJsonNodeJsonProvider())
          .mappingProvider(new JacksonMappingProvider())
          .build();

  private OverlayApplier() {}

  /** Returns a copy of {@code spec} with every action of {@code overlay} applied in order. */
  public static JsonNode apply(JsonNode spec, Overlay overlay) {
    JsonNode result = spec.deepCopy();
    for (Overlay.Action action : overlay.actions()) {
      result = apply(result, action);
    }
    return result;
  }

  /** Applies one action to {@code document}, which it may change in place; returns the result. */
  static JsonNode apply(JsonNode document, Overlay.Action action) {
    List<String> paths = matches(document, action);
    if (paths.isEmpty()) {
      throw new OverlayException(
          "overlay "
              + action.label()
              + ": target "
              + action.target()
              + " matches nothing in the spec. The vendor spec has changed: update or remove this action.");
    }
    DocumentContext context = context(document);
    if (action.remove()) {
      // Delete the deepest paths first so that array indexes stay valid.
      List<String> reversed = new ArrayList<>(paths);
      java.util.Collections.reverse(reversed);
      for (String path : reversed) {
        if (path.equals("$")) {
          throw new OverlayException("overlay " + action.label() + ": cannot remove the whole document");
        }
        context.delete(path);
      }
      return context.json();
    }
    for (String path : paths) {
      JsonNode target = context.read(path);
      if (target instanceof ObjectNode object && action.update().isObject()) {
        merge(object, (ObjectNode) action.update());
      } else if (target instanceof ArrayNode array) {
        if (action.update().isArray()) {
          action.update().forEach(item -> array.add(item.deepCopy()));
        } else {
          array.add(action.update().deepCopy());
        }
      } else if (path.equals("$")) {
        throw new OverlayException(
            "overlay " + action.label() + ": the document root can only be updated with an object");
      } else {
        context.set(path, action.update().deepCopy());
      }
    }
    return context.json();
  }

  /** A JSONPath context over {@code document} that reads and writes Jackson nodes. */
  static DocumentContext context(JsonNode document) {
    return JsonPath.using(VALUES).parse(document);
  }

  /** The normalized paths the action's target selects; empty when it selects nothing. */
  static List<String> matches(JsonNode document, Overlay.Action action) {
    try {
      JsonNode paths = JsonPath.using(PATHS).parse(document).read(action.target());
      List<String> result = new ArrayList<>();
      if (paths != null) {
        paths.forEach(path -> result.add(path.asText()));
      }
      return result;
    } catch (PathNotFoundException e) {
      return List.of();
    } catch (InvalidPathException e) {
      throw new OverlayException(
          "overlay " + action.label() + ": target " + action.target() + " is not valid JSONPath: " + e.getMessage());
    }
  }

  /** Merges {@code update} into {@code target}: objects recursively, anything else replaces. */
  static void merge(ObjectNode target, ObjectNode update) {
    update
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode existing = target.get(field.getKey());
              JsonNode value = field.getValue();
              if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject) {
                merge(existingObject, valueObject);
              } else if (existing instanceof ArrayNode existingArray && value instanceof ArrayNode) {
                value.forEach(item -> existingArray.add(item.deepCopy()));
              } else {
                target.set(field.getKey(), value.deepCopy());
              }
            });
  }
}
