package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaStringTest {
  @Test
  void quoteAndBackslashAreEscaped() {
    assertThat(JavaString.escape("say\"hi back\\slash")).isEqualTo("say\\\"hi back\\\\slash");
  }

  @Test
  void lineBreaksAndTabsUseTheirShortEscapes() {
    assertThat(JavaString.escape("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
  }

  @Test
  void otherControlCharactersBecomeUnicodeEscapes() {
    assertThat(JavaString.escape("a\u0001b\u001fc")).isEqualTo("a\\u0001b\\u001fc");
  }

  @Test
  void ordinaryTextIncludingSpaceAndNonAsciiIsKept() {
    assertThat(JavaString.escape("org name é ✓")).isEqualTo("org name é ✓");
  }
}
