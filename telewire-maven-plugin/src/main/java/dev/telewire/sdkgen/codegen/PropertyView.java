package dev.telewire.sdkgen.codegen;

/**
 * What the record and adapter templates know of one record component beyond openapi-generator's
 * {@code CodegenProperty}; it is {@code vendorExtensions.x-tw} of the property.
 *
 * @param typeExpression a Java expression for the component's {@code java.lang.reflect.Type}
 * @param index the component's position, which is also its index in the adapter's names
 * @param initial the Java expression the builder and the reader start from (the schema's
 *     default), or null
 * @param explicitNull whether a null value is written as JSON {@code null} (required and nullable)
 * @param nullSetter the builder method that sends the optional, nullable field as JSON {@code null},
 *     or null when the field has none
 * @param nullsComponent the record's explicit-nulls component when the field has a null setter, else null
 * @param thenNulls the record's explicit-nulls component on the last component only, else null
 * @param validatesValue whether {@code validate()} recurses into the value (a record, not an enum or union)
 * @param validatesItems whether {@code validate()} recurses into the array's items (records)
 */
record PropertyView(
    String typeExpression,
    int index,
    String initial,
    boolean explicitNull,
    String nullSetter,
    String nullsComponent,
    String thenNulls,
    boolean validatesValue,
    boolean validatesItems) {}
