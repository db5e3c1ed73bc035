package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 6901 pointers into error bodies read as maps and lists. */
class JsonPointerTest {
  private static final Map<String, Object> BODY = Map.of(
      "error", Map.of("code", "busy", "a/b", "slash", "m~n", "tilde"),
      "items", List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"));

  @Test
  void emptyPointerIsTheWholeDocument() {
    assertThat(JsonPointer.resolve(BODY, "")).isSameAs(BODY);
  }

  @Test
  void memberOfAMember() {
    assertThat(JsonPointer.resolve(BODY, "/error/code")).isEqualTo("busy");
  }

  @Test
  void escapedSlashAndTildeNameTheirMembers() {
    assertThat(JsonPointer.resolve(BODY, "/error/a~1b")).isEqualTo("slash");
    assertThat(JsonPointer.resolve(BODY, "/error/m~0n")).isEqualTo("tilde");
  }

  @Test
  void arrayElementsByIndexIncludingTheFirstAndTheLast() {
    assertThat(JsonPointer.resolve(BODY, "/items/0")).isEqualTo("zero");
    assertThat(JsonPointer.resolve(BODY, "/items/9")).isEqualTo("nine");
    assertThat(JsonPointer.resolve(BODY, "/items/10")).isEqualTo("ten");
  }

  @Test
  void indexPastTheEndLeadsNowhere() {
    assertThat(JsonPointer.resolve(BODY, "/items/11")).isNull();
  }

  @Test
  void indexWithALeadingZeroOrANonDigitLeadsNowhere() {
    assertThat(JsonPointer.resolve(BODY, "/items/01")).isNull();
    assertThat(JsonPointer.resolve(BODY, "/items/1a")).isNull();
    assertThat(JsonPointer.resolve(BODY, "/items/-")).isNull();
    assertThat(JsonPointer.resolve(BODY, "/items/")).isNull();
  }

  @Test
  void indexTooLongForAnIntLeadsNowhere() {
    assertThat(JsonPointer.resolve(BODY, "/items/0000000001")).isNull();
    assertThat(JsonPointer.resolve(BODY, "/items/9999999999")).isNull();
  }

  @Test
  void pointerThroughAScalarLeadsNowhere() {
    assertThat(JsonPointer.resolve(BODY, "/error/code/more")).isNull();
  }
}
