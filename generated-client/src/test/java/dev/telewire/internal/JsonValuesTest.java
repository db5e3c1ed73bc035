package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Free-form JSON numbers: integers that fit are {@code Long}, everything else {@code BigDecimal}.
 *
 * <p>Equivalent mutants in {@code isInteger}, a shortcut that spares {@code Long.parseLong} the
 * texts it would refuse: its {@code return false} lines made {@code true} (lines 87 and 92) and the
 * loop's condition negated (line 89, which skips the digit check) only send a text that is no long
 * integer to {@code Long.parseLong}, whose failure falls through to the same {@code BigDecimal}.
 */
class JsonValuesTest {
  @Test
  void integerIsALong() {
    assertThat(JsonValues.number("42")).isEqualTo(42L);
  }

  @Test
  void negativeIntegerIsALong() {
    assertThat(JsonValues.number("-7")).isEqualTo(-7L);
  }

  @Test
  void largestLongIsALong() {
    assertThat(JsonValues.number("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void smallestLongIsALong() {
    assertThat(JsonValues.number("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void integerBeyondALongIsABigDecimal() {
    assertThat(JsonValues.number("92233720368547758070")).isEqualTo(new BigDecimal("92233720368547758070"));
  }

  @Test
  void fractionIsABigDecimal() {
    assertThat(JsonValues.number("1.5")).isEqualTo(new BigDecimal("1.5"));
  }

  @Test
  void exponentIsABigDecimal() {
    assertThat(JsonValues.number("1e3")).isEqualTo(new BigDecimal("1e3"));
  }
}
