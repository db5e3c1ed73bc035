package dev.telewire.sdkgen.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a parsed spec, before code generation, into the equivalent shapes the templates
 * express: integers that need 64 bits, and unions of nothing but free-form values.
 */
final class SchemaRewrites {
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SchemaRewrites.class);

  private SchemaRewrites() {}

  /** Applies every rewrite to {@code openAPI} in place. */
  static void apply(OpenAPI openAPI) {
    promoteInlineEnums(openAPI);
    SchemaWalk.each(openAPI, schema -> {
      constAsEnum(schema);
      widenIntegers(schema);
      freeFormUnion(schema);
      constraintOnlyUnion(schema, openAPI);
    });
  }

  /**
   * An inline enum the inline-schema resolver left inside a property of a component (an enum in an
   * inline object inside an allOf part, say) becomes a component of its own, {@code <Component>_<property>},
   * as the resolver does for the others, so the enum is generated.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void promoteInlineEnums(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    for (Map.Entry<String, Schema> component : List.copyOf(schemas.entrySet())) {
      Map<String, Schema> properties = component.getValue().getProperties();
      if (properties == null) {
        continue;
      }
      for (Map.Entry<String, Schema> property : List.copyOf(properties.entrySet())) {
        Schema value = property.getValue();
        boolean array = value.getItems() != null && isInlineEnum(value.getItems());
        if (!isInlineEnum(value) && !array) {
          continue;
        }
        String name = component.getKey() + "_" + property.getKey();
        for (int i = 2; schemas.containsKey(name); i++) {
          name = component.getKey() + "_" + property.getKey() + i;
        }
        Schema ref = new Schema().$ref("#/components/schemas/" + name);
        if (array) {
          schemas.put(name, value.getItems());
          value.setItems(ref);
        } else {
          schemas.put(name, value);
          properties.put(property.getKey(), ref);
        }
      }
    }
  }

  private static boolean isInlineEnum(Schema<?> schema) {
    return schema.get$ref() == null && schema.getEnum() != null && !schema.getEnum().isEmpty()
        && schema.getProperties() == null && schema.getOneOf() == null && schema.getAnyOf() == null && schema.getAllOf() == null;
  }

  /** The JSON types a 3.0 ({@code type}) or 3.1 ({@code type} list) schema declares. */
  static Set<String> types(Schema<?> schema) {
    Set<String> types = new LinkedHashSet<>();
    if (schema.getType() != null) {
      types.add(schema.getType());
    }
    if (schema.getTypes() != null) {
      types.addAll(schema.getTypes());
    }
    return types;
  }

  /** A 3.1 {@code const} is a one-value enum, so it can tell union variants apart. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void constAsEnum(Schema schema) {
    if (schema.getConst() != null && schema.getEnum() == null) {
      schema.setEnum(new java.util.ArrayList<>(List.of(schema.getConst())));
      if (types(schema).isEmpty() && schema.getConst() instanceof String) {
        schema.addType("string");
      }
    }
  }

  /**
   * An integer without a format has no size limit in JSON Schema: it becomes {@code int64} (Java
   * {@code Long}), as does an {@code int32} whose bounds do not fit 32 bits.
   */
  static void widenIntegers(Schema<?> schema) {
    if (!types(schema).contains("integer")) {
      return;
    }
    String format = schema.getFormat();
    if (format == null || format.isBlank()) {
      schema.setFormat("int64");
    } else if ("int32".equals(format) && (beyond(schema.getMaximum(), INT_MAX) > 0 || beyond(schema.getMinimum(), INT_MIN) < 0)) {
      schema.setFormat("int64");
    }
  }

  private static int beyond(BigDecimal bound, BigDecimal limit) {
    return bound == null ? 0 : bound.compareTo(limit);
  }

  /** {@code anyOf: [{}, {type: 'null'}]} (a FastAPI favourite) is a nullable free-form value. */
  @SuppressWarnings("rawtypes")
  static void freeFormUnion(Schema<?> schema) {
    for (boolean oneOf : new boolean[] {true, false}) {
      List<Schema> parts = oneOf ? schema.getOneOf() : schema.getAnyOf();
      if (parts != null && parts.isEmpty()) {
        // What openapi-generator's normalizer leaves of anyOf: [{}, {type: 'null'}].
        clear(schema, oneOf);
      }
      if (parts == null || parts.isEmpty()) {
        continue;
      }
      boolean nullable = parts.stream().anyMatch(SchemaRewrites::isNullType);
      boolean freeForm = parts.stream().filter(part -> !isNullType(part)).allMatch(SchemaRewrites::isEmpty);
      if (freeForm && parts.stream().anyMatch(part -> !isNullType(part))) {
        clear(schema, oneOf);
        if (nullable) {
          schema.setNullable(true);
        }
      }
    }
  }

  private static void clear(Schema<?> schema, boolean oneOf) {
    if (oneOf) {
      schema.setOneOf(null);
    } else {
      schema.setAnyOf(null);
    }
  }

  /**
   * An object whose oneOf/anyOf variants only add {@code required} names or narrow its own
   * properties (a pattern of hand-written specs) has one shape: it is read as the object itself.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void constraintOnlyUnion(Schema<?> schema, OpenAPI openAPI) {
    Map<String, Schema> own = (Map) schema.getProperties();
    if (own == null || own.isEmpty()) {
      return;
    }
    for (boolean oneOf : new boolean[] {true, false}) {
      List<Schema> parts = oneOf ? schema.getOneOf() : schema.getAnyOf();
      if (parts == null || parts.isEmpty()) {
        continue;
      }
      boolean constraints = parts.stream().map(part -> resolve(part, openAPI)).allMatch(part -> part.get$ref() == null
          && types(part).stream().allMatch("object"::equals)
          && part.getAllOf() == null && part.getOneOf() == null && part.getAnyOf() == null
          && (part.getProperties() == null || own.keySet().containsAll(part.getProperties().keySet()))
          && (part.getRequired() == null || own.keySet().containsAll(part.getRequired())));
      if (constraints) {
        LOG.info("Telewire: the {} variants of a schema with properties ({}) only constrain its own properties: read as that object",
            oneOf ? "oneOf" : "anyOf", own.keySet());
        clear(schema, oneOf);
        for (Schema part : parts) {
          String ref = part.get$ref();
          if (ref != null && ref.matches(".*_(oneOf|anyOf)(_\\d+)?$") && openAPI.getComponents() != null) {
            openAPI.getComponents().getSchemas().remove(ref.substring(ref.lastIndexOf('/') + 1));
          }
        }
      }
    }
  }

  /** The component a local {@code $ref} names (inline parts were made components before this runs). */
  static Schema<?> resolve(Schema<?> schema, OpenAPI openAPI) {
    String ref = schema.get$ref();
    if (ref == null || !ref.startsWith("#/components/schemas/") || openAPI.getComponents() == null
        || openAPI.getComponents().getSchemas() == null) {
      return schema;
    }
    Schema<?> target = openAPI.getComponents().getSchemas().get(ref.substring("#/components/schemas/".length()));
    return target == null ? schema : target;
  }

  static boolean isNullType(Schema<?> schema) {
    Set<String> types = types(schema);
    return types.size() == 1 && types.contains("null") && schema.get$ref() == null;
  }

  /** A schema that says nothing ({@code {}}): any JSON value. */
  static boolean isEmpty(Schema<?> schema) {
    return types(schema).isEmpty() && schema.get$ref() == null && schema.getProperties() == null
        && schema.getRequired() == null && schema.getNot() == null
        && schema.getAllOf() == null && schema.getOneOf() == null && schema.getAnyOf() == null
        && schema.getEnum() == null && schema.getItems() == null && schema.getAdditionalProperties() == null;
  }
}
