package dev.telewire.sdkgen.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.SpecDocuments;
import org.junit.jupiter.api.Test;

class OverlayApplierTest {
  private static final JsonNode SPEC =
      SpecDocuments.parse(
          """
          openapi: 3.1.0
          info: {title: T, version: '1'}
          paths:
            /a:
              post:
                tags: [A]
                responses:
                  '200': {description: ok}
          components:
            schemas:
              Thing:
                type: object
                properties:
                  kind: {type: string, enum: [x, y]}
          """);

  private static Overlay overlay(String actions) {
    return Overlay.from(SpecDocuments.parse("overlay: 1.0.0\ninfo: {title: o, version: '1'}\nactions:\n" + actions));
  }

  @Test
  void targetThatMatchesNothingFailsNamingTheAction() {
    Overlay overlay =
        overlay(
            """
            - target: $.paths['/a'].post
              update: {operationId: a}
            - target: $.paths['/gone'].post
              description: Name the gone operation
              update: {operationId: gone}
            """);

    assertThatThrownBy(() -> OverlayApplier.apply(SPEC, overlay))
        .isInstanceOf(OverlayException.class)
        .hasMessageContaining("action #2 \"Name the gone operation\"")
        .hasMessageContaining("$.paths['/gone'].post")
        .hasMessageContaining("matches nothing");
  }

  @Test
  void filterThatMatchesNothingFails() {
    Overlay overlay = overlay("- target: $.paths.*.post[?(@.operationId == 'none')]\n  update: {x-a: 1}\n");

    assertThatThrownBy(() -> OverlayApplier.apply(SPEC, overlay)).hasMessageContaining("action #1");
  }

  @Test
  void updateMergesObjectsRecursively() {
    Overlay overlay =
        overlay(
            """
            - target: $.paths['/a'].post
              update:
                operationId: a
                responses:
                  '404': {description: missing}
            """);

    JsonNode result = OverlayApplier.apply(SPEC, overlay);

    JsonNode post = result.at("/paths/~1a/post");
    assertThat(post.path("operationId").asText()).isEqualTo("a");
    assertThat(post.at("/responses/200/description").asText()).isEqualTo("ok");
    assertThat(post.at("/responses/404/description").asText()).isEqualTo("missing");
  }

  @Test
  void updateOfAnArrayAppends() {
    Overlay overlay = overlay("- target: $.components.schemas.Thing.properties.kind.enum\n  update: z\n");

    JsonNode result = OverlayApplier.apply(SPEC, overlay);

    assertThat(result.at("/components/schemas/Thing/properties/kind/enum").toString()).isEqualTo("[\"x\",\"y\",\"z\"]");
  }

  @Test
  void updateAppliesToEveryMatch() {
    Overlay overlay = overlay("- target: $.paths.*.*\n  update: {x-seen: true}\n");

    JsonNode result = OverlayApplier.apply(SPEC, overlay);

    assertThat(result.at("/paths/~1a/post/x-seen").asBoolean()).isTrue();
  }

  @Test
  void removeDeletesTheTarget() {
    Overlay overlay = overlay("- target: $.components.schemas.Thing.properties.kind.enum\n  remove: true\n");

    JsonNode result = OverlayApplier.apply(SPEC, overlay);

    assertThat(result.at("/components/schemas/Thing/properties/kind").has("enum")).isFalse();
    assertThat(result.at("/components/schemas/Thing/properties/kind/type").asText()).isEqualTo("string");
  }

  @Test
  void inputSpecIsLeftUnchanged() {
    OverlayApplier.apply(SPEC, overlay("- target: $.info\n  update: {title: changed}\n"));

    assertThat(SPEC.at("/info/title").asText()).isEqualTo("T");
  }

  @Test
  void actionWithBothUpdateAndRemoveIsRefused() {
    assertThatThrownBy(() -> overlay("- target: $.info\n  update: {a: 1}\n  remove: true\n"))
        .hasMessageContaining("action #1")
        .hasMessageContaining("exactly one");
  }

  @Test
  void documentWithoutOverlayVersionIsRefused() {
    assertThatThrownBy(() -> Overlay.from(SpecDocuments.parse("actions: []")))
        .hasMessageContaining("'overlay'");
  }

  @Test
  void invalidJsonPathNamesTheAction() {
    assertThatThrownBy(() -> OverlayApplier.apply(SPEC, overlay("- target: '$.paths[?(@.x == ]'\n  update: {a: 1}\n")))
        .isInstanceOf(OverlayException.class)
        .hasMessageContaining("action #1")
        .hasMessageContaining("not valid JSONPath");
  }
}
