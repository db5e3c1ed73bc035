package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Content-Type shortcut: only the plain JSON forms skip parsing; everything else is parsed and judged. */
class ResponseReaderTest {
  @ParameterizedTest
  @ValueSource(strings = {"application/json", "Application/JSON", "application/json; charset=utf-8", "application/json;charset=UTF-8"})
  void plainJsonIsRecognizedWithoutParsing(String contentType) {
    assertThat(ResponseReader.isPlainJson(contentType)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "text/html", "application/jsonx", "application/json; charset=iso-8859-1", "application/json; v=2", "application/problem+json", "application/jso"})
  void anythingElseIsLeftToTheFullCheck(String contentType) {
    assertThat(ResponseReader.isPlainJson(contentType)).isFalse();
  }
}
