package dev.telewire.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.brics.automaton.RegExp;
import java.util.Iterator;
import java.util.Map;

/**
 * Values a provider following a spec could send: the spec's own example where it gives one, else
 * a value generated from the schema (every declared property, one array item, the shortest string
 * a {@code pattern} accepts, a fixed instant for {@code date-time}).
 */
final class SpecExamples {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> FORMATS = Map.of(
      "date-time", "2026-01-02T03:04:05Z",
      "date", "2026-01-02",
      "uuid", "00000000-0000-4000-8000-000000000000",
      "email", "someone@example.test",
      "uri", "https://example.test/");

  private final JsonNode spec;

  SpecExamples(JsonNode spec) {
    this.spec = spec;
  }

  /** The body a provider would send for a media type object ({@code content.<type>}). */
  JsonNode forMediaType(JsonNode mediaType) {
    if (mediaType.has("example")) {
      return mediaType.get("example");
    }
    Iterator<JsonNode> examples = mediaType.path("examples").elements();
    if (examples.hasNext()) {
      return resolve(examples.next()).path("value");
    }
    return forSchema(mediaType.path("schema"), 0);
  }

  /** A value of {@code schema}: its example, const, first enum value or default, else one built from its type. */
  JsonNode forSchema(JsonNode schemaOrRef, int depth) {
    JsonNode schema = resolve(schemaOrRef);
    for (String keyword : new String[] {"example", "const", "default"}) {
      if (schema.has(keyword)) {
        return schema.get(keyword);
      }
    }
    if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
      return schema.path("examples").get(0);
    }
    if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
      return schema.path("enum").get(0);
    }
    for (String keyword : new String[] {"allOf", "anyOf", "oneOf"}) {
      if (schema.path(keyword).isArray() && !schema.path(keyword).isEmpty()) {
        return keyword.equals("allOf") ? merged(schema.path(keyword), depth) : forSchema(schema.path(keyword).get(0), depth + 1);
      }
    }
    return switch (type(schema)) {
      case "object" -> object(schema, depth);
      case "array" -> array(schema, depth);
      case "integer" -> NODES.numberNode(schema.path("minimum").asLong(0));
      case "number" -> NODES.numberNode(schema.path("minimum").asDouble(0));
      case "boolean" -> NODES.booleanNode(true);
      case "null" -> NODES.nullNode();
      default -> NODES.textNode(string(schema));
    };
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    if (depth > 16) {
      return object;
    }
    schema.path("properties").fields().forEachRemaining(property ->
        object.set(property.getKey(), forSchema(property.getValue(), depth + 1)));
    return object;
  }

  private JsonNode array(JsonNode schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    if (depth <= 16) {
      array.add(schema.has("items") ? forSchema(schema.path("items"), depth + 1) : NODES.textNode("string"));
    }
    return array;
  }

  private JsonNode merged(JsonNode members, int depth) {
    ObjectNode merged = NODES.objectNode();
    members.forEach(member -> {
      JsonNode value = forSchema(member, depth + 1);
      if (value.isObject()) {
        merged.setAll((ObjectNode) value);
      }
    });
    return merged;
  }

  private static String string(JsonNode schema) {
    String format = schema.path("format").asText("");
    if (FORMATS.containsKey(format)) {
      return FORMATS.get(format);
    }
    if (schema.path("pattern").isTextual()) {
      String pattern = schema.path("pattern").asText();
      String core = pattern.replaceFirst("^\\^", "").replaceFirst("\\$$", "")
          .replace("\\d", "[0-9]").replace("\\w", "[A-Za-z0-9_]");
      return new RegExp(core, RegExp.NONE).toAutomaton().getShortestExample(true);
    }
    int minLength = schema.path("minLength").asInt(0);
    return "string".length() >= minLength ? "string" : "s".repeat(minLength);
  }

  /** The schema's type; for a 3.1 type list, its first type other than null. */
  private static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      for (JsonNode each : type) {
        if (!each.asText().equals("null")) {
          return each.asText();
        }
      }
      return "null";
    }
    if (type.isTextual()) {
      return type.asText();
    }
    return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
  }

  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 16 && current.path("$ref").isTextual() && current.path("$ref").asText().startsWith("#"); hops++) {
      current = spec.at(current.path("$ref").asText().substring(1));
    }
    return current;
  }
}
