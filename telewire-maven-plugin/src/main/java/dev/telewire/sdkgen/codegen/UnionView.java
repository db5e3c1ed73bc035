package dev.telewire.sdkgen.codegen;

import java.util.List;

/**
 * A oneOf/anyOf schema generated as a sealed interface: object variants are records implementing
 * it, every other variant a nested wrapper record, and {@code Unknown} keeps what fits none.
 *
 * @param permits the {@code permits} list, comma-separated
 * @param variants every variant, in the spec's order
 * @param discriminatorName the JSON name of the discriminator property, or null
 */
record UnionView(String permits, List<Variant> variants, String discriminatorName) implements ModelView {
  /** Copies the list: the view is immutable. */
  UnionView {
    variants = List.copyOf(variants);
  }

  @Override
  public RecordView record() {
    return null;
  }

  @Override
  public UnionView union() {
    return this;
  }

  /** The variants that are records, in order; their {@link Variant#index()} counts them. */
  List<Variant> objectVariants() {
    return variants.stream().filter(Variant::record).toList();
  }

  /** The variants that are wrappers around a scalar, array or map. */
  List<Variant> wrappers() {
    return variants.stream().filter(variant -> !variant.record()).toList();
  }

  /** Whether objects are matched by their fields: there are object variants and no discriminator. */
  boolean hasObjectVariants() {
    return discriminatorName == null && variants.stream().anyMatch(Variant::record);
  }

  /** The variants as Javadoc links, comma-separated. */
  String variantLinks() {
    return String.join(", ", variants.stream()
        .map(variant -> "{@link " + (variant.record() ? variant.instanceType() : variant.wrapper()) + "}")
        .toList());
  }

  /**
   * One variant of a union. Record variants have an index, field sets, constants and (with a
   * discriminator) a tag; wrappers have a wrapper name and a JSON token instead.
   *
   * @param field the adapter field reading the variant
   * @param type the variant's Java type
   * @param typeExpression a Java expression for the variant's {@code java.lang.reflect.Type}
   * @param record whether the variant is a record that implements the union
   * @param instanceType the class an instance of the union has for this variant
   * @param index the record variant's position among the record variants, or null for a wrapper
   * @param required the record's required JSON names as {@code Set.of(...)}, or null for a wrapper
   * @param known the record's JSON names as {@code Set.of(...)}, or null for a wrapper
   * @param constants the record's one-value fields as {@code java.util.Map.of(...)}, or null for a wrapper
   * @param tag the discriminator value, escaped for a Java string, or null
   * @param tagProperty the record accessor of the discriminator property, or null
   * @param tagValue the Java expression of the discriminator value, or null
   * @param wrapper the wrapper record's simple name, or null for a record
   * @param token the {@code JsonReader.Token} a wrapper's value starts with, or null for a record
   * @param unrecognized the enum constant a wrapped enum reads an unknown value as, or null
   */
  record Variant(
      String field,
      String type,
      String typeExpression,
      boolean record,
      String instanceType,
      Integer index,
      String required,
      String known,
      String constants,
      String tag,
      String tagProperty,
      String tagValue,
      String wrapper,
      String token,
      String unrecognized) {}
}
