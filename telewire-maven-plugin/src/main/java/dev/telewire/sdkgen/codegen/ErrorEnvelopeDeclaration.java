package dev.telewire.sdkgen.codegen;

import java.util.ArrayList;
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

  /**
   * Where error bodies keep their parts, each as comma-separated Java string literals (empty when
   * not declared).
   *
   * @param code the pointers to the error code
   * @param message the pointers to the message
   * @param requestId the pointers to the request id
   * @param fieldErrors where the field errors are, or null
   */
  record Envelope(String code, String message, String requestId, FieldErrors fieldErrors) {}

  /**
   * Where an error body lists field errors, each part a Java string literal.
   *
   * @param at the pointer to the array
   * @param path the pointer to an item's field path
   * @param message the pointer to an item's message
   * @param type the pointer to an item's type, or {@code null} (the literal)
   */
  record FieldErrors(String at, String path, String message, String type) {}

  /** Returns the envelope for the template, or null when none is declared. */
  static Envelope of(Object declared, String where) {
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
    Object fields = errors.get("fieldErrors");
    return new Envelope(literals(errors.get("code"), where + ".code"), literals(errors.get("message"), where + ".message"),
        literals(errors.get("requestId"), where + ".requestId"), fields == null ? null : fieldErrors(fields, where + ".fieldErrors"));
  }

  private static FieldErrors fieldErrors(Object declared, String where) {
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
    List<String> pointers = new ArrayList<>();
    for (String key : List.of("at", "path", "message")) {
      String pointer = pointer(fields.get(key), where + "." + key);
      if (pointer == null) {
        throw new UnsupportedConstructException(where, "field errors without '" + key + "'",
            "Give at (the array), path and message; type is optional.");
      }
      pointers.add(pointer);
    }
    String type = pointer(fields.get("type"), where + ".type");
    return new FieldErrors(pointers.get(0), pointers.get(1), pointers.get(2), type == null ? "null" : type);
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
