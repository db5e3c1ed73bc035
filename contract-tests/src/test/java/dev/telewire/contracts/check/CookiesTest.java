package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CookiesTest {
  @Test
  void pairsAreSplitOnSemicolonsAndTrimmed() {
    assertThat(Cookies.parse("a=1; b = 2")).containsExactly(
        java.util.Map.entry("a", "1"), java.util.Map.entry("b", "2"));
  }

  @Test
  void pairWithoutANameIsSkipped() {
    assertThat(Cookies.parse("=x; a=1")).containsOnlyKeys("a");
  }

  @Test
  void valueMayContainEqualsSigns() {
    assertThat(Cookies.parse("t=a=b")).containsEntry("t", "a=b");
  }

  @Test
  void noHeaderHasNoCookies() {
    assertThat(Cookies.parse(null)).isEmpty();
  }
}
