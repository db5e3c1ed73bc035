package dev.telewire.build.codegen;

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
}
