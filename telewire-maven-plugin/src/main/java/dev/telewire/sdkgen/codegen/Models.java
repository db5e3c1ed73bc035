package dev.telewire.sdkgen.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/** Prepares records and enums for the model templates, rejecting what they cannot express. */
final class Models {
  /** The record component that lists the optional fields to send as JSON null. */
  static final String EXPLICIT_NULLS = "explicitNulls";

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Models.class);

  private Models() {}

  /** Fills the per-property extensions the record and adapter templates read. */
  static void prepareRecord(CodegenModel model, java.util.function.Consumer<String> warnings) {
    if (Unions.isUnion(model)) {
      // A union's properties are its variants' merged for openapi-generator's own templates; it has no record.
      return;
    }
    String where = "schema " + model.name;
    if (model.parent != null && model.allVars.size() > model.vars.size()) {
      // A record cannot extend its allOf parent: it carries every inherited property itself.
      model.vars = new ArrayList<>(model.allVars);
    }
    CodegenProperty extra = model.getAdditionalProperties();
    if (extra != null && !extra.isAnyType && !extra.isFreeFormObject && !model.vars.isEmpty()) {
      // additionalProperties: true (or absent) is fine: unknown fields are skipped when read.
      String warning = "Telewire: " + where + " has named properties and typed additionalProperties (" + extra.dataType
          + "): the extra entries are skipped when read (move them under a property of their own in the overlay to read them)";
      LOG.warn(warning);
      warnings.accept(warning);
    }
    Set<String> names = new HashSet<>();
    List<CodegenProperty> vars = model.vars;
    JavaNames.assignMembers(where, vars);
    for (int i = 0; i < vars.size(); i++) {
      CodegenProperty property = vars.get(i);
      if (!names.add(property.name)) {
        throw new UnsupportedConstructException(where + ", property '" + property.baseName + "'",
            "two properties with the same Java name '" + property.name + "'",
            "Give one of them another name with x-telewire-name in the overlay.");
      }
      if (property.isBinary || property.isFile) {
        throw new UnsupportedConstructException(where + ", property '" + property.baseName + "'",
            "a binary property inside a JSON object", "Use format: byte (base64) or a multipart body.");
      }
      property.vendorExtensions.put(TelewireJavaCodegen.TYPE_EXPRESSION, TypeExpressions.of(property));
      property.vendorExtensions.put("x-tw-index", i);
      String initial = initialValue(property);
      if (initial != null) {
        property.vendorExtensions.put("x-tw-default", initial);
      }
      property.vendorExtensions.put("x-tw-explicit-null", property.required && property.isNullable);
    }
    explicitNulls(model, where, names);
  }

  /**
   * An optional, nullable, writable property has three states on the wire: absent, null and a
   * value. Its record then carries one more component, the JSON names to send as null, and its
   * builder a {@code <name>Null()} method that adds to it.
   */
  private static void explicitNulls(CodegenModel model, String where, Set<String> names) {
    String component = names.contains(EXPLICIT_NULLS) ? EXPLICIT_NULLS + "_" : EXPLICIT_NULLS;
    boolean any = false;
    for (CodegenProperty property : model.vars) {
      if (property.required || !property.isNullable || property.isReadOnly) {
        continue;
      }
      String setter = property.name + "Null";
      if (names.contains(setter)) {
        throw new UnsupportedConstructException(where + ", property '" + property.baseName + "'",
            "an optional nullable property next to one whose Java name is '" + setter + "' (its null setter's name)",
            "Rename one of them in the overlay.");
      }
      property.vendorExtensions.put("x-tw-null-setter", setter);
      property.vendorExtensions.put("x-tw-nulls", component);
      any = true;
    }
    if (any) {
      model.vendorExtensions.put("x-tw-explicit-nulls", component);
      model.vars.get(model.vars.size() - 1).vendorExtensions.put("x-tw-then-nulls", component);
    }
  }

  /**
   * The value a builder and a reader start from: the schema's default for scalars and enums
   * (dates and containers have none), else null.
   */
  private static String initialValue(CodegenProperty property) {
    String value = property.defaultValue;
    if (value == null || "null".equals(value) || property.isContainer || property.isDate || property.isDateTime) {
      return null;
    }
    boolean simple = property.isString || property.isBoolean || property.isInteger || property.isLong
        || property.isNumber || property.isFloat || property.isDouble || property.isDecimal
        || property.isUri || property.isUuid || property.isEnum || property.isEnumRef;
    return simple ? value : null;
  }

  /** Drops a null constant (null is read as null) and rejects enums that cannot be told apart. */
  static void checkEnum(CodegenModel model) {
    Object values = model.allowableValues == null ? null : model.allowableValues.get("enumVars");
    if (!(values instanceof List<?> list)) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
      @SuppressWarnings("unchecked")
      Map<String, Object> constant = (Map<String, Object>) it.next();
      if ("null".equals(String.valueOf(constant.get("value")))) {
        it.remove();
        continue;
      }
      if (!names.add(String.valueOf(constant.get("name")))) {
        throw new UnsupportedConstructException("enum " + model.name,
            "two values with the same Java constant " + constant.get("name"),
            "Drop or rename one of them in the overlay.");
      }
    }
  }
}
