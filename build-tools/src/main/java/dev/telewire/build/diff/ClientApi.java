package dev.telewire.build.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Java API that openapi-generator makes of a spec with our templates, as declarations: one
 * Retrofit interface per tag with a method per operation (named by operationId), a record per
 * object schema with a component per property, an enum per enum schema with a constant per value.
 *
 * <p>It is derived from the spec alone, so it can be compared before anything is generated. Names
 * of inline schemas without a title follow openapi-generator's pattern and may differ in corner cases.
 */
final class ClientApi {
  private static final Comparator<Declaration> ORDER =
      Comparator.comparing(Declaration::owner)
          .thenComparing(declaration -> !declaration.isType())
          .thenComparing(Declaration::text);

  private final JsonNode spec;
  private final SortedSet<Declaration> declarations = new TreeSet<>(ORDER);
  private final Set<String> classes = new HashSet<>();

  private ClientApi(JsonNode spec) {
    this.spec = spec;
  }

  /** One declaration of the client, such as {@code String PhoneNumberUnassignRequest.numberId()}. */
  record Declaration(String owner, String text) {
    boolean isType() {
      return text.matches("(interface|record|enum|class) .*");
    }
  }

  /** What the client gains and loses between two specs. */
  record Delta(List<Declaration> added, List<Declaration> removed) {
    boolean isEmpty() {
      return added.isEmpty() && removed.isEmpty();
    }
  }

  /** Every declaration of the client generated from {@code spec}, grouped by owning type. */
  static SortedSet<Declaration> of(JsonNode spec) {
    ClientApi api = new ClientApi(spec);
    api.operations();
    api.components();
    return api.declarations;
  }

  /** The declarations added and removed from {@code baseline} to {@code current}. */
  static Delta between(JsonNode baseline, JsonNode current) {
    SortedSet<Declaration> before = of(baseline);
    SortedSet<Declaration> after = of(current);
    List<Declaration> added = new ArrayList<>(after);
    added.removeAll(before);
    List<Declaration> removed = new ArrayList<>(before);
    removed.removeAll(after);
    return new Delta(List.copyOf(added), List.copyOf(removed));
  }

  private void operations() {
    for (Operation operation : Operation.all(spec).values()) {
      String api = operation.interfaceName();
      String context = JavaNames.upperCamel(operation.methodName());
      declare(api, "interface " + api);
      List<String> parameters = new ArrayList<>();
      operation.parameters(spec).forEach((name, parameter) ->
          parameters.add(javaType(parameter.get("schema"), context + JavaNames.upperCamel(parameter.path("name").asText()))));
      JsonNode body = Operation.bodySchema(operation.requestBody(spec));
      if (body != null) {
        parameters.add(javaType(body, context + "Request"));
      }
      String success = operation.successStatus();
      String returned = "Void";
      for (Map.Entry<String, JsonNode> response : operation.responses(spec).entrySet()) {
        // Every inline response schema becomes a model, error bodies too; the success one is returned.
        JsonNode schema = Operation.bodySchema(response.getValue());
        if (schema != null) {
          String type = javaType(schema, context + response.getKey() + "Response");
          returned = response.getKey().equals(success) ? type : returned;
        }
      }
      declare(api, "Call<" + returned + "> " + api + "." + operation.methodName() + "(" + String.join(", ", parameters) + ")");
      String client = spec.path("info").path("x-telewire-client").path("name").asText("");
      if (!client.isEmpty()) {
        // The vendor client's convenience method (its RequestOptions and Async overloads follow it).
        String result = returned.equals("Void") ? "void" : returned;
        declare(client, result + " " + client + "." + operation.methodName() + "(" + String.join(", ", parameters) + ")");
      }
    }
  }

  private void components() {
    spec.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
      JsonNode reference = JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/" + name);
      javaType(reference, JavaNames.upperCamel(name));
    });
  }

  private String javaType(JsonNode node, String contextName) {
    Schema schema = Schema.of(spec, node);
    if (schema.producesClass()) {
      String name = schema.className() != null ? schema.className() : contextName;
      declareClass(name, schema);
      return name;
    }
    if (schema.types().size() != 1) {
      return "Object";
    }
    String format = schema.format() == null ? "" : schema.format();
    switch (schema.types().iterator().next()) {
      case "string":
        return switch (format) {
          case "date-time" -> "OffsetDateTime";
          case "date" -> "LocalDate";
          case "uuid" -> "UUID";
          case "uri" -> "URI";
          case "byte" -> "byte[]";
          case "binary" -> "File";
          default -> "String";
        };
      case "integer":
        return format.equals("int64") ? "Long" : "Integer";
      case "number":
        return format.equals("float") ? "Float" : format.equals("double") ? "Double" : "BigDecimal";
      case "boolean":
        return "Boolean";
      case "array":
        return "List<" + javaType(schema.items(), contextName + "Inner") + ">";
      case "object":
        return schema.additionalProperties() == null
            ? "Object"
            : "Map<String, " + javaType(schema.additionalProperties(), contextName + "Value") + ">";
      default:
        return "Object";
    }
  }

  private void declareClass(String name, Schema schema) {
    if (!classes.add(name)) {
      return;
    }
    if (!schema.enumValues().isEmpty()) {
      declare(name, "enum " + name);
      schema.enumValues().forEach(value -> declare(name, name + "." + JavaNames.enumConstant(value)));
    } else if (!schema.alternatives().isEmpty()) {
      declare(name, "class " + name + " (one of " + String.join(", ", schema.alternatives()) + ")");
    } else {
      declare(name, "record " + name);
      schema.properties().forEach((property, node) -> {
        String type = javaType(node, name + JavaNames.upperCamel(property));
        declare(name, type + " " + name + "." + JavaNames.lowerCamel(property) + "()");
      });
    }
  }

  private void declare(String owner, String text) {
    declarations.add(new Declaration(owner, text));
  }
}
