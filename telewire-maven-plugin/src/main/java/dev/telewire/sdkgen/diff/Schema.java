package dev.telewire.sdkgen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schema with its {@code $ref}, single {@code allOf} and nullable {@code anyOf}/{@code oneOf}
 * wrappers resolved, and OpenAPI 3.0 and 3.1 nullability in one form.
 *
 * <p>{@code type: [string, 'null']} (3.1), {@code type: string, nullable: true} (3.0) and
 * {@code anyOf: [{type: string}, {type: 'null'}]} all read as type {@code string}, nullable. That
 * is what lets the comparator see a type change on either spec version.
 *
 * @param className the schema's name (component name or title) when it becomes a class, else null
 * @param types the JSON types other than null; empty means any value
 * @param nullable whether null is allowed
 * @param format the format, or null
 * @param enumValues the allowed values other than null (empty: not an enum)
 * @param properties the object properties by wire name, in spec order
 * @param required the required property names
 * @param items the array item schema, or null
 * @param additionalProperties the map value schema, or null
 * @param alternatives the rendered alternatives of a real oneOf/anyOf, otherwise empty
 */
record Schema(
    String className,
    Set<String> types,
    boolean nullable,
    String format,
    List<String> enumValues,
    Map<String, JsonNode> properties,
    Set<String> required,
    JsonNode items,
    JsonNode additionalProperties,
    List<String> alternatives) {
  private static final int MAX_DEPTH = 64;

  /** Resolves {@code schema}, whose {@code $ref}s point into {@code document}; missing means any value. */
  static Schema of(JsonNode document, JsonNode schema) {
    return resolve(document, schema, 0);
  }

  boolean isObject() {
    return types.equals(Set.of("object"));
  }

  boolean isArray() {
    return types.equals(Set.of("array"));
  }

  /** Whether openapi-generator makes a class of it: an enum, an object with properties, or a composition. */
  boolean producesClass() {
    return !enumValues.isEmpty() || (isObject() && !properties.isEmpty()) || !alternatives.isEmpty();
  }

  /** The type as a reader knows it from a spec: {@code [object, null] ErrorDetail}, {@code string (date-time)}. */
  String render() {
    String type;
    if (!alternatives.isEmpty()) {
      type = String.join(" | ", alternatives);
    } else if (types.isEmpty()) {
      type = "any";
    } else {
      type = types.size() == 1 ? types.iterator().next() : "[" + String.join(", ", types) + "]";
    }
    if (nullable) {
      type = type.startsWith("[") ? type.substring(0, type.length() - 1) + ", null]" : "[" + type + ", null]";
    }
    if (format != null) {
      type += " (" + format + ")";
    }
    if (className == null && !enumValues.isEmpty()) {
      type += " enum";
    }
    return className == null ? type : type + " " + className;
  }

  /** Whether the two map to the same wire type and the same Java type (enum values aside). */
  boolean sameTypeAs(Schema other) {
    return render().equals(other.render());
  }

  private Schema withClassName(String name) {
    return new Schema(name, types, nullable, format, enumValues, properties, required, items, additionalProperties, alternatives);
  }

  private Schema withNullable(boolean nullable) {
    return new Schema(className, types, nullable, format, enumValues, properties, required, items, additionalProperties, alternatives);
  }

  private static Schema resolve(JsonNode document, JsonNode schema, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("schema nesting too deep, or a $ref cycle without properties");
    }
    if (schema == null || !schema.isObject()) {
      return any();
    }
    boolean nullable = schema.path("nullable").asBoolean(false);
    if (schema.hasNonNull("$ref")) {
      String ref = schema.get("$ref").asText();
      JsonNode target = ref.startsWith("#") ? document.at(ref.substring(1)) : null;
      if (target == null || target.isMissingNode()) {
        return new Schema(null, Set.of("unresolved " + ref), nullable, null, List.of(), Map.of(), Set.of(), null, null, List.of());
      }
      Schema resolved = resolve(document, target, depth + 1);
      if (resolved.producesClass() && !target.has("$ref")) {
        resolved = resolved.withClassName(ref.substring(ref.lastIndexOf('/') + 1));
      }
      return nullable ? resolved.withNullable(true) : resolved;
    }
    JsonNode allOf = schema.get("allOf");
    if (allOf != null && allOf.isArray() && !allOf.isEmpty()) {
      return allOf(document, schema, allOf, nullable, depth);
    }
    for (String keyword : List.of("oneOf", "anyOf")) {
      JsonNode alternatives = schema.get(keyword);
      if (alternatives != null && alternatives.isArray() && !alternatives.isEmpty()) {
        return alternatives(document, schema, alternatives, nullable, depth);
      }
    }
    return plain(schema, nullable);
  }

  private static Schema allOf(JsonNode document, JsonNode schema, JsonNode allOf, boolean nullable, int depth) {
    List<Schema> parts = new ArrayList<>();
    for (JsonNode part : allOf) {
      parts.add(resolve(document, part, depth + 1));
    }
    Schema own = plain(schema, nullable);
    if (parts.size() == 1 && own.properties.isEmpty()) {
      Schema only = parts.get(0);
      return nullable || own.nullable ? only.withNullable(true) : only;
    }
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    for (Schema part : parts) {
      properties.putAll(part.properties);
      required.addAll(part.required);
    }
    properties.putAll(own.properties);
    required.addAll(own.required);
    Schema merged = new Schema(null, Set.of("object"), own.nullable, null, List.of(),
        Collections.unmodifiableMap(properties), Set.copyOf(required), null, null, List.of());
    return merged.withClassName(title(schema));
  }

  private static Schema alternatives(JsonNode document, JsonNode schema, JsonNode alternatives, boolean nullable, int depth) {
    List<JsonNode> nonNull = new ArrayList<>();
    boolean nullAllowed = nullable;
    for (JsonNode alternative : alternatives) {
      if (isNullOnly(alternative)) {
        nullAllowed = true;
      } else {
        nonNull.add(alternative);
      }
    }
    if (nonNull.size() == 1) {
      Schema only = resolve(document, nonNull.get(0), depth + 1);
      return nullAllowed ? only.withNullable(true) : only;
    }
    List<String> rendered = new ArrayList<>();
    for (JsonNode alternative : nonNull) {
      rendered.add(resolve(document, alternative, depth + 1).render());
    }
    return new Schema(title(schema), Set.of(), nullAllowed, null, List.of(), Map.of(), Set.of(), null, null, List.copyOf(rendered));
  }

  private static boolean isNullOnly(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      return type.asText().equals("null");
    }
    if (type != null && type.isArray()) {
      return type.size() == 1 && type.get(0).asText().equals("null");
    }
    JsonNode values = schema.get("enum");
    return values != null && values.isArray() && values.size() == 1 && values.get(0).isNull();
  }

  private static Schema plain(JsonNode schema, boolean nullable) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    boolean nullAllowed = nullable || types.remove("null");
    List<String> enumValues = new ArrayList<>();
    JsonNode values = schema.has("enum") ? schema.get("enum") : schema.get("const");
    if (values != null) {
      for (JsonNode value : values.isArray() ? values : List.of(values)) {
        if (value.isNull()) {
          nullAllowed = true;
        } else {
          enumValues.add(value.asText());
        }
      }
    }
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    schema.path("properties").properties().forEach(field -> properties.put(field.getKey(), field.getValue()));
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    JsonNode items = schema.get("items");
    JsonNode additional = schema.get("additionalProperties");
    if (types.isEmpty()) {
      if (!properties.isEmpty() || (additional != null && additional.isObject())) {
        types.add("object");
      } else if (items != null) {
        types.add("array");
      } else if (!enumValues.isEmpty()) {
        JsonNode first = (values.isArray() ? values : List.of(values)).iterator().next();
        types.add(first.isTextual() ? "string" : first.isIntegralNumber() ? "integer" : first.isNumber() ? "number" : "boolean");
      }
    }
    String format = schema.hasNonNull("format") ? schema.get("format").asText() : null;
    Schema result = new Schema(null, Collections.unmodifiableSet(types), nullAllowed, format, List.copyOf(enumValues),
        Collections.unmodifiableMap(properties), Collections.unmodifiableSet(required), items,
        additional != null && additional.isObject() ? additional : null, List.of());
    return result.producesClass() ? result.withClassName(title(schema)) : result;
  }

  private static String title(JsonNode schema) {
    return schema.hasNonNull("title") ? schema.get("title").asText() : null;
  }

  private static Schema any() {
    return new Schema(null, Set.of(), false, null, List.of(), Map.of(), Set.of(), null, null, List.of());
  }
}
