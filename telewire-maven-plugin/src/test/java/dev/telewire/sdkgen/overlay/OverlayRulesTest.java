package dev.telewire.sdkgen.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.SpecDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading overlay documents, applying their actions, and judging their drift, on small documents. */
class OverlayRulesTest {
  private static final JsonNode DOCUMENT = SpecDocuments.parse("""
      info: {title: T, version: '1'}
      tags: [a, b, c]
      thing:
        name: old
        list: [1]
        nested: {keep: kept, change: before}
      """);

  private static Overlay overlay(String actions) {
    return Overlay.from(SpecDocuments.parse("overlay: 1.0.0\ninfo: {title: Fixes, version: '1'}\nactions:\n" + actions));
  }

  private static JsonNode apply(String actions) {
    return OverlayApplier.apply(DOCUMENT, overlay(actions));
  }

  @Test
  void titleAndActionsAreRead() {
    Overlay overlay = overlay("- {target: $.info, description: '  Rename  ', update: {title: U}}\n- {target: $.tags, remove: true}\n");

    assertThat(overlay.title()).isEqualTo("Fixes");
    assertThat(overlay.actions()).extracting(Overlay.Action::index, Overlay.Action::target, Overlay.Action::remove)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "$.info", false), org.assertj.core.groups.Tuple.tuple(1, "$.tags", true));
    assertThat(overlay.actions().get(0).label()).isEqualTo("action #1 \"Rename\"");
    assertThat(overlay.actions().get(1).label()).isEqualTo("action #2");
  }

  @Test
  void blankDescriptionIsLeftOutOfTheLabel() {
    assertThat(overlay("- {target: $.info, description: '  ', update: {title: U}}\n").actions().get(0).label()).isEqualTo("action #1");
  }

  @Test
  void overlayWithoutTitleHasAnEmptyOne() {
    assertThat(Overlay.from(SpecDocuments.parse("{overlay: 1.0.0, actions: [{target: $.info, remove: true}]}")).title()).isEmpty();
  }

  @Test
  void documentThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> Overlay.from(SpecDocuments.parse("[1]")))
        .isInstanceOf(OverlayException.class).hasMessage("overlay: the document is not a YAML/JSON object");
    assertThatThrownBy(() -> Overlay.from(null)).isInstanceOf(OverlayException.class);
  }

  @Test
  void versionOtherThanOneIsRefusedNamingIt() {
    assertThatThrownBy(() -> Overlay.from(SpecDocuments.parse("{overlay: 2.0.0, actions: [{target: $.info, remove: true}]}")))
        .hasMessage("overlay: field 'overlay' must be a 1.x version, was '2.0.0'");
  }

  @Test
  void missingOrEmptyActionsAreRefused() {
    assertThatThrownBy(() -> Overlay.from(SpecDocuments.parse("{overlay: 1.0.0}")))
        .hasMessage("overlay: field 'actions' must be a non-empty list");
    assertThatThrownBy(() -> Overlay.from(SpecDocuments.parse("{overlay: 1.0.0, actions: []}")))
        .hasMessage("overlay: field 'actions' must be a non-empty list");
    assertThatThrownBy(() -> Overlay.from(SpecDocuments.parse("{overlay: 1.0.0, actions: {target: $.info}}")))
        .hasMessage("overlay: field 'actions' must be a non-empty list");
  }

  @Test
  void actionWithoutAUsableTargetIsRefusedNamingIt() {
    assertThatThrownBy(() -> overlay("- {target: $.info, remove: true}\n- {update: {a: 1}}\n"))
        .hasMessage("overlay action #2: field 'target' must be a JSONPath expression");
    assertThatThrownBy(() -> overlay("- {target: ' ', update: {a: 1}}\n"))
        .hasMessage("overlay action #1: field 'target' must be a JSONPath expression");
    assertThatThrownBy(() -> overlay("- {target: 3, update: {a: 1}}\n"))
        .hasMessage("overlay action #1: field 'target' must be a JSONPath expression");
  }

  @Test
  void actionWithNeitherUpdateNorRemoveIsRefused() {
    assertThatThrownBy(() -> overlay("- {target: $.info, remove: false}\n"))
        .hasMessage("overlay action #1: exactly one of 'update' or 'remove: true' is required");
  }

  @Test
  void updateReplacesAScalarTarget() {
    assertThat(apply("- {target: $.thing.name, update: new}\n").at("/thing/name").asText()).isEqualTo("new");
  }

  @Test
  void scalarUpdateOfAnObjectReplacesIt() {
    assertThat(apply("- {target: $.thing.nested, update: flat}\n").at("/thing/nested").asText()).isEqualTo("flat");
  }

  @Test
  void arrayUpdateOfAnArrayAppendsEachItem() {
    assertThat(apply("- {target: $.tags, update: [d, e]}\n").get("tags").toString()).isEqualTo("[\"a\",\"b\",\"c\",\"d\",\"e\"]");
  }

  @Test
  void mergeAppendsToNestedArraysAndReplacesNestedScalars() {
    JsonNode result = apply("- {target: $.thing, update: {list: [2], nested: {change: after}, added: 1}}\n");

    assertThat(result.at("/thing/list").toString()).isEqualTo("[1,2]");
    assertThat(result.at("/thing/nested").toString()).isEqualTo("{\"keep\":\"kept\",\"change\":\"after\"}");
    assertThat(result.at("/thing/added").asInt()).isEqualTo(1);
    assertThat(result.at("/thing/name").asText()).isEqualTo("old");
  }

  @Test
  void mergeReplacesAValueOfAnotherShape() {
    JsonNode result = apply("- {target: $.thing, update: {list: {now: object}, name: [x]}}\n");

    assertThat(result.at("/thing/list").toString()).isEqualTo("{\"now\":\"object\"}");
    assertThat(result.at("/thing/name").toString()).isEqualTo("[\"x\"]");
  }

  @Test
  void updatedValuesAreCopiesOfTheOverlaysOwn() {
    Overlay overlay = overlay("- {target: $.thing, update: {extra: {deep: 1}}}\n- {target: $.thing.extra, update: {deep: 2}}\n");

    OverlayApplier.apply(DOCUMENT, overlay);
    JsonNode again = OverlayApplier.apply(DOCUMENT, overlay);

    assertThat(overlay.actions().get(0).update().toString()).isEqualTo("{\"extra\":{\"deep\":1}}");
    assertThat(again.at("/thing/extra/deep").asInt()).isEqualTo(2);
  }

  @Test
  void removalOfSeveralArrayItemsRemovesExactlyThose() {
    assertThat(apply("- {target: \"$.tags[?(@ != 'b')]\", remove: true}\n").get("tags").toString()).isEqualTo("[\"b\"]");
  }

  @Test
  void removingTheWholeDocumentIsRefused() {
    assertThatThrownBy(() -> apply("- {target: $, remove: true, description: Wipe}\n"))
        .isInstanceOf(OverlayException.class)
        .hasMessage("overlay action #1 \"Wipe\": cannot remove the whole document");
  }

  @Test
  void rootCanOnlyBeUpdatedWithAnObject() {
    assertThatThrownBy(() -> apply("- {target: $, update: text}\n"))
        .isInstanceOf(OverlayException.class)
        .hasMessage("overlay action #1: the document root can only be updated with an object");
    assertThat(apply("- {target: $, update: {x-new: 1}}\n").at("/x-new").asInt()).isEqualTo(1);
  }

  @Test
  void targetThatMatchesNothingTellsWhatToDo() {
    assertThatThrownBy(() -> apply("- {target: $.missing, update: {a: 1}}\n"))
        .hasMessage("overlay action #1: target $.missing matches nothing in the spec. "
            + "The vendor spec has changed: update or remove this action.");
  }

  @Test
  void laterActionsSeeWhatEarlierOnesDid() {
    JsonNode result = apply("- {target: $.thing, update: {made: {}}}\n- {target: $.thing.made, update: {by: overlay}}\n");

    assertThat(result.at("/thing/made/by").asText()).isEqualTo("overlay");
  }

  private static List<OverlayDrift.Finding> drift(String actions) {
    return OverlayDrift.check(DOCUMENT, overlay(actions));
  }

  @Test
  void updateWithValuesTheDocumentHasIsRedundant() {
    List<OverlayDrift.Finding> findings = drift("- {target: $.thing, description: Same, update: {name: old, nested: {keep: kept}}}\n");

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.kind()).isEqualTo(OverlayDrift.Kind.REDUNDANT);
      assertThat(finding.path()).isEqualTo("$.thing");
      assertThat(finding.message()).isEqualTo("overlay action #1 \"Same\" is redundant at $.thing: "
          + "the vendor spec already has every value it sets; remove the action");
    });
  }

  @Test
  void overriddenValueIsNamedByItsPathAndBothValues() {
    List<OverlayDrift.Finding> findings = drift("- {target: $.thing, update: {nested: {change: after}}}\n");

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.kind()).isEqualTo(OverlayDrift.Kind.OVERRIDES_VENDOR_VALUE);
      assertThat(finding.path()).isEqualTo("$['thing']['nested']['change']");
      assertThat(finding.message()).isEqualTo("overlay action #1 overrides vendor value at $['thing']['nested']['change']: "
          + "the vendor now sets \"before\", the overlay replaces it with \"after\"; keep the action only if the vendor is still wrong");
    });
  }

  @Test
  void updateThatAlsoAddsAValueIsNotRedundant() {
    assertThat(drift("- {target: $.thing, update: {name: old, fresh: 1}}\n")).isEmpty();
  }

  @Test
  void itemAlreadyInASelectedArrayIsRedundant() {
    assertThat(drift("- {target: $.tags, update: b}\n")).extracting(OverlayDrift.Finding::kind)
        .containsExactly(OverlayDrift.Kind.REDUNDANT);
    assertThat(drift("- {target: $.tags, update: [a, c]}\n")).extracting(OverlayDrift.Finding::kind)
        .containsExactly(OverlayDrift.Kind.REDUNDANT);
  }

  @Test
  void newItemForASelectedArrayIsNoDrift() {
    assertThat(drift("- {target: $.tags, update: [a, z]}\n")).isEmpty();
  }

  @Test
  void itemsAlreadyInANestedArrayAreRedundant() {
    assertThat(drift("- {target: $.thing, update: {list: [1]}}\n")).extracting(OverlayDrift.Finding::kind)
        .containsExactly(OverlayDrift.Kind.REDUNDANT);
    assertThat(drift("- {target: $.thing, update: {list: [1, 5]}}\n")).isEmpty();
  }

  @Test
  void removalsAreNotJudged() {
    assertThat(drift("- {target: $.thing.name, remove: true}\n")).isEmpty();
  }

  @Test
  void actionIsJudgedAfterTheActionsBeforeIt() {
    List<OverlayDrift.Finding> findings = drift("- {target: $.thing, update: {fresh: 1}}\n- {target: $.thing, update: {fresh: 1}}\n");

    assertThat(findings).extracting(finding -> finding.action().index()).containsExactly(1);
  }

  @Test
  void findingNeedsEveryPart() {
    Overlay.Action action = overlay("- {target: $.info, remove: true}\n").actions().get(0);

    assertThatThrownBy(() -> new OverlayDrift.Finding(null, OverlayDrift.Kind.REDUNDANT, "$", "d")).hasMessage("action == null");
    assertThatThrownBy(() -> new OverlayDrift.Finding(action, null, "$", "d")).hasMessage("kind == null");
    assertThatThrownBy(() -> new OverlayDrift.Finding(action, OverlayDrift.Kind.REDUNDANT, null, "d")).hasMessage("path == null");
    assertThatThrownBy(() -> new OverlayDrift.Finding(action, OverlayDrift.Kind.REDUNDANT, "$", null)).hasMessage("detail == null");
  }
}
