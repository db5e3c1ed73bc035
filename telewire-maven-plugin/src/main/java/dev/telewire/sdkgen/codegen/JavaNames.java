package dev.telewire.sdkgen.codegen;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names for wire names that are keywords, start with digits, or clash with generated members. */
final class JavaNames {
  /**
   * Names a record component, builder method or accessor cannot take: methods of Object and Record
   * and the members our templates add ({@code builder()}, {@code toBuilder()}, {@code build()}).
   */
  private static final Set<String> TAKEN_MEMBERS = Set.of(
      "hashCode", "toString", "getClass", "equals", "notify", "notifyAll", "wait", "clone", "finalize",
      "builder", "toBuilder", "build");

  /**
   * Simple names generated files use unqualified (java.lang types, Moshi and JDK imports, Retrofit
   * annotations, our nested and helper classes), which a model of the same name would shadow.
   */
  private static final Set<String> TAKEN_TYPES = Set.of(
      "String", "Object", "Integer", "Long", "Boolean", "Double", "Float", "Number", "Void", "Override",
      "Deprecated", "SuppressWarnings", "Record", "Enum", "Iterable", "Character", "Byte", "Short",
      "Json", "JsonClass", "JsonAdapter", "JsonDataException", "JsonReader", "JsonWriter", "Moshi", "Types",
      "IOException", "List", "Set", "Map", "HashSet", "UUID", "URI", "BigDecimal", "LocalDate", "LocalTime",
      "LocalDateTime", "OffsetDateTime", "Builder", "Unknown", "ApiInfo", "ApiParameters", "JsonUnions",
      "Body", "Field", "FieldMap", "FormUrlEncoded", "GET", "HEAD", "HTTP", "Header", "HeaderMap", "Headers",
      "Multipart", "OPTIONS", "PATCH", "POST", "PUT", "DELETE", "Part", "PartMap", "Path", "Query", "QueryMap",
      "QueryName", "Streaming", "Tag", "Url");

  /** A model class name that shadows nothing our templates use: a taken name gets a {@code Model} prefix. */
  static String type(String className) {
    return TAKEN_TYPES.contains(className) ? "Model" + className : className;
  }

  /** The constant every generated enum has for values it does not know. */
  static final String UNRECOGNIZED = "UNRECOGNIZED";

  private JavaNames() {}

  /**
   * Makes a camel-case member name usable: a Java keyword or a taken member gets a trailing
   * underscore ({@code class_}, {@code hashCode_}); a leading digit gets a leading underscore.
   */
  static String member(String wireName, String camelName) {
    String name = camelName;
    // openapi-generator prefixes its own reserved words (file, object, ...) with '_'; we prefer a suffix.
    if (name.startsWith("_") && !wireName.startsWith("_") && name.length() > 1 && !Character.isDigit(name.charAt(1))) {
      name = name.substring(1);
    }
    if ("propertyClass".equals(name) && wireName.toLowerCase(Locale.ROOT).matches("^_*class$")) {
      name = "class";
    }
    if (SourceVersion.isKeyword(name) || TAKEN_MEMBERS.contains(name)) {
      return name + "_";
    }
    return name;
  }

  /** The extension on a property with which an overlay chooses its Java name. */
  static final String NAME_EXTENSION = "x-telewire-name";

  /**
   * Gives the properties of one record distinct Java names: an {@code x-telewire-name} wins; among
   * properties whose wire names give the same Java name, the one whose wire name is that name (else
   * the first declared) keeps it and each later one gets the next free number ({@code orgName2}).
   */
  static void assignMembers(String where, java.util.List<org.openapitools.codegen.CodegenProperty> properties) {
    java.util.Set<String> chosen = new java.util.HashSet<>();
    for (var property : properties) {
      Object name = property.vendorExtensions.get(NAME_EXTENSION);
      if (name != null) {
        String text = name.toString();
        if (!SourceVersion.isName(text) || TAKEN_MEMBERS.contains(text)) {
          throw new UnsupportedConstructException(where + ", property '" + property.baseName + "'",
              "the " + NAME_EXTENSION + " '" + text + "', which is not a usable Java name", "Choose a Java identifier.");
        }
        property.name = text;
        chosen.add(text);
      }
    }
    java.util.Map<String, java.util.List<org.openapitools.codegen.CodegenProperty>> byName = new java.util.LinkedHashMap<>();
    for (var property : properties) {
      if (property.vendorExtensions.get(NAME_EXTENSION) == null) {
        byName.computeIfAbsent(property.name, k -> new java.util.ArrayList<>()).add(property);
      }
    }
    java.util.Set<String> taken = new java.util.HashSet<>(chosen);
    byName.keySet().forEach(taken::add);
    for (var entry : byName.entrySet()) {
      var group = entry.getValue();
      var keeper = group.stream().filter(p -> p.baseName.equals(entry.getKey())).findFirst().orElse(group.get(0));
      if (chosen.contains(entry.getKey())) {
        keeper = null; // an x-telewire-name took it
      }
      for (var property : group) {
        if (property == keeper) {
          continue;
        }
        int n = 2;
        while (taken.contains(entry.getKey() + n)) {
          n++;
        }
        property.name = entry.getKey() + n;
        taken.add(property.name);
      }
    }
  }

  /**
   * Applies the {@code x-telewire-name} an overlay gives a parameter: it becomes the parameter's
   * Java name, which must be an identifier that no other parameter of the operation has.
   */
  static void assignParameters(String where, java.util.List<org.openapitools.codegen.CodegenParameter> params) {
    for (var param : params) {
      Object name = param.vendorExtensions.get(NAME_EXTENSION);
      if (name == null) {
        continue;
      }
      String text = name.toString();
      boolean taken = params.stream().anyMatch(other -> other != param && other.paramName.equals(text));
      if (!SourceVersion.isName(text) || text.equals("options") || taken) {
        throw new UnsupportedConstructException("parameter '" + param.baseName + "' of " + where,
            "the " + NAME_EXTENSION + " '" + text + "', which is not a usable Java name"
                + (taken ? " (another parameter of the operation has it)" : ""),
            "Choose a Java identifier that no other parameter of the operation uses.");
      }
      param.paramName = text;
    }
  }

  /** An upper-case constant name for a string enum value, never clashing with {@code UNRECOGNIZED}. */
  static String enumConstant(String value, String suggested) {
    String name = suggested;
    if (!name.matches("^[A-Z_][A-Z0-9_]*$")) {
      name = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
          .replaceAll("[^A-Za-z0-9]+", "_")
          .replaceAll("^_+|_+$", "")
          .toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        name = "EMPTY";
      }
      if (Character.isDigit(name.charAt(0))) {
        name = "_" + name;
      }
    }
    return UNRECOGNIZED.equals(name) ? name + "_" : name;
  }
}
