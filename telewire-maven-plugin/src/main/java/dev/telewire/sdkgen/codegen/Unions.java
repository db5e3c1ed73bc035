package dev.telewire.sdkgen.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenDiscriminator;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * Turns oneOf / anyOf schemas into sealed interfaces: object variants are the variant records
 * themselves (which then implement the interface), every other variant is a nested wrapper record,
 * and {@code Unknown} keeps the JSON of a value that fits no variant.
 */
final class Unions {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Unions.class);

  private Unions() {}

  static boolean isUnion(CodegenModel model) {
    return !model.oneOf.isEmpty() || !model.anyOf.isEmpty();
  }

  /**
   * The unions' views by class name, and the unions each variant record implements (comma-separated)
   * by the record's class name.
   */
  record Described(Map<String, UnionView> unions, Map<String, String> interfaces) {}

  /** Describes every union in {@code models} (by class name) for the union templates. */
  static Described describe(Map<String, CodegenModel> models, java.util.function.Consumer<String> warnings) {
    Map<String, Set<String>> implemented = new LinkedHashMap<>();
    Map<String, UnionView> unions = new LinkedHashMap<>();
    for (CodegenModel model : models.values()) {
      if (model.discriminator != null && !isUnion(model) && model.parent == null) {
        // Polymorphism through allOf inheritance: each schema is its own record; where the base is
        // referenced, the base's fields are read and a subtype's own fields are skipped.
        String warning = "Telewire: schema " + model.name + " has a discriminator but no oneOf/anyOf: it is read as a plain record, "
            + "and its subtypes' own fields are skipped where it is referenced (list the subtypes under oneOf to read them)";
        LOG.warn(warning);
        warnings.accept(warning);
      }
      if (isUnion(model)) {
        unions.put(model.classname, describe(model, models, implemented));
      }
    }
    Map<String, String> interfaces = new LinkedHashMap<>();
    implemented.forEach((variant, names) -> interfaces.put(variant, String.join(", ", names)));
    return new Described(unions, interfaces);
  }

  private static UnionView describe(CodegenModel union, Map<String, CodegenModel> models, Map<String, Set<String>> implemented) {
    String where = "schema " + union.name;
    boolean anyOf = union.oneOf.isEmpty();
    List<CodegenProperty> declared = anyOf ? union.getComposedSchemas().getAnyOf() : union.getComposedSchemas().getOneOf();
    if (declared == null) {
      throw new UnsupportedConstructException(where, "a oneOf/anyOf whose variants cannot be read", "Give each variant a schema.");
    }
    CodegenDiscriminator discriminator = union.discriminator;
    Map<String, String> tags = discriminator == null ? Map.of() : tags(discriminator);
    List<UnionView.Variant> variants = new ArrayList<>();
    List<String> permits = new ArrayList<>();
    Set<String> fields = new LinkedHashSet<>();
    int objectIndex = 0;
    for (CodegenProperty schema : declared) {
      if (schema.isNull) {
        continue;
      }
      CodegenModel record = models.get(schema.dataType);
      String field = decapitalize(schema.dataType.replaceAll("[^A-Za-z0-9]", "")) + "Adapter";
      if (!fields.add(field)) {
        throw new UnsupportedConstructException(where, "two variants of the same type " + schema.dataType,
            "Keep one of them.");
      }
      String type = schema.datatypeWithEnum != null ? schema.datatypeWithEnum : schema.dataType;
      String typeExpression = TypeExpressions.of(schema);
      if (record != null && !record.isEnum) {
        if (isUnion(record)) {
          // Variants that are plain lists of variants were flattened (UnionRewrites); this one has more.
          throw new UnsupportedConstructException(where, "a oneOf/anyOf variant (" + record.name
              + ") that is itself a oneOf/anyOf with properties or a discriminator of its own",
              "Flatten the variants into one list in the overlay.");
        }
        Tag tag = discriminator == null ? new Tag(null, null, null) : tag(union, record, discriminator, tags, models);
        variants.add(new UnionView.Variant(field, type, typeExpression, true, record.classname, objectIndex++,
            stringSet(record.vars.stream().filter(v -> v.required).map(v -> v.baseName).toList()),
            stringSet(record.vars.stream().map(v -> v.baseName).toList()),
            constants(record, models), tag.tag(), tag.property(), tag.value(), null, null, null));
        permits.add(record.classname);
        implemented.computeIfAbsent(record.classname, k -> new LinkedHashSet<>()).add(union.classname);
      } else {
        if (discriminator != null) {
          throw new UnsupportedConstructException(where, "a discriminator with a variant that is not an object (" + schema.dataType + ")",
              "Drop the discriminator or make every variant an object schema.");
        }
        if (schema.isAnyType) {
          throw new UnsupportedConstructException(where, "a oneOf/anyOf variant of any type (" + schema.dataType + ")",
              "Give the variant a type.");
        }
        String wrapper = "Of" + schema.dataType.replace("<", "Of").replaceAll("[^A-Za-z0-9]", "");
        String unrecognized = record == null ? null : record.classname + "." + JavaNames.UNRECOGNIZED;
        variants.add(new UnionView.Variant(field, type, typeExpression, false, union.classname + "." + wrapper, null,
            null, null, null, null, null, null, wrapper, token(schema), unrecognized));
        permits.add(union.classname + "." + wrapper);
      }
    }
    if (variants.isEmpty()) {
      throw new UnsupportedConstructException(where, "a oneOf/anyOf with no variant but null", "Use a nullable schema instead.");
    }
    permits.add(union.classname + ".Unknown");
    return new UnionView(String.join(", ", permits), variants,
        discriminator == null ? null : discriminator.getPropertyBaseName());
  }

  /**
   * The variant's single-value enum (or const) properties as {@code Map.of(name, value, ...)}: an
   * object whose such field holds another value is not that variant.
   */
  private static String constants(CodegenModel record, Map<String, CodegenModel> models) {
    List<String> entries = new ArrayList<>();
    for (CodegenProperty property : record.vars) {
      String value = singleValue(property, models);
      if (value != null) {
        entries.add("\"" + escape(property.baseName) + "\", \"" + escape(value) + "\"");
      }
    }
    return entries.size() > 10 ? "java.util.Map.of()" : "java.util.Map.of(" + String.join(", ", entries) + ")";
  }

  /** The one value a property's enum (or const) allows, or null. */
  private static String singleValue(CodegenProperty property, Map<String, CodegenModel> models) {
    List<?> values = allowedValues(property, models);
    return values != null && values.size() == 1 && values.get(0) != null ? String.valueOf(values.get(0)) : null;
  }

  /** The values a property's enum (or const) allows, or null when it is no enum. */
  private static List<?> allowedValues(CodegenProperty property, Map<String, CodegenModel> models) {
    Object values = null;
    if (property.isEnum && property.allowableValues != null) {
      values = property.allowableValues.get("values");
    } else if (property.isEnumRef && property.complexType != null && models.get(property.complexType) != null
        && models.get(property.complexType).allowableValues != null) {
      values = models.get(property.complexType).allowableValues.get("values");
    }
    return values instanceof List<?> list ? list : null;
  }

  /** Discriminator value by model class name: the explicit mapping, else the schema name. */
  private static Map<String, String> tags(CodegenDiscriminator discriminator) {
    Map<String, String> tags = new HashMap<>();
    if (discriminator.getMappedModels() != null) {
      for (CodegenDiscriminator.MappedModel mapped : discriminator.getMappedModels()) {
        tags.putIfAbsent(mapped.getModelName(), mapped.getMappingName());
      }
    }
    return tags;
  }

  /** A record variant's discriminator value (escaped), the accessor of its property and the value's Java expression. */
  private record Tag(String tag, String property, String value) {}

  private static Tag tag(CodegenModel union, CodegenModel record,
      CodegenDiscriminator discriminator, Map<String, String> tags, Map<String, CodegenModel> models) {
    CodegenProperty property = record.vars.stream()
        .filter(v -> v.baseName.equals(discriminator.getPropertyBaseName()))
        .findFirst()
        .orElseThrow(() -> new UnsupportedConstructException("schema " + union.name,
            "a discriminator property '" + discriminator.getPropertyBaseName() + "' missing from variant " + record.name,
            "Declare the property in every variant."));
    // Without a mapping the tag is the schema name, unless the property allows one value only: that value.
    String only = singleValue(property, models);
    boolean explicit = discriminator.getMapping() != null && tags.containsKey(record.classname)
        && discriminator.getMapping().containsKey(tags.get(record.classname));
    String tag = explicit ? tags.get(record.classname) : only != null ? only : tags.getOrDefault(record.classname, record.name);
    List<?> allowed = allowedValues(property, models);
    if (allowed != null && allowed.stream().map(String::valueOf).noneMatch(tag::equals)) {
      throw new UnsupportedConstructException("schema " + union.name,
          "a discriminator value '" + tag + "' for variant " + record.name + " that its property '" + property.baseName
              + "' does not allow " + allowed,
          "Map one of the allowed values to " + record.name + " in the discriminator's mapping.");
    }
    String value;
    if (property.isEnum || property.isEnumRef) {
      value = property.datatypeWithEnum + ".fromValue(\"" + escape(tag) + "\")";
    } else if (property.isString) {
      value = "\"" + escape(tag) + "\"";
    } else {
      throw new UnsupportedConstructException("schema " + union.name,
          "a discriminator property '" + property.baseName + "' that is not a string", "Make it a string.");
    }
    return new Tag(escape(tag), property.name, value);
  }

  private static String token(CodegenProperty schema) {
    if (schema.isMap || schema.isFreeFormObject) {
      return "BEGIN_OBJECT";
    }
    if (schema.isArray) {
      return "BEGIN_ARRAY";
    }
    if (schema.isBoolean) {
      return "BOOLEAN";
    }
    if (schema.isInteger || schema.isLong || schema.isNumber || schema.isFloat || schema.isDouble || schema.isDecimal) {
      return "NUMBER";
    }
    return "STRING";
  }

  private static String stringSet(List<String> names) {
    return names.stream().map(n -> "\"" + escape(n) + "\"").collect(Collectors.joining(", ", "Set.of(", ")"));
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
