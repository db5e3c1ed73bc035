package dev.telewire.sdkgen.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telewire.sdkgen.SpecDocuments;
import java.util.List;

/** The large vendor spec with five defects the codegen reports, for tests in any package. */
public final class AllProblemsFixture {
  /** The vendor wrote an object describing a schema where the parameter's schema belongs. */
  private static final String DESCRIBED_INTEGER = """
      {name: limit, in: query, schema: {type: object, properties: {type: {type: string, example: integer}, description: {type: string}}}}
      """;
  private static final String BASE64_QUERY = "{name: cursor, in: query, schema: {type: string, format: byte}}";

  private AllProblemsFixture() {}

  /** Three described parameters, a base64 parameter and a binary property in a JSON response, in five operations. */
  public static JsonNode defectiveSpec() {
    ObjectNode spec = (ObjectNode) SpecDocuments.parse(LargeVendorSpec.yaml());
    for (String path : List.of("/api/v2/tokens", "/api/v2/members", "/api/v2/projects")) {
      spec.withObjectProperty("paths").withObjectProperty(path).withObjectProperty("get")
          .withArrayProperty("parameters").add(SpecDocuments.parse(DESCRIBED_INTEGER));
    }
    spec.withObjectProperty("paths").withObjectProperty("/api/v2/boards").withObjectProperty("get")
        .withArrayProperty("parameters").add(SpecDocuments.parse(BASE64_QUERY));
    ((ObjectNode) spec.at("/paths/~1api~1v2~1files~1{fileId}/get/responses/200/content/application~1json/schema/properties"))
        .set("checksum", SpecDocuments.parse("{type: string, format: binary}"));
    return spec;
  }

  /** The one-operation excerpt of {@code spec} a project starts from: {@code GET /api/v2/tags} alone. */
  public static JsonNode excerpt(JsonNode spec) {
    ObjectNode excerpt = spec.deepCopy();
    ObjectNode tags = excerpt.withObjectProperty("paths").withObjectProperty("/api/v2/tags").deepCopy();
    tags.remove("post");
    excerpt.withObjectProperty("paths").removeAll().set("/api/v2/tags", tags);
    return excerpt;
  }
}
