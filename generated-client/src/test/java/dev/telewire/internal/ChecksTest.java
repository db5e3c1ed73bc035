package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.InvalidRequestException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules behind generated validate() methods that today's specs do not exercise.
 *
 * <p>{@code PATTERNS} is static and PIT runs a class's mutants in one JVM, so a test of how a regex
 * is compiled and cached uses one made for the run, which no earlier test can have cached.
 */
class ChecksTest {
  @Test
  void nestedFieldIsNamedByItsJsonPath() {
    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> Checks.required(null, Checks.index("", "items", 2), "id"));

    assertThat(error.field()).isEqualTo("items[2].id");
  }

  @Test
  void maxLengthCountsCodePointsNotChars() {
    assertThatCode(() -> Checks.maxLength("\uD83D\uDCDE", 1, "", "emoji")).doesNotThrowAnyException();
  }

  @Test
  void maxLengthRefusesLongerText() {
    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> Checks.maxLength("abcd", 3, "", "code"));

    assertThat(error.rule()).isEqualTo("maxLength");
  }

  @Test
  void minimumRefusesASmallerNumber() {
    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> Checks.minimum(4, "5", false, "", "count"));

    assertThat(error.rule()).isEqualTo("minimum");
  }

  @Test
  void exclusiveMinimumRefusesTheBoundItself() {
    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> Checks.minimum(new BigDecimal("5.0"), "5", true, "", "count"));

    assertThat(error.getMessage()).contains("greater than 5");
  }

  @Test
  void maximumAcceptsTheBoundWhenInclusive() {
    assertThatCode(() -> Checks.maximum(10.0, "10", false, "", "count")).doesNotThrowAnyException();
  }

  @Test
  void maxItemsRefusesALongerList() {
    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> Checks.maxItems(List.of(1, 2, 3), 2, "", "ids"));

    assertThat(error.rule()).isEqualTo("maxItems");
  }

  @Test
  void unrecognizedElementOfAnEnumArrayIsNamedByIndex() {
    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> Checks.knownEnums(List.of(Kind.A, Kind.UNRECOGNIZED), "", "kinds"));

    assertThat(error.field()).isEqualTo("kinds[1]");
  }

  @Test
  void patternMatchesAnywhereLikeJsonSchema() {
    assertThatCode(() -> Checks.pattern("call +1 now", "\\+1", "", "text")).doesNotThrowAnyException();
  }

  enum Kind {
    A,
    UNRECOGNIZED
  }

  private static String ruleBroken(Runnable check) {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, check::run);
    return error == null ? null : error.rule();
  }

  @Test
  void patternNeverCheckedBeforeIsCompiledAndApplied() {
    String id = "id" + System.nanoTime();
    String regex = "^" + id + "$";

    assertThat(ruleBroken(() -> Checks.pattern(id, regex, "", "id"))).isNull();
    assertThat(ruleBroken(() -> Checks.pattern(id + "x", regex, "", "id"))).isEqualTo("pattern");
  }

  @Test
  void patternRefusesTextWithoutAMatch() {
    assertThat(ruleBroken(() -> Checks.pattern("+1 214", "^\\+[0-9]+$", "", "number"))).isEqualTo("pattern");
  }

  @Test
  void patternAcceptsTextWithAMatch() {
    assertThat(ruleBroken(() -> Checks.pattern("+1214", "^\\+[0-9]+$", "", "number"))).isNull();
  }

  @Test
  void minLengthAcceptsTextOfExactlyTheMinimum() {
    assertThat(ruleBroken(() -> Checks.minLength("ab", 2, "", "code"))).isNull();
  }

  @Test
  void minLengthRefusesShorterText() {
    assertThat(ruleBroken(() -> Checks.minLength("a", 2, "", "code"))).isEqualTo("minLength");
  }

  @Test
  void minimumAcceptsTheBoundItself() {
    assertThat(ruleBroken(() -> Checks.minimum(5, "5", false, "", "count"))).isNull();
  }

  @Test
  void maximumRefusesALargerNumber() {
    assertThat(ruleBroken(() -> Checks.maximum(6, "5", false, "", "count"))).isEqualTo("maximum");
  }

  @Test
  void maximumAcceptsTheBoundItself() {
    assertThat(ruleBroken(() -> Checks.maximum(5, "5", false, "", "count"))).isNull();
  }

  @Test
  void exclusiveMaximumRefusesTheBoundItself() {
    InvalidRequestException error =
        catchThrowableOfType(InvalidRequestException.class, () -> Checks.maximum(5, "5", true, "", "count"));

    assertThat(error).hasMessageContaining("must be less than 5");
  }

  @Test
  void minItemsRefusesFewerItems() {
    assertThat(ruleBroken(() -> Checks.minItems(List.of(1), 2, "", "ids"))).isEqualTo("minItems");
  }

  @Test
  void minItemsAcceptsExactlyTheMinimum() {
    assertThat(ruleBroken(() -> Checks.minItems(List.of(1, 2), 2, "", "ids"))).isNull();
  }

  @Test
  void minItemsIgnoresAValueThatIsNoArray() {
    assertThat(ruleBroken(() -> Checks.minItems("1", 2, "", "ids"))).isNull();
  }

  @Test
  void maxItemsAcceptsExactlyTheMaximum() {
    assertThat(ruleBroken(() -> Checks.maxItems(List.of(1, 2), 2, "", "ids"))).isNull();
  }
}
