package dev.telewire.sdkgen.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;

/**
 * The checks of a path, query, header, cookie or multipart value against its schema ({@code enum},
 * {@code pattern}, lengths, bounds, item counts), as Java statements for the vendor client, which
 * runs them before it sends anything; header and path values are also checked to be sendable at
 * all. Each names the parameter by its wire name; presence of a required parameter is checked
 * elsewhere, as for bodies.
 */
final class ParameterChecks {
  private static final String CHECKS = "dev.telewire.internal.Generated.";
  private static final String VALUES = "dev.telewire.internal.Generated.";

  private ParameterChecks() {}

  /** The statements checking {@code param}; empty for a body, a file or an unconstrained value. */
  static List<String> of(CodegenParameter param, Set<String> records) {
    List<String> checks = new ArrayList<>();
    if (param.isBodyParam || !param.isArray && (param.isFile || param.isBinary)) {
      return checks;
    }
    String name = param.paramName;
    String field = "\"" + Unions.escape(param.baseName) + "\"";
    if (param.isArray) {
      if (param.minItems != null) {
        checks.add(CHECKS + "minItems(" + name + ", " + param.minItems + ", \"\", " + field + ");");
      }
      if (param.maxItems != null) {
        checks.add(CHECKS + "maxItems(" + name + ", " + param.maxItems + ", \"\", " + field + ");");
      }
      if (param.items != null && !param.items.isBinary && !param.items.isFile) {
        // Locals named after the parameter, so that they never shadow another parameter of the method.
        String item = name + "Item";
        String at = name + "At";
        String index = name + "Index";
        List<String> each = scalar(param.items, item, at, "\"\"");
        if (param.isHeaderParam) {
          each.add(VALUES + "header(" + item + ", \"\", " + at + ");");
        }
        if (!each.isEmpty()) {
          checks.add("if (" + name + " != null) { int " + index + " = 0; for (Object " + item + " : " + name + ") { String " + at
              + " = " + CHECKS + "index(\"\", " + field + ", " + index + "++); " + String.join(" ", each) + " } }");
        }
      }
      return checks;
    }
    if (param.isModel && records.contains(param.dataType)) {
      checks.add("if (" + name + " != null) { " + name + ".validate(); }");
      return checks;
    }
    checks.addAll(scalar(param, name, field, "\"\""));
    if (param.isHeaderParam) {
      checks.add(VALUES + "header(" + name + ", \"\", " + field + ");");
    } else if (param.isPathParam) {
      checks.add(VALUES + "pathSegment(" + name + ", \"\", " + field + ");");
    }
    return checks;
  }

  /** Checks of one scalar value: {@code value} is the Java expression, {@code field} its name expression. */
  private static List<String> scalar(Object schema, String value, String field, String path) {
    Rules rules = schema instanceof CodegenParameter p ? Rules.of(p) : Rules.of((CodegenProperty) schema);
    List<String> checks = new ArrayList<>();
    String tail = ", " + path + ", " + field + ");";
    if (rules.enumeration()) {
      // Inline enums are generated as enums too (RESOLVE_INLINE_ENUMS): only UNRECOGNIZED can break one.
      checks.add(CHECKS + "knownEnum(" + value + tail);
    }
    if (rules.pattern() != null) {
      checks.add(CHECKS + "pattern(" + value + ", \"" + rules.pattern() + "\"" + tail);
    }
    if (rules.minLength() != null) {
      checks.add(CHECKS + "minLength(" + value + ", " + rules.minLength() + tail);
    }
    if (rules.maxLength() != null) {
      checks.add(CHECKS + "maxLength(" + value + ", " + rules.maxLength() + tail);
    }
    if (rules.minimum() != null) {
      checks.add(CHECKS + "minimum(" + value + ", \"" + rules.minimum() + "\", " + rules.exclusiveMinimum() + tail);
    }
    if (rules.maximum() != null) {
      checks.add(CHECKS + "maximum(" + value + ", \"" + rules.maximum() + "\", " + rules.exclusiveMaximum() + tail);
    }
    return checks;
  }

  /** The schema rules of a parameter or an array's items, which openapi-generator keeps in two classes. */
  private record Rules(boolean enumeration, String pattern, Integer minLength, Integer maxLength,
      String minimum, boolean exclusiveMinimum, String maximum, boolean exclusiveMaximum) {
    static Rules of(CodegenParameter p) {
      return new Rules(p.isEnumRef || p.isEnum,
          p.pattern, p.minLength, p.maxLength, p.minimum, p.exclusiveMinimum, p.maximum, p.exclusiveMaximum);
    }

    static Rules of(CodegenProperty p) {
      return new Rules(p.isEnumRef || p.isEnum,
          p.pattern, p.minLength, p.maxLength, p.minimum, p.exclusiveMinimum, p.maximum, p.exclusiveMaximum);
    }
  }
}
