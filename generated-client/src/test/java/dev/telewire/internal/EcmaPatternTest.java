package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * Spec patterns match as ECMA-262 (Unicode mode) matches them, where java.util.regex differs.
 *
 * <p>Lines 75, 80 and 109 {@code at++} to {@code at--} re-read the same character forever: PIT
 * reports them TIMED_OUT or MEMORY_ERROR (detected, not counted as killed). The code is written so
 * that it has no equivalent mutants left: {@code close} is compared with -1, never bounded by 0,
 * and a quantifier without digits is found by position, not by a counter.
 */
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

  @Test
  void digitMatchesAnAsciiDigit() {
    assertThat(matches("^\\d$", "7")).isTrue();
  }

  @Test
  void wordCharacterMatchesLettersDigitsAndUnderscore() {
    assertThat(matches("^\\w+$", "a_9Z")).isTrue();
  }

  @Test
  void negatedClassExcludesItsMembers() {
    assertThat(matches("^[^a]$", "a")).isFalse();
  }

  @Test
  void negatedClassMatchesOtherCharacters() {
    assertThat(matches("^[^a]$", "b")).isTrue();
  }

  @Test
  void negatedClassMatchesACaret() {
    assertThat(matches("^[^a]$", "^")).isTrue();
  }

  @Test
  void unclosedClassIsASyntaxError() {
    assertThatThrownBy(() -> EcmaPattern.compile("[a")).isInstanceOf(PatternSyntaxException.class);
  }

  @Test
  void trailingBackslashIsASyntaxError() {
    assertThatThrownBy(() -> EcmaPattern.compile("a\\")).isInstanceOf(PatternSyntaxException.class);
  }

  @Test
  void nonWordBoundaryMatchesInsideAWord() {
    assertThat(matches("a\\Bb", "ab")).isTrue();
  }

  @Test
  void nonWordBoundaryIsAscii() {
    assertThat(matches("\\Bx", "\u00e9x")).isFalse(); // é is not a word character, so x starts a word
  }

  @Test
  void backslashCapitalBInAClassIsTheLetterB() {
    assertThat(matches("^[\\B]$", "B")).isTrue();
  }

  @Test
  void numberedBackReference() {
    assertThat(matches("^(a)\\1$", "aa")).isTrue();
  }

  @Test
  void ninthBackReference() {
    assertThat(matches("^(a)(b)(c)(d)(e)(f)(g)(h)(i)\\9$", "abcdefghii")).isTrue();
  }

  @Test
  void controlEscapeAtTheEndIsABackslashAndC() {
    assertThat(matches("^a\\c", "a\\c")).isTrue();
  }

  @Test
  void controlEscapeOfANonLetterIsABackslashAndC() {
    assertThat(matches("^\\c1$", "\\c1")).isTrue();
  }

  @Test
  void controlEscapesOfTheFirstAndLastLowerCaseLetters() {
    assertThat(matches("^\\ca\\cz$", "\u0001\u001a")).isTrue();
  }

  @Test
  void controlEscapesOfTheFirstAndLastUpperCaseLetters() {
    assertThat(matches("^\\cA\\cZ$", "\u0001\u001a")).isTrue();
  }

  @Test
  void backslashZeroAtTheEndIsNul() {
    assertThat(matches("a\\0", "a\0")).isTrue();
  }

  @Test
  void backslashZeroBeforeADigitIsALegacyOctalEscape() {
    assertThat(matches("^\\00$", "\0")).isTrue();
  }

  @Test
  void backslashZeroBeforeNineIsASyntaxError() {
    // ECMA's Unicode mode allows no digit after \0; Java rejects \09 as an octal escape too
    assertThatThrownBy(() -> EcmaPattern.compile("\\09")).isInstanceOf(PatternSyntaxException.class);
  }

  @Test
  void braceAfterDigitsAtTheEndIsLiteral() {
    assertThat(matches("a{1", "a{1")).isTrue();
  }

  @Test
  void braceAfterDigitsAndCommaAtTheEndIsLiteral() {
    assertThat(matches("a{1,", "a{1,")).isTrue();
  }

  @Test
  void longGeneralCategoryNameThatJavaDoesNotKnow() {
    assertThat(matches("^\\p{Decimal_Number}$", "\u0663")).isTrue();
  }

  @Test
  void shortGeneralCategoryName() {
    assertThat(matches("^\\p{Lu}$", "a")).isFalse();
  }

  @Test
  void binaryProperty() {
    assertThat(matches("^\\p{Alphabetic}$", "\u00e9")).isTrue();
  }

  @Test
  void generalCategoryWithItsKey() {
    assertThat(matches("^\\p{General_Category=Uppercase_Letter}$", "A")).isTrue();
  }

  @Test
  void propertyWithAnEmptyKeyIsPassedOnUnchanged() {
    assertThat(EcmaPattern.javaProperty("=Greek")).isEqualTo("=Greek");
  }

  @Test
  void unknownPropertyKeyIsPassedOnUnchanged() {
    assertThat(EcmaPattern.javaProperty("Block=Greek")).isEqualTo("Block=Greek");
  }
}
