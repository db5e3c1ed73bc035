package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** Header and path parameter values the HTTP request could not carry as they are. */
class ParameterValuesTest {
  private static InvalidRequestException headerRefusal(String value) {
    return catchThrowableOfType(InvalidRequestException.class, () -> ParameterValues.header(value, "", "X-Trace"));
  }

  private static InvalidRequestException pathRefusal(String value) {
    return catchThrowableOfType(InvalidRequestException.class, () -> ParameterValues.pathSegment(value, "", "id"));
  }

  @Test
  void headerOfPrintableAsciiSpacesAndTabsIsAccepted() {
    assertThat(headerRefusal(" !tab\there~")).isNull();
  }

  @Test
  void headerWithAControlCharacterIsRefusedNamingTheField() {
    InvalidRequestException error = headerRefusal("a\u001fb");

    assertThat(error.field()).isEqualTo("X-Trace");
    assertThat(error.rule()).isEqualTo("header");
    assertThat(error).hasMessage("Request not sent: X-Trace holds a character a header cannot carry (only printable ASCII)");
  }

  @Test
  void headerWithDeleteOrNonAsciiIsRefused() {
    assertThat(headerRefusal("a\u007fb")).isNotNull();
    assertThat(headerRefusal("café")).isNotNull();
  }

  @Test
  void nullHeaderIsLeftOut() {
    assertThat(headerRefusal(null)).isNull();
  }

  @Test
  void pathSegmentThatChangesThePathIsRefused() {
    assertThat(pathRefusal("").rule()).isEqualTo("path");
    assertThat(pathRefusal(".")).hasMessage("Request not sent: id must not be empty, '.' or '..'");
    assertThat(pathRefusal("..").field()).isEqualTo("id");
  }

  @Test
  void pathSegmentWithDotsInsideIsAccepted() {
    assertThat(pathRefusal("...")).isNull();
    assertThat(pathRefusal("a.b")).isNull();
  }

  @Test
  void nullPathSegmentIsLeftToTheRequiredCheck() {
    assertThat(pathRefusal(null)).isNull();
  }
}
