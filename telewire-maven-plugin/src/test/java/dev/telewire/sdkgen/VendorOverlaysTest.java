package dev.telewire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The vendors' specs with our overlays: each gap the issue names is closed. */
class VendorOverlaysTest {
  private static final Path SPEC = Path.of("..", "spec");

  private static JsonNode effective(String vendor) {
    return EffectiveSpecMojo.effectiveSpec(
        SPEC.resolve(vendor).resolve("openapi.yaml"), SPEC.resolve(vendor).resolve("overlay.yaml"));
  }

  @Test
  void truedy200HasASchemaForTheDocumentedResponse() {
    JsonNode spec = effective("truedy");

    JsonNode ok = spec.at("/paths/~1telephony~1numbers~1unassign/post/responses/200/content/application~1json");
    assertThat(ok.at("/schema/$ref").asText()).isEqualTo("#/components/schemas/UnassignPhoneNumberResponse");
    JsonNode data = spec.at("/components/schemas/UnassignedPhoneNumber/properties");
    assertThat(data.at("/agent_id/type").toString()).isEqualTo("[\"string\",\"null\"]");
    assertThat(data.at("/unassigned_at/format").asText()).isEqualTo("date-time");
    assertThat(spec.at("/components/schemas/ResponseMeta/properties/ts/format").asText()).isEqualTo("date-time");
  }

  @Test
  void truedyOverlayKeepsTheVendorExample() {
    JsonNode ok = effective("truedy")
        .at("/paths/~1telephony~1numbers~1unassign/post/responses/200/content/application~1json");

    assertThat(ok.at("/example/meta/request_id").asText()).isEqualTo("req_32e7531c");
  }

  @Test
  void vidaOperationHasAStableNameAndNamedSchemas() {
    JsonNode post = effective("vida").at("/paths/~1api~1v2~1phoneNumber~1return/post");

    assertThat(post.path("operationId").asText()).isEqualTo("returnPhoneNumber");
    assertThat(post.at("/requestBody/content/application~1json/schema/title").asText())
        .isEqualTo("ReturnPhoneNumberRequest");
    assertThat(post.at("/responses/200/content/application~1json/schema/title").asText())
        .isEqualTo("ReturnPhoneNumberResponse");
  }

  @Test
  void vendorFilesAreNotModified() {
    JsonNode vendor = SpecDocuments.read(SPEC.resolve("vida").resolve("openapi.yaml"));

    assertThat(vendor.at("/paths/~1api~1v2~1phoneNumber~1return/post").has("operationId")).isFalse();
  }
}
