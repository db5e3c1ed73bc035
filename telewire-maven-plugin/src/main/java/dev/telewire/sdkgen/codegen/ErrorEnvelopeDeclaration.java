package dev.telewire.sdkgen.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code errors} map of {@code x-telewire-client}: where the vendor's error bodies keep
 * the code, message, request id and field errors. The client template receives each part as the
 * Java string literals of its pointers, ready to pass to the runtime's envelope builder.
 */
final class ErrorEnvelopeDeclaration {
  private static final Set<String> KEYS = Set.of("code", "message", "requestId", "fieldErrors");
  private static final Set<String> FIELD_KEYS = Set.of("at", "path", "message", "type");

  private ErrorEnvelopeDeclaration() {}

  /** Returns the envelope for the template, or null when none is declared. */
  static Map<String, Object> of(Object declared, String where) {
    if (declared == null) {
      return null;
    }
    if (!(declared instanceof Map<?, ?> errors)) {
      throw new UnsupportedConstructException(where, "an 'errors' that is not a map",
          "Declare errors as a map with code, message, requestId and fieldErrors.");
    }
    for (Object key : errors.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        throw new UnsupportedConstructException(where, "the error envelope key '" + key + "'",
            "Use code, message, requestId or fieldErrors.");
      }
    }
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("code", literals(errors.get("code"), where + ".code"));
    envelope.put("message", literals(errors.get("message"), where + ".message"));
    envelope.put("requestId", literals(errors.get("requestId"), where + ".requestId"));
    Object fields = errors.get("fieldErrors");
    if (fields != null) {
      envelope.put("fieldErrors", fieldErrors(fields, where + ".fieldErrors"));
    }
    return envelope;
  }

  private static Map<String, Object> fieldErrors(Object declared, String where) {
    if (!(declared instanceof Map<?, ?> fields)) {
      throw new UnsupportedConstructException(where, "a 'fieldErrors' that is not a map",
          "Declare fieldErrors as {at: /detail, path: /loc, message: /msg, type: /type}.");
    }
    for (Object key : fields.keySet()) {
      if (!FIELD_KEYS.contains(String.valueOf(key))) {
        throw new UnsupportedConstructException(where, "the field error key '" + key + "'",
            "Use at, path, message or type.");
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (String key : List.of("at", "path", "message")) {
      String pointer = pointer(fields.get(key), where + "." + key);
      if (pointer == null) {
        throw new UnsupportedConstructException(where, "field errors without '" + key + "'",
            "Give at (the array), path and message; type is optional.");
      }
      result.put(key, pointer);
    }
    String type = pointer(fields.get("type"), where + ".type");
    result.put("type", type == null ? "null" : type);
    return result;
  }

  /** One pointer or a list of them, as comma-separated Java string literals (empty when absent). */
  private static String literals(Object declared, String where) {
    if (declared == null) {
      return "";
    }
    List<?> values = declared instanceof List<?> list ? list : List.of(declared);
    List<String> literals = new ArrayList<>();
    for (Object value : values) {
      literals.add(pointer(value, where));
    }
    return String.join(", ", literals);
  }

  private static String pointer(Object value, String where) {
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> || value instanceof List<?> || value.toString().isBlank()) {
      throw new UnsupportedConstructException(where, "the pointer '" + value + "'",
          "Give a JSON Pointer such as /error/code or a property name.");
    }
    return "\"" + Unions.escape(value.toString().strip()) + "\"";
  }
}
