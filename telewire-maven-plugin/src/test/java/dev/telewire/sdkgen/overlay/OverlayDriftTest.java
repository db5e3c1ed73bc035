package dev.telewire.sdkgen.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telewire.sdkgen.SpecDocuments;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlay actions the vendor has caught up with are found, and only those. */
class OverlayDriftTest {
  private static final Path SPEC = Path.of("src", "test", "resources", "vendors");
  private static final String TRUEDY_200 =
      "/paths/~1telephony~1numbers~1unassign/post/responses/200/content/application~1json";

  private static JsonNode vendorSpec(String vendor) {
    return SpecDocuments.read(SPEC.resolve(vendor).resolve("openapi.yaml"));
  }

  private static Overlay overlay(String vendor) {
    return Overlay.from(SpecDocuments.read(SPEC.resolve(vendor).resolve("overlay.yaml")));
  }

  @Test
  void truedyOverlayHasNoDrift() {
    assertThat(OverlayDrift.check(vendorSpec("truedy"), overlay("truedy"))).isEmpty();
  }

  @Test
  void vidaOverlayHasNoDrift() {
    assertThat(OverlayDrift.check(vendorSpec("vida"), overlay("vida"))).isEmpty();
  }

  @Test
  void vendorSchemaForTruedy200MakesTheActionThatAddsItRedundant() {
    JsonNode spec = vendorSpec("truedy");
    ((ObjectNode) spec.at(TRUEDY_200)).putObject("schema").put("$ref", "#/components/schemas/UnassignPhoneNumberResponse");

    List<OverlayDrift.Finding> drift = OverlayDrift.check(spec, overlay("truedy"));

    assertThat(drift).extracting(OverlayDrift.Finding::kind).containsExactly(OverlayDrift.Kind.REDUNDANT);
    assertThat(drift.get(0).message()).contains("action #2 \"Point the 200 response at its schema\" is redundant");
  }

  @Test
  void vendorSchemaWithAnotherReferenceIsOverridden() {
    JsonNode spec = vendorSpec("truedy");
    ((ObjectNode) spec.at(TRUEDY_200)).putObject("schema").put("$ref", "#/components/schemas/UnassignResult");

    List<OverlayDrift.Finding> drift = OverlayDrift.check(spec, overlay("truedy"));

    assertThat(drift).extracting(OverlayDrift.Finding::kind).containsExactly(OverlayDrift.Kind.OVERRIDES_VENDOR_VALUE);
    assertThat(drift.get(0).message()).contains("UnassignResult").contains("['$ref']");
  }

  @Test
  void vendorOperationIdIsOverriddenByTheOverlay() {
    JsonNode spec = vendorSpec("vida");
    ((ObjectNode) spec.at("/paths/~1api~1v2~1phoneNumber~1return/post")).put("operationId", "returnNumber");

    List<OverlayDrift.Finding> drift = OverlayDrift.check(spec, overlay("vida"));

    assertThat(drift).extracting(OverlayDrift.Finding::kind).containsExactly(OverlayDrift.Kind.OVERRIDES_VENDOR_VALUE);
    assertThat(drift.get(0).message())
        .contains("action #1 \"Give the return operation a stable name\" overrides vendor value")
        .contains("\"returnNumber\"");
  }

  @Test
  void actionAddingPartlyNewValuesIsNotRedundant() {
    JsonNode spec = vendorSpec("vida");
    ((ObjectNode) spec.at("/paths/~1api~1v2~1phoneNumber~1return/post/requestBody/content/application~1json/schema"))
        .put("description", "The number to return");

    assertThat(OverlayDrift.check(spec, overlay("vida"))).isEmpty();
  }

  @Test
  void scalarReplacingATypeListIsAnOverride() {
    JsonNode spec = SpecDocuments.parse("a: {type: [string, 'null']}");
    Overlay overlay = Overlay.from(SpecDocuments.parse(
        "{overlay: 1.0.0, actions: [{target: '$.a', update: {type: string}}]}"));

    assertThat(OverlayDrift.check(spec, overlay))
        .extracting(OverlayDrift.Finding::kind)
        .containsExactly(OverlayDrift.Kind.OVERRIDES_VENDOR_VALUE);
  }
}
