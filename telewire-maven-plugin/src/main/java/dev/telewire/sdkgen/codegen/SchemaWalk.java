package dev.telewire.sdkgen.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Visits every schema of a spec once, at any depth: components, parameters, bodies, responses. */
final class SchemaWalk {
  private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Consumer<Schema<?>> visitor;

  private SchemaWalk(Consumer<Schema<?>> visitor) {
    this.visitor = visitor;
  }

  /** Calls {@code visitor} on every schema of {@code openAPI}, parents before their parts. */
  static void each(OpenAPI openAPI, Consumer<Schema<?>> visitor) {
    SchemaWalk walk = new SchemaWalk(visitor);
    if (openAPI.getComponents() != null) {
      var components = openAPI.getComponents();
      if (components.getSchemas() != null) {
        List.copyOf(components.getSchemas().values()).forEach(walk::schema);
      }
      if (components.getParameters() != null) {
        components.getParameters().values().forEach(walk::parameter);
      }
      if (components.getRequestBodies() != null) {
        components.getRequestBodies().values().forEach(walk::body);
      }
      if (components.getResponses() != null) {
        components.getResponses().values().forEach(walk::response);
      }
    }
    if (openAPI.getPaths() != null) {
      for (PathItem path : openAPI.getPaths().values()) {
        if (path.getParameters() != null) {
          path.getParameters().forEach(walk::parameter);
        }
        for (Operation operation : path.readOperations()) {
          if (operation.getParameters() != null) {
            operation.getParameters().forEach(walk::parameter);
          }
          walk.body(operation.getRequestBody());
          if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(walk::response);
          }
        }
      }
    }
  }

  private void parameter(Parameter parameter) {
    if (parameter != null) {
      schema(parameter.getSchema());
      content(parameter.getContent());
    }
  }

  private void body(RequestBody body) {
    if (body != null) {
      content(body.getContent());
    }
  }

  private void response(ApiResponse response) {
    if (response == null) {
      return;
    }
    content(response.getContent());
    if (response.getHeaders() != null) {
      for (Header header : response.getHeaders().values()) {
        schema(header.getSchema());
      }
    }
  }

  private void content(Content content) {
    if (content != null) {
      for (MediaType media : content.values()) {
        schema(media.getSchema());
      }
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void schema(Schema<?> schema) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    visitor.accept(schema);
    if (schema.getProperties() != null) {
      List.copyOf(((Map<String, Schema>) (Map) schema.getProperties()).values()).forEach(this::schema);
    }
    schema(schema.getItems());
    if (schema.getAdditionalProperties() instanceof Schema<?> extra) {
      schema(extra);
    }
    for (List<Schema> parts : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf(), schema.getPrefixItems()}) {
      if (parts != null) {
        List.copyOf(parts).forEach(part -> schema((Schema<?>) part));
      }
    }
    schema(schema.getNot());
  }
}
