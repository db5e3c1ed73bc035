package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which values a pact's matching rules cover, by Pact's path syntax. */
class MatchersTest {
  private static Matchers rules(String json) throws Exception {
    return Matchers.read(new ObjectMapper().readTree(json));
  }

  private static String rule(String path, String matcher) {
    return "{\"body\": {\"" + path + "\": {\"matchers\": [" + matcher + "]}}}";
  }

  @Test
  void ruleOnAParentCoversItsChildren() throws Exception {
    assertThat(rules(rule("$.data", "{\"match\": \"type\"}")).coversBody(List.of("data", "number"))).isTrue();
  }

  @Test
  void ruleOnAChildDoesNotCoverItsParent() throws Exception {
    assertThat(rules(rule("$.data.number", "{\"match\": \"type\"}")).coversBody(List.of("data"))).isFalse();
  }

  @Test
  void wildcardIndexCoversEveryItem() throws Exception {
    assertThat(rules(rule("$.detail[*].loc[0]", "{\"match\": \"type\"}")).coversBody(List.of("detail", 3, "loc", 0))).isTrue();
  }

  @Test
  void fixedIndexCoversOnlyThatItem() throws Exception {
    assertThat(rules(rule("$.loc[0]", "{\"match\": \"type\"}")).coversBody(List.of("loc", 1))).isFalse();
  }

  @Test
  void bracketedNameMayContainDots() throws Exception {
    assertThat(rules(rule("$['a.b'].c", "{\"match\": \"type\"}")).coversBody(List.of("a.b", "c"))).isTrue();
  }

  @Test
  void bracketedEmptyNameIsAnEmptyName() throws Exception {
    assertThat(rules(rule("$['']", "{\"match\": \"type\"}")).coversBody(List.of(""))).isTrue();
  }

  @Test
  void regexesAreThoseOfTheExactPath() throws Exception {
    Matchers matchers = rules(rule("$.n", "{\"match\": \"regex\", \"regex\": \"[0-9]+\"}"));

    assertThat(matchers.bodyRegexes(List.of("n"))).containsExactly("[0-9]+");
    assertThat(matchers.bodyRegexes(List.of("n", "m"))).isEmpty();
  }

  @Test
  void typeMatcherHasNoRegex() throws Exception {
    assertThat(rules(rule("$.n", "{\"match\": \"type\"}")).bodyRegexes(List.of("n"))).isEmpty();
  }

  @Test
  void headerRulesIgnoreTheCaseOfTheName() throws Exception {
    Matchers matchers = rules("{\"header\": {\"X-Id\": {\"matchers\": [{\"match\": \"regex\", \"regex\": \"a+\"}]}}}");

    assertThat(matchers.regexes("header", "x-id")).containsExactly("a+");
  }

  @Test
  void bodyRulesKeepTheCaseOfThePath() throws Exception {
    assertThat(rules(rule("$.Data", "{\"match\": \"type\"}")).coversBody(List.of("data"))).isFalse();
  }

  @Test
  void pathNotStartingAtTheRootIsRefused() {
    assertThatThrownBy(() -> rules(rule("data", "{\"match\": \"type\"}")).coversBody(List.of("data")))
        .hasMessageContaining("'data' does not start with $");
  }

  @Test
  void unclosedBracketIsRefused() {
    assertThatThrownBy(() -> rules(rule("$.a[0", "{\"match\": \"type\"}")).coversBody(List.of("a")))
        .hasMessageContaining("unclosed [");
  }

  @Test
  void unexpectedCharacterIsRefusedNamingIt() {
    assertThatThrownBy(() -> rules(rule("$x", "{\"match\": \"type\"}")).coversBody(List.of("a")))
        .hasMessageContaining("has 'x' at 1");
  }
}
