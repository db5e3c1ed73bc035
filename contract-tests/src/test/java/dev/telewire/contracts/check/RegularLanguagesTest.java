package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Regular-language comparison of matcher regexes with spec patterns and formats.
 *
 * <p>Mutants judged equivalent (PIT, 2026-12-02): in {@code RegularLanguages.translate}, the bounds
 * checks before looking at the character after {@code (} and before a quantifier ({@code i + 1 <},
 * {@code i + 2 <}, {@code i > 0}) can only matter for a regex that ends in {@code (} or {@code (?}
 * or starts with a quantifier, and {@code whole} refuses those as invalid Java first. Elsewhere in
 * the checker: the 16-hop and 32-level limits on {@code $ref} chains and composition
 * ({@code SpecCheck.resolve}, {@code SchemaWalk.collect}) only stop cycles; {@code end < 0} in
 * {@code Matchers} cannot meet {@code end == 0}; {@code Cookies.parse(null)} returning another
 * empty map; and the no-servers branch of {@code SpecCheck.basePaths}, which swagger-parser never
 * reaches (it supplies a "/" server).
 */
class RegularLanguagesTest {
  @Test
  void matcherEqualToTheAnchoredPatternStaysInside() {
    assertThat(RegularLanguages.escapee("\\+[1-9][0-9]{1,14}", "^\\+[1-9][0-9]{1,14}$", null)).isEmpty();
  }

  @Test
  void unanchoredPatternMayMatchAnywhereInTheValue() {
    assertThat(RegularLanguages.escapee("x[0-9]y", "[0-9]", null)).isEmpty();
  }

  @Test
  void patternAnchoredAtTheStartRefusesAPrefix() {
    assertThat(RegularLanguages.escapee("x?ab", "^ab", null)).contains("xab");
  }

  @Test
  void patternAnchoredAtTheEndRefusesASuffix() {
    assertThat(RegularLanguages.escapee("abx?", "ab$", null)).contains("abx");
  }

  @Test
  void escapedDollarAtTheEndOfAPatternIsALiteral() {
    assertThat(RegularLanguages.escapee("ab", "ab\\$", null)).contains("ab");
  }

  @Test
  void negatedClassIsTranslated() {
    assertThat(RegularLanguages.escapee("[^a-z]", "^[0-9]$", null)).isPresent().get().asString().doesNotMatch("[0-9]");
  }

  @Test
  void shorthandInsideAClassIsTranslated() {
    assertThat(RegularLanguages.escapee("[\\d_]", "^[0-9_]$", null)).isEmpty();
  }

  @Test
  void shorthandOutsideAClassIsTranslated() {
    assertThat(RegularLanguages.escapee("\\w\\s\\d", "^[A-Za-z0-9_][ \\t\\n\\x0B\\f\\r][0-9]$".replace("\\x0B", "\u000B"), null)).isEmpty();
  }

  @Test
  void escapedPunctuationIsALiteral() {
    assertThat(RegularLanguages.whole("a\\.b").run("a.b")).isTrue();
    assertThat(RegularLanguages.whole("a\\.b").run("axb")).isFalse();
  }

  @Test
  void charactersSpecialOnlyToTheAutomatonLibraryAreLiterals() {
    assertThat(RegularLanguages.whole("\"<a>&~#@").run("\"<a>&~#@")).isTrue();
  }

  @Test
  void quoteInsideAClassIsALiteral() {
    assertThat(RegularLanguages.whole("[\"a]").run("\"")).isTrue();
  }

  @Test
  void nonCapturingGroupIsAGroup() {
    assertThat(RegularLanguages.whole("(?:ab)+").run("abab")).isTrue();
  }

  @Test
  void escapedPlusFollowedByAQuantifierIsNotPossessive() {
    assertThat(RegularLanguages.whole("\\++").run("++")).isTrue();
  }

  @Test
  void negatedClassAcceptsWhatItDoesNotList() {
    assertThat(RegularLanguages.whole("[^a-z]").run("^")).isTrue();
    assertThat(RegularLanguages.whole("[^a-z]").run("b")).isFalse();
  }

  @Test
  void unclosedClassAtTheEndIsRefusedAsNotComparable() {
    assertThatThrownBy(() -> RegularLanguages.whole("a[")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot compare regular expression 'a['");
  }

  @Test
  void openGroupAtTheEndIsRefusedAsNotComparable() {
    assertThatThrownBy(() -> RegularLanguages.whole("a(")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot compare regular expression 'a('");
  }

  @Test
  void namedGroupIsRefusedAsNotComparable() {
    assertThatThrownBy(() -> RegularLanguages.whole("(?<name>a)")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(? constructs");
  }

  @Test
  void leadingQuantifierIsRefusedAsNotComparable() {
    assertThatThrownBy(() -> RegularLanguages.whole("+a")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot compare regular expression '+a'");
  }

  @Test
  void lazyQuantifierCannotBeCompared() {
    assertThatThrownBy(() -> RegularLanguages.whole("a+?")).hasMessageContaining("lazy or possessive");
  }

  @Test
  void lazyBoundedQuantifierCannotBeCompared() {
    assertThatThrownBy(() -> RegularLanguages.whole("a{2}?")).hasMessageContaining("lazy or possessive");
  }

  @Test
  void possessiveOptionalCannotBeCompared() {
    assertThatThrownBy(() -> RegularLanguages.whole("a?+")).hasMessageContaining("lazy or possessive");
  }

  @Test
  void lazyStarCannotBeCompared() {
    assertThatThrownBy(() -> RegularLanguages.whole("a*?")).hasMessageContaining("lazy or possessive");
  }

  @Test
  void flagGroupCannotBeCompared() {
    assertThatThrownBy(() -> RegularLanguages.whole("(?i)ab")).hasMessageContaining("(? constructs");
  }

  @Test
  void innerAnchorCannotBeCompared() {
    assertThatThrownBy(() -> RegularLanguages.whole("a^b")).hasMessageContaining("inner anchors");
  }

  @Test
  void letterEscapeWithoutARegularMeaningCannotBeCompared() {
    assertThatThrownBy(() -> RegularLanguages.whole("\\bword")).hasMessageContaining("\\b is not supported");
  }

  @Test
  void invalidJavaRegexIsRefusedAsNotComparable() {
    assertThatThrownBy(() -> RegularLanguages.whole("ab\\")).hasMessageContaining("not a valid regular expression");
  }

  @Test
  void dateTimeFormatRefusesMonthThirteen() {
    assertThat(RegularLanguages.escapee("2026-1[0-3]-01T00:00:00Z", null, "date-time")).contains("2026-13-01T00:00:00Z");
  }

  @Test
  void dateTimeFormatAcceptsAnOffsetAndFraction() {
    assertThat(RegularLanguages.escapee("2026-01-01T00:00:00\\.5\\+01:00", null, "date-time")).isEmpty();
  }

  @Test
  void formatWithoutAShapeIsUnknown() {
    assertThat(RegularLanguages.knowsFormat("email")).isFalse();
    assertThat(RegularLanguages.knowsFormat("uuid")).isTrue();
  }

  @Test
  void unknownFormatDoesNotNarrowWhatIsAllowed() {
    assertThat(RegularLanguages.escapee(".*", null, "email")).isEmpty();
  }
}
