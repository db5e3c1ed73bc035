package dev.telewire.sdkgen.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects what one generation run cannot generate, instead of stopping at the first: each
 * {@link UnsupportedConstructException} becomes a {@link Problem} located by a JSON Pointer into
 * the spec as written (before openapi-generator moves inline schemas), with an Overlay action that
 * fixes it where the fix is mechanical.
 */
final class Problems {
  private static final Pattern PARAMETER = Pattern.compile("parameter '([^']*)'");
  private static final Pattern PROPERTY = Pattern.compile("property '([^']*)'");
  private static final Pattern RESPONSE = Pattern.compile("response (\\S+)");
  private static final Set<String> JSON_TYPES = Set.of("string", "integer", "number", "boolean");

  private final JsonNode spec;
  private final Map<String, String> schemaPointers = new HashMap<>();
  private final List<Problem> found = new ArrayList<>();

  /** Starts an empty list for {@code spec}, the document as read (missing when unknown). */
  Problems(JsonNode spec) {
    this.spec = spec == null ? MissingNode.getInstance() : spec;
  }

  /** Records that the schema openapi-generator will call {@code name} is at {@code pointer}. */
  void schemaAt(String name, String pointer) {
    schemaPointers.putIfAbsent(name, pointer);
  }

  /** Every problem so far, in the order found. */
  List<Problem> all() {
    return List.copyOf(found);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** A problem of the operation {@code method path} (path as in the spec). */
  void operation(String method, String path, UnsupportedConstructException e) {
    String base = "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT);
    String key = method.toUpperCase(Locale.ROOT) + " " + path;
    String where = e.where() == null ? "" : e.where();
    Matcher parameter = PARAMETER.matcher(where);
    Matcher response = RESPONSE.matcher(where);
    if (parameter.find()) {
      String pointer = parameterPointer(path, method.toLowerCase(Locale.ROOT), parameter.group(1));
      found.add(new Problem(pointer, e.getMessage() + diagnosis(spec.at(pointer + "/schema")), key,
          parameterFix(pointer, e.getMessage(), base)));
    } else if (response.find()) {
      String pointer = base + "/responses/" + escape(response.group(1));
      String action = e.getMessage().contains(VendorClient.SUCCESS_FLAG)
          ? "- target: " + target(pointer + "/" + VendorClient.SUCCESS_FLAG) + "\n"
              + "  description: Do not check a success flag on this response\n"
              + "  remove: true\n"
          : leaveOut(base);
      found.add(new Problem(pointer, e.getMessage(), key, action));
    } else {
      found.add(new Problem(base, e.getMessage(), key, leaveOut(base)));
    }
  }

  /** A problem of the model generated from schema {@code name}. */
  void schema(String name, UnsupportedConstructException e) {
    String pointer = schemaPointer(name);
    Matcher property = PROPERTY.matcher(e.where() == null ? "" : e.where());
    String action = null;
    if (property.find()) {
      pointer = pointer + "/properties/" + escape(property.group(1));
      action = e.getMessage().contains("format: byte") ? removeFormat(pointer) : removeProperty(pointer);
    } else if (e.getMessage().contains("typed additionalProperties")) {
      action = "- target: " + target(pointer + "/additionalProperties") + "\n"
          + "  description: Skip the typed extra entries; the named properties stay\n"
          + "  remove: true\n";
    }
    found.add(new Problem(pointer, e.getMessage(), null, action));
  }

  /** A problem found elsewhere, such as the client registration. */
  void other(String pointer, UnsupportedConstructException e) {
    found.add(new Problem(pointer, e.getMessage(), null, null));
  }

  private String schemaPointer(String name) {
    if (schemaPointers.containsKey(name)) {
      return schemaPointers.get(name);
    }
    // openapi-generator names a nested inline schema <parent>_<property>, an item <parent>_inner.
    String best = null;
    for (String known : schemaPointers.keySet()) {
      if (name.startsWith(known + "_") && (best == null || known.length() > best.length())) {
        best = known;
      }
    }
    if (best == null) {
      return "/components/schemas/" + escape(name);
    }
    String rest = name.substring(best.length() + 1);
    String pointer = schemaPointers.get(best);
    if (rest.equals("inner")) {
      return pointer + "/items";
    }
    return pointer + "/properties/" + escape(rest.replaceFirst("_inner$", "")) + (rest.endsWith("_inner") ? "/items" : "");
  }

  private String parameterPointer(String path, String method, String name) {
    String[] owners = {"/paths/" + escape(path) + "/" + method, "/paths/" + escape(path)};
    for (String owner : owners) {
      JsonNode parameters = spec.at(owner + "/parameters");
      for (int i = 0; i < parameters.size(); i++) {
        JsonNode parameter = parameters.get(i);
        String pointer = owner + "/parameters/" + i;
        if (parameter.hasNonNull("$ref") && parameter.get("$ref").asText().startsWith("#/")) {
          pointer = parameter.get("$ref").asText().substring(1);
          parameter = spec.at(pointer);
        }
        if (name.equals(parameter.path("name").asText(null))) {
          return pointer;
        }
      }
    }
    return owners[0];
  }

  private String parameterFix(String pointer, String message, String operationPointer) {
    if (message.contains("an object or map parameter")) {
      String type = intendedType(spec.at(pointer + "/schema"));
      return "# `update` alone would merge into the vendor's object schema and keep its properties,\n"
          + "# so the parameter would still be an object: remove the schema, then set the new one.\n"
          + "- target: " + target(pointer + "/schema") + "\n"
          + "  description: Drop the object the vendor wrote in place of a schema\n"
          + "  remove: true\n"
          + "- target: " + target(pointer) + "\n"
          + "  description: The parameter is a plain " + type + "\n"
          + "  update:\n"
          + "    schema:\n"
          + "      type: " + type + "\n";
    }
    if (message.contains("format: byte")) {
      return removeFormat(pointer + "/schema");
    }
    return leaveOut(operationPointer);
  }

  /** Says so when a parameter's schema is an object describing a schema, which the hint does not fit. */
  private static String diagnosis(JsonNode schema) {
    if (!schema.path("properties").has("type")) {
      return "";
    }
    List<String> names = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    return " Here the vendor wrote an object describing a schema (properties " + String.join(", ", names)
        + ") where the schema belongs: the parameter is a plain " + intendedType(schema) + ".";
  }

  /**
   * The scalar type a vendor meant when it wrote a schema as an object describing a schema, such
   * as {@code {type: object, properties: {type: {example: integer}}}}: else {@code string}.
   */
  static String intendedType(JsonNode schema) {
    JsonNode described = schema.path("properties").path("type");
    for (String key : List.of("example", "default", "const")) {
      String value = described.path(key).asText("");
      if (JSON_TYPES.contains(value)) {
        return value;
      }
    }
    JsonNode values = described.path("enum");
    if (values.size() == 1 && JSON_TYPES.contains(values.get(0).asText())) {
      return values.get(0).asText();
    }
    String type = described.path("type").asText("");
    return JSON_TYPES.contains(type) && !schema.path("properties").has("properties") ? type : "string";
  }

  private static String leaveOut(String operationPointer) {
    return "- target: " + target(operationPointer) + "\n"
        + "  description: Leave this operation out of the client until it can be corrected\n"
        + "  remove: true\n";
  }

  private static String removeFormat(String schemaPointer) {
    return "- target: " + target(schemaPointer + "/format") + "\n"
        + "  description: Read the base64 text as a plain string\n"
        + "  remove: true\n";
  }

  private static String removeProperty(String propertyPointer) {
    return "- target: " + target(propertyPointer) + "\n"
        + "  description: Leave the property out of the model (its field is then skipped when read)\n"
        + "  remove: true\n";
  }

  /** Escapes one JSON Pointer token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The JSONPath of a JSON Pointer, as an Overlay target: {@code /paths/~1a/get} is {@code $.paths['/a'].get}. */
  static String target(String pointer) {
    StringBuilder path = new StringBuilder("$");
    String previous = "";
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (token.matches("\\d+") && Set.of("parameters", "allOf", "oneOf", "anyOf", "prefixItems").contains(previous)) {
        path.append('[').append(token).append(']');
      } else if (token.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        path.append('.').append(token);
      } else {
        path.append("['").append(token.replace("\\", "\\\\").replace("'", "\\'")).append("']");
      }
      previous = token;
    }
    return path.toString();
  }
}
