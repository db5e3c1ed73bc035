package dev.telewire.sdkgen.codegen;

/**
 * What the model templates know of one record or union beyond openapi-generator's
 * {@code CodegenModel}; it is {@code vendorExtensions.x-tw} of the model (enums have none).
 * {@code model.mustache} picks the template with {@code {{#vendorExtensions.x-tw.record}}} or
 * {@code {{#vendorExtensions.x-tw.union}}}, which also opens the view as a section.
 */
sealed interface ModelView permits RecordView, UnionView {
  /** This model as a record, or null. */
  RecordView record();

  /** This model as a sealed union interface, or null. */
  UnionView union();
}
