package dev.telewire.sdkgen.codegen;

/**
 * A model generated as a Java record with a builder and a JSON adapter; each of its properties
 * carries a {@link PropertyView}.
 *
 * @param explicitNulls the name of the extra component listing the optional fields to send as JSON
 *     {@code null}, or null when no field is optional and nullable
 * @param variantOf the unions the record is a variant of, comma-separated, or null
 */
record RecordView(String explicitNulls, String variantOf) implements ModelView {
  @Override
  public RecordView record() {
    return this;
  }

  @Override
  public UnionView union() {
    return null;
  }
}
