package dev.telewire.sdkgen.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.openapitools.codegen.utils.StringUtils;

/**
 * Names the inline request and response schemas of each operation after the operation and their
 * role, by giving them a {@code title} (which openapi-generator's inline resolver uses as the model
 * name) before generation: {@code CreateTokenRequest}, {@code ListTokensResponse} for the lowest 2xx,
 * {@code ListTokens404Response} for others, and {@code ...Item} for an inline array item.
 *
 * <p>A vendor's own {@code title} is kept, and {@code x-telewire-name} on a schema overrides both;
 * on a component schema it renames the model. Models are never shared between operations because
 * they look alike: the codegen turns openapi-generator's schema reuse off.
 */
final class InlineNames {
  private InlineNames() {}

  /**
   * Titles every inline schema of {@code openAPI} that becomes a model; component renames go to
   * {@code modelNames}, and {@code located} learns the JSON Pointer of each named schema.
   */
  static void assign(OpenAPI openAPI, Map<String, String> modelNames, BiConsumer<String, String> located) {
    if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
      openAPI.getComponents().getSchemas().forEach((name, schema) -> {
        located.accept(name, "/components/schemas/" + Problems.escape(name));
        String chosen = chosen(schema);
        if (chosen != null) {
          modelNames.put(name, chosen);
        }
      });
    }
    for (OperationNames.Located each : OperationNames.all(openAPI)) {
      Operation operation = each.operation();
      String base = StringUtils.camelize(operation.getOperationId());
      String pointer = "/paths/" + Problems.escape(each.path()) + "/" + each.method().name().toLowerCase(java.util.Locale.ROOT);
      if (operation.getRequestBody() != null && operation.getRequestBody().get$ref() == null) {
        name(operation.getRequestBody().getContent(), base + "Request", pointer + "/requestBody", located);
      }
      if (operation.getResponses() == null) {
        continue;
      }
      String success = new TreeSet<>(operation.getResponses().keySet()).stream()
          .filter(code -> code.startsWith("2") && hasContent(operation.getResponses().get(code)))
          .findFirst().orElse(null);
      operation.getResponses().forEach((code, response) -> {
        if (response.get$ref() == null) {
          String role = code.equals(success) ? "Response" : StringUtils.camelize(code) + "Response";
          name(response.getContent(), base + role, pointer + "/responses/" + Problems.escape(code), located);
        }
      });
    }
  }

  private static boolean hasContent(ApiResponse response) {
    return response != null && response.getContent() != null && !response.getContent().isEmpty();
  }

  private static void name(Content content, String name, String pointer, BiConsumer<String, String> located) {
    if (content == null) {
      return;
    }
    content.forEach((type, media) -> {
      if (media != null && media.getSchema() != null) {
        title(media.getSchema(), name, pointer + "/content/" + Problems.escape(type) + "/schema", located);
      }
    });
  }

  private static void title(Schema<?> schema, String name, String pointer, BiConsumer<String, String> located) {
    if (schema.get$ref() != null) {
      return;
    }
    String chosen = chosen(schema);
    if (chosen != null) {
      schema.setTitle(chosen);
    } else if (schema.getTitle() == null && becomesModel(schema)) {
      schema.setTitle(name);
    }
    if (schema.getTitle() != null) {
      located.accept(schema.getTitle(), pointer);
    }
    if (schema.getItems() != null) {
      title(schema.getItems(), (schema.getTitle() == null ? name : schema.getTitle()) + "Item", pointer + "/items", located);
    }
  }

  private static String chosen(Schema<?> schema) {
    Object name = schema.getExtensions() == null ? null : schema.getExtensions().get(OperationNames.NAME);
    return name == null || name.toString().isBlank() ? null : name.toString().strip();
  }

  /** Whether openapi-generator makes a model of it (our codegen resolves inline enums too). */
  private static boolean becomesModel(Schema<?> schema) {
    return schema.getProperties() != null && !schema.getProperties().isEmpty()
        || schema.getEnum() != null && !schema.getEnum().isEmpty()
        || schema.getAllOf() != null && !schema.getAllOf().isEmpty()
        || schema.getOneOf() != null && !schema.getOneOf().isEmpty()
        || schema.getAnyOf() != null && !schema.getAnyOf().isEmpty();
  }
}
