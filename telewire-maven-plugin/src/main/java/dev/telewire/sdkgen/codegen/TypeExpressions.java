package dev.telewire.sdkgen.codegen;

import org.openapitools.codegen.CodegenProperty;

/** Builds the Java expression of a property's generic type, for Moshi adapter look-ups. */
final class TypeExpressions {
  private TypeExpressions() {}

  static String of(CodegenProperty property) {
    if (property.isMap && property.items != null) {
      return "Types.newParameterizedType(java.util.Map.class, String.class, " + of(property.items) + ")";
    }
    if (property.isArray && property.items != null) {
      String collection = property.getUniqueItems() ? "java.util.Set" : "java.util.List";
      return "Types.newParameterizedType(" + collection + ".class, " + of(property.items) + ")";
    }
    String type = property.datatypeWithEnum != null ? property.datatypeWithEnum : property.dataType;
    int generic = type.indexOf('<');
    if (generic >= 0) {
      type = type.substring(0, generic);
    }
    return type + ".class";
  }

  /**
   * The expression for a Java type as written in generated code, such as
   * {@code List<Map<String, Pet>>}, for the Moshi adapter of an operation's response.
   */
  static String ofJavaType(String type) {
    String trimmed = type.strip();
    int open = trimmed.indexOf('<');
    if (open < 0) {
      return trimmed + ".class";
    }
    String raw = trimmed.substring(0, open).strip();
    String qualified = switch (raw) {
      case "List" -> "java.util.List";
      case "Set" -> "java.util.Set";
      case "Map" -> "java.util.Map";
      default -> raw;
    };
    StringBuilder expression = new StringBuilder("Types.newParameterizedType(").append(qualified).append(".class");
    for (String argument : arguments(trimmed.substring(open + 1, trimmed.lastIndexOf('>')))) {
      expression.append(", ").append(ofJavaType(argument));
    }
    return expression.append(')').toString();
  }

  /** Splits {@code String, List<Pet>} at its top-level commas. */
  private static java.util.List<String> arguments(String text) {
    java.util.List<String> arguments = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        arguments.add(text.substring(start, i));
        start = i + 1;
      }
    }
    arguments.add(text.substring(start));
    return arguments;
  }
}
