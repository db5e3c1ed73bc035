package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.SpecDocuments;
import dev.telewire.sdkgen.overlay.Overlay;
import dev.telewire.sdkgen.overlay.OverlayApplier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec with several defects reports all of them in one run, each at its JSON Pointer with an
 * overlay action, and pasting those actions into an overlay makes generation pass.
 */
class AllProblemsTest {
  @TempDir Path dir;

  private static JsonNode withFixes(JsonNode spec, List<Problem> problems) {
    StringBuilder overlay = new StringBuilder("overlay: 1.0.0\ninfo: {title: fixes, version: '1'}\nactions:\n");
    problems.forEach(problem -> overlay.append(problem.action()));
    return OverlayApplier.apply(spec, Overlay.from(SpecDocuments.parse(overlay.toString())));
  }

  @Test
  void everyDefectIsReportedInOneRunWithItsPointer() {
    List<Problem> problems = GeneratedApi.of(AllProblemsFixture.defectiveSpec()).problems();

    assertThat(problems).extracting(Problem::pointer).containsExactlyInAnyOrder(
        "/paths/~1api~1v2~1tokens/get/parameters/0",
        "/paths/~1api~1v2~1members/get/parameters/0",
        "/paths/~1api~1v2~1projects/get/parameters/0",
        "/paths/~1api~1v2~1boards/get/parameters/0",
        "/paths/~1api~1v2~1files~1{fileId}/get/responses/200/content/application~1json/schema/properties/checksum");
    assertThat(problems).allSatisfy(problem -> assertThat(problem.action()).isNotNull());
  }

  @Test
  void generationFailsOnceListingEveryDefect() {
    Throwable thrown = catchThrowable(() ->
        Generation.generate(dir, SpecDocuments.toYaml(AllProblemsFixture.defectiveSpec()), "dev.telewire.defects"));

    Throwable cause = Generation.rootCause(thrown);
    assertThat(cause).isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("Telewire cannot generate 5 constructs")
        .hasMessageContaining("#/paths/~1api~1v2~1members/get/parameters/0")
        .hasMessageContaining("remove: true");
    assertThat(((UnsupportedConstructException) cause).problems()).hasSize(5);
  }

  @Test
  void pastingTheSuggestedActionsMakesGenerationPass() {
    JsonNode spec = AllProblemsFixture.defectiveSpec();
    JsonNode fixed = withFixes(spec, GeneratedApi.of(spec).problems());

    assertThat(GeneratedApi.of(fixed).problems()).isEmpty();
    assertThatCode(() -> Generation.generate(dir, SpecDocuments.toYaml(fixed), "dev.telewire.defects"))
        .doesNotThrowAnyException();
    assertThat(GeneratedApi.of(fixed).declarations()).extracting(GeneratedApi.Declaration::text)
        .contains("Call<ListTokensResponse> TokensApi.listTokens(Long)");
  }

  @Test
  void describedParameterFixRemovesTheVendorSchemaBeforeSettingTheType() {
    Problem problem = GeneratedApi.of(AllProblemsFixture.defectiveSpec()).problems().stream()
        .filter(p -> p.pointer().equals("/paths/~1api~1v2~1tokens/get/parameters/0")).findFirst().orElseThrow();

    assertThat(problem.action())
        .contains("would merge into the vendor's object schema")
        .containsSubsequence("target: $.paths['/api/v2/tokens'].get.parameters[0].schema", "remove: true",
            "target: $.paths['/api/v2/tokens'].get.parameters[0]", "type: integer");
  }

  @Test
  void updateAloneMergesAndStillFails() {
    JsonNode spec = AllProblemsFixture.defectiveSpec();
    String updateOnly = """
        overlay: 1.0.0
        info: {title: fixes, version: '1'}
        actions:
          - target: $.paths['/api/v2/tokens'].get.parameters[0]
            update: {schema: {type: integer}}
        """;
    JsonNode merged = OverlayApplier.apply(spec, Overlay.from(SpecDocuments.parse(updateOnly)));

    assertThat(GeneratedApi.of(merged).problems()).extracting(Problem::pointer)
        .contains("/paths/~1api~1v2~1tokens/get/parameters/0");
  }

  @Test
  void everyBadUnionIsReportedNotJustTheFirst() {
    GeneratedApi api = GeneratedApi.of(SpecDocuments.parse("""
        openapi: 3.0.0
        info: {title: Unions, version: '1'}
        paths: {}
        components:
          schemas:
            Circle:
              type: object
              properties: {kind: {type: string}, radius: {type: number}}
            Square:
              type: object
              properties: {kind: {type: string}, side: {type: number}}
            Inner:
              oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
              discriminator: {propertyName: kind}
            First:
              oneOf: [{$ref: '#/components/schemas/Inner'}, {type: boolean}]
            Second:
              oneOf: [{$ref: '#/components/schemas/Inner'}, {type: number}]
        """));

    assertThat(api.problems()).extracting(Problem::pointer)
        .containsExactlyInAnyOrder("/components/schemas/First", "/components/schemas/Second");
  }
}
