package dev.telewire.sdkgen.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites component schemas whose unions the templates cannot express directly into equal ones
 * they can: a {@code oneOf} variant that is itself a {@code oneOf} is replaced by its variants,
 * and an {@code allOf} with a {@code oneOf} part becomes a {@code oneOf} of the parts joined with
 * each variant (named {@code <Schema><Variant>}). Properties a schema requires but never defines
 * become free-form properties, with a warning.
 */
final class UnionRewrites {
  private static final Logger LOG = LoggerFactory.getLogger(UnionRewrites.class);
  private static final String PREFIX = "#/components/schemas/";

  private UnionRewrites() {}

  @SuppressWarnings("rawtypes")
  static void apply(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    for (String name : List.copyOf(schemas.keySet())) {
      distribute(name, schemas);
    }
    for (Schema schema : List.copyOf(schemas.values())) {
      flatten(schema, schemas);
    }
  }

  /**
   * Adds a free-form property for each name a component requires but never defines (the parser
   * drops such names, so they are found in the raw spec {@code raw}), with a warning.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void defineRequired(OpenAPI openAPI, com.fasterxml.jackson.databind.JsonNode raw,
      java.util.function.Consumer<String> warnings) {
    if (raw == null || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    com.fasterxml.jackson.databind.JsonNode components = raw.path("components").path("schemas");
    Set<String> parts = new java.util.HashSet<>();
    components.forEach(schema -> schema.path("allOf").forEach(part -> {
      if (part.has("$ref")) {
        parts.add(part.get("$ref").asText());
      }
    }));
    for (var it = components.fields(); it.hasNext(); ) {
      var entry = it.next();
      Schema parsed = openAPI.getComponents().getSchemas().get(entry.getKey());
      com.fasterxml.jackson.databind.JsonNode schema = entry.getValue();
      if (parsed == null || parts.contains(PREFIX + entry.getKey()) || !schema.has("required")
          || schema.has("oneOf") || schema.has("anyOf") || !(schema.has("properties") || schema.has("allOf"))) {
        continue;
      }
      Set<String> defined = new LinkedHashSet<>();
      collect(schema, components, defined, 0);
      for (com.fasterxml.jackson.databind.JsonNode required : schema.get("required")) {
        String name = required.asText();
        if (!defined.contains(name) && (parsed.getProperties() == null || !parsed.getProperties().containsKey(name))) {
          String warning = "Telewire: schema " + entry.getKey() + " requires '" + name + "' but defines no such property: it is a free-form field (Object)";
          LOG.warn(warning);
          warnings.accept(warning);
          Schema free = new Schema();
          free.setDescription("Required by the spec, which does not define it.");
          parsed.addProperty(name, free);
          if (parsed.getRequired() == null || !parsed.getRequired().contains(name)) {
            parsed.addRequiredItem(name);
          }
        }
      }
    }
  }

  private static void collect(com.fasterxml.jackson.databind.JsonNode schema, com.fasterxml.jackson.databind.JsonNode components,
      Set<String> defined, int depth) {
    com.fasterxml.jackson.databind.JsonNode target = schema;
    if (schema.has("$ref") && schema.get("$ref").asText().startsWith(PREFIX)) {
      target = components.path(schema.get("$ref").asText().substring(PREFIX.length()));
    }
    if (depth > 16) {
      return;
    }
    target.path("properties").fieldNames().forEachRemaining(defined::add);
    target.path("allOf").forEach(part -> collect(part, components, defined, depth + 1));
  }

  @SuppressWarnings("rawtypes")
  private static Schema resolve(Schema schema, Map<String, Schema> schemas) {
    Schema current = schema;
    for (int i = 0; i < 10 && current != null && current.get$ref() != null && current.get$ref().startsWith(PREFIX); i++) {
      current = schemas.get(current.get$ref().substring(PREFIX.length()));
    }
    return current == null ? schema : current;
  }

  /** A schema that is only a list of variants: no properties, no discriminator, no parts. */
  @SuppressWarnings("rawtypes")
  private static List<Schema> pureVariants(Schema schema) {
    if (schema.getProperties() != null || schema.getDiscriminator() != null || schema.getAllOf() != null) {
      return null;
    }
    if (schema.getOneOf() != null && schema.getAnyOf() == null) {
      return schema.getOneOf();
    }
    if (schema.getAnyOf() != null && schema.getOneOf() == null) {
      return schema.getAnyOf();
    }
    return null;
  }

