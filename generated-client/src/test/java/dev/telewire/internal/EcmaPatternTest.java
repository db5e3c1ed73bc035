package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spec patterns match as ECMA-262 (Unicode mode) matches them, where java.util.regex differs. */
class EcmaPatternTest {
  private static boolean matches(String regex, String text) {
    return EcmaPattern.compile(regex).matcher(text).find();
  }

  @Test
  void dollarDoesNotMatchBeforeATrailingNewline() {
    assertThat(matches("^\\+[1-9][0-9]{1,14}$", "+12145551234\n")).isFalse();
  }

  @Test
  void dollarMatchesAtTheEnd() {
    assertThat(matches("^\\+[1-9][0-9]{1,14}$", "+12145551234")).isTrue();
  }

  @Test
  void dollarInsideAClassIsLiteral() {
    assertThat(matches("^[$]$", "$")).isTrue();
  }

  @Test
  void escapedDollarIsLiteral() {
    assertThat(matches("^a\\$$", "a$")).isTrue();
  }

  @Test
  void caretDoesNotMatchAfterANewline() {
    assertThat(matches("^b", "a\nb")).isFalse();
  }

  @Test
  void digitIsAsciiOnly() {
    assertThat(matches("^\\d$", "\u0663")).isFalse(); // ARABIC-INDIC DIGIT THREE
  }

  @Test
  void digitInAClassIsAsciiOnly() {
    assertThat(matches("^[\\d]$", "\u0663")).isFalse();
  }

  @Test
  void wordCharacterIsAsciiOnly() {
    assertThat(matches("^\\w$", "\u00e9")).isFalse();
  }

  @Test
  void wordBoundaryIsAscii() {
    assertThat(matches("\\bx", "\u00e9x")).isTrue(); // é is not a word character, so x starts a word
  }

  @Test
  void whiteSpaceIncludesUnicodeSpaces() {
    assertThat(matches("^\\s$", "\u00a0")).isTrue();
  }

  @Test
  void whiteSpaceIncludesTheByteOrderMark() {
    assertThat(matches("^[\\s]$", "\ufeff")).isTrue();
  }

  @Test
  void nonWhiteSpaceExcludesUnicodeSpaces() {
    assertThat(matches("^\\S$", "\u3000")).isFalse();
  }

  @Test
  void dotMatchesNextLine() {
    assertThat(matches("^.$", "\u0085")).isTrue(); // ECMA's line terminators are \n, \r, U+2028, U+2029 only
  }

  @Test
  void dotDoesNotMatchALineTerminator() {
    assertThat(matches("^.$", "\u2028")).isFalse();
  }

  @Test
  void dotMatchesAnAstralCodePoint() {
    assertThat(matches("^.$", "\uD83D\uDCDE")).isTrue();
  }

  @Test
  void backslashVIsOnlyTheVerticalTab() {
    assertThat(matches("^\\v$", "\n")).isFalse();
  }

  @Test
  void backslashZeroIsNul() {
    assertThat(matches("^\\0$", "\0")).isTrue();
  }

  @Test
  void controlEscapeOfALowerCaseLetterIsItsControlCharacter() {
    assertThat(matches("^\\cj$", "\n")).isTrue();
  }

  @Test
  void codePointEscapeInBraces() {
    assertThat(matches("^\\u{1F4DE}$", "\uD83D\uDCDE")).isTrue();
  }

  @Test
  void backspaceEscapeInAClass() {
    assertThat(matches("^[\\b]$", "\b")).isTrue();
  }

  @Test
  void openingBracketInAClassIsLiteral() {
    assertThat(matches("^[[]$", "[")).isTrue();
  }

  @Test
  void doubleAmpersandInAClassIsLiteral() {
    assertThat(matches("^[a&&b]$", "&")).isTrue();
  }

  @Test
  void emptyClassMatchesNothing() {
    assertThat(matches("a[]", "a")).isFalse();
  }

  @Test
  void negatedEmptyClassMatchesAnything() {
    assertThat(matches("^[^]$", "\n")).isTrue();
  }

  @Test
  void braceThatStartsNoQuantifierIsLiteral() {
    assertThat(matches("^a{b$", "a{b")).isTrue();
  }

  @Test
  void quantifierStillCounts() {
    assertThat(matches("^a{2,3}$", "aaaa")).isFalse();
  }

  @Test
  void longGeneralCategoryName() {
    assertThat(matches("^\\p{Letter}+$", "\u00e9t\u00e9")).isTrue();
  }

  @Test
  void scriptProperty() {
    assertThat(matches("^\\p{Script=Greek}$", "\u03b1")).isTrue();
  }

  @Test
  void namedGroupAndBackReference() {
    assertThat(matches("^(?<x>a)\\k<x>$", "aa")).isTrue();
  }

  @Test
  void letterWithoutAnEcmaMeaningIsAnIdentityEscape() {
    assertThat(matches("^\\z$", "z")).isTrue(); // Java's \z would be the end of input
  }
}
