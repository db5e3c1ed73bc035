package dev.telewire.contracts.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON values against the schemas of one OpenAPI document, addressed by JSON pointer,
 * with the document's own dialect (OpenAPI 3.1 or 3.0) so that {@code $ref}s, {@code type} arrays
 * and {@code nullable} mean what the spec says; {@code format} is asserted, not just annotated.
 */
final class SchemaValidator {
  private static final String DOCUMENT = "https://spec.telewire.invalid/openapi.yaml";

  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  SchemaValidator(String yaml, boolean openApi31) {
    this.registry = SchemaRegistry.withDialect(
        openApi31 ? Dialects.getOpenApi31() : Dialects.getOpenApi30(),
        builder -> builder.schemas(Map.of(DOCUMENT, yaml)));
  }

  /** What is wrong with {@code value} by the schema at {@code pointer}, one line each; empty when valid. */
  List<String> validate(String pointer, JsonNode value) {
    Schema schema = schemas.computeIfAbsent(pointer, at -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + at)));
    List<Error> errors = schema.validate(value, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    return errors.stream().map(SchemaValidator::describe).toList();
  }

  private static String describe(Error error) {
    String location = error.getInstanceLocation().toString();
    return (location.isEmpty() ? "/" : location) + " " + error.getMessage() + " [" + error.getKeyword() + "]";
  }
}