  /** {@code oneOf: [Inner, C]} with {@code Inner: {oneOf: [A, B]}} reads as {@code oneOf: [A, B, C]}. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void flatten(Schema schema, Map<String, Schema> schemas) {
    for (boolean oneOf : new boolean[] {true, false}) {
      List<Schema> parts = oneOf ? schema.getOneOf() : schema.getAnyOf();
      if (parts == null) {
        continue;
      }
      List<Schema> flat = new ArrayList<>();
      Set<String> refs = new LinkedHashSet<>();
      boolean changed = expand(parts, schemas, flat, refs, 0);
      if (changed) {
        if (oneOf) {
          schema.setOneOf(flat);
        } else {
          schema.setAnyOf(flat);
        }
      }
    }
  }

  @SuppressWarnings("rawtypes")
  private static boolean expand(List<Schema> parts, Map<String, Schema> schemas, List<Schema> flat, Set<String> refs, int depth) {
    boolean changed = false;
    for (Schema part : parts) {
      Schema target = resolve(part, schemas);
      List<Schema> inner = depth < 8 && part.get$ref() != null ? pureVariants(target) : null;
      if (inner != null) {
        expand(inner, schemas, flat, refs, depth + 1);
        changed = true;
      } else if (part.get$ref() == null || refs.add(part.get$ref())) {
        flat.add(part);
      } else {
        changed = true; // the same variant twice
      }
    }
    return changed;
  }

  /**
   * {@code S: {allOf: [Base, {oneOf: [Card, Bank]}]}} becomes {@code S: {oneOf: [SCard, SBank]}} with
   * {@code SCard: {allOf: [Base, Card]}}: every value is one variant plus the shared parts.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void distribute(String name, Map<String, Schema> schemas) {
    Schema schema = schemas.get(name);
    if (schema == null || schema.getAllOf() == null || schema.getOneOf() != null || schema.getAnyOf() != null) {
      return;
    }
    List<Schema> allOf = schema.getAllOf();
    int unionIndex = -1;
    for (int i = 0; i < allOf.size(); i++) {
      Schema part = resolve(allOf.get(i), schemas);
      if (part.getProperties() == null && part.getAllOf() == null && (part.getOneOf() != null || part.getAnyOf() != null)) {
        if (unionIndex >= 0) {
          return; // two unions: the product is not attempted
        }
        unionIndex = i;
      }
    }
    if (unionIndex < 0) {
      return;
    }
    Schema union = resolve(allOf.get(unionIndex), schemas);
    boolean oneOf = union.getOneOf() != null;
    List<Schema> variants = oneOf ? union.getOneOf() : union.getAnyOf();
    List<Schema> shared = new ArrayList<>(allOf);
    shared.remove(unionIndex);
    List<Schema> distributed = new ArrayList<>();
    Map<String, String> renamed = new LinkedHashMap<>();
    int index = 1;
    for (Schema variant : variants) {
      String variantName = variant.get$ref() != null ? variant.get$ref().substring(variant.get$ref().lastIndexOf('/') + 1)
          : variant.getTitle() != null ? variant.getTitle().replaceAll("[^A-Za-z0-9]", "") : "Option" + index;
      String joined = unique(name + capitalize(variantName), schemas);
      index++;
      Schema combined = new Schema();
      List<Schema> parts = new ArrayList<>(shared);
      parts.add(variant);
      combined.setAllOf(parts);
      if (schema.getRequired() != null) {
        combined.setRequired(new ArrayList<>(schema.getRequired()));
      }
      schemas.put(joined, combined);
      distributed.add(new Schema().$ref(PREFIX + joined));
      if (variant.get$ref() != null) {
        renamed.put(variant.get$ref(), PREFIX + joined);
      }
    }
    LOG.info("Telewire: schema {} is an allOf with a oneOf part: read as a oneOf of {}", name,
        distributed.stream().map(Schema::get$ref).toList());
    Discriminator discriminator = union.getDiscriminator() != null ? union.getDiscriminator() : schema.getDiscriminator();
    Schema rewritten = new Schema();
    rewritten.setDescription(schema.getDescription());
    rewritten.setNullable(schema.getNullable());
    if (oneOf) {
      rewritten.setOneOf(distributed);
    } else {
      rewritten.setAnyOf(distributed);
    }
    if (discriminator != null) {
      Discriminator copy = new Discriminator().propertyName(discriminator.getPropertyName());
      if (discriminator.getMapping() != null) {
        discriminator.getMapping().forEach((tag, ref) -> copy.mapping(tag, renamed.getOrDefault(ref, ref)));
      } else {
        renamed.forEach((ref, joined) -> copy.mapping(ref.substring(ref.lastIndexOf('/') + 1), joined));
      }
      rewritten.setDiscriminator(copy);
    }
    schemas.put(name, rewritten);
  }

  private static String unique(String name, Map<String, ?> schemas) {
    String candidate = name;
    for (int i = 2; schemas.containsKey(candidate); i++) {
      candidate = name + i;
    }
    return candidate;
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
