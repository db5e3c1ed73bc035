package dev.telewire.sdkgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** What the comparator ignores, and how it orders what it finds. */
class SpecDiffTest {

  @Test
  void sameSpecHasNoChange() {
    JsonNode truedy = ChangeFixture.effective("truedy");

    assertThat(SpecDiff.compare(truedy, truedy.deepCopy())).isEmpty();
  }

  @Test
  void descriptionsAndExamplesAreNotChanges() {
    JsonNode before = ChangeFixture.effective("vida");
    JsonNode after = before.deepCopy();
    ObjectNode number = (ObjectNode) after.at(
        "/paths/~1api~1v2~1phoneNumber~1return/post/requestBody/content/application~1json/schema/properties/number");
    number.put("description", "Another description").put("example", "+15550000000");

    assertThat(SpecDiff.compare(before, after)).isEmpty();
  }

  @Test
  void breakingChangesComeFirst() {
    JsonNode before = ChangeFixture.effective("truedy");
    JsonNode after = before.deepCopy();
    ((ObjectNode) after.at("/servers/0")).put("url", "https://api2.truedy.ai");
    ((ObjectNode) after.at("/components/schemas/PhoneNumberUnassignRequest/properties/assignment_type"))
        .putArray("enum").add("inbound");

    assertThat(SpecDiff.compare(before, after))
        .extracting(Change::kind)
        .containsExactly(Change.Kind.REQUEST_ENUM_VALUE_REMOVED, Change.Kind.SERVER_CHANGED);
  }

  @Test
  void serverUrlChangeIsNotBreaking() {
    JsonNode before = ChangeFixture.effective("vida");
    JsonNode after = before.deepCopy();
    ((ObjectNode) after.at("/servers/0")).put("url", "https://api2.vida.dev");

    assertThat(SpecDiff.compare(before, after))
        .containsExactly(new Change(Change.Kind.SERVER_CHANGED, "servers",
            "server URLs changed from [https://api.vida.dev] to [https://api2.vida.dev]"));
  }
}
