package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTypesTest {
  @Test
  void essenceDropsParametersAndCase() {
    assertThat(MediaTypes.essence("Application/JSON; charset=UTF-8")).isEqualTo("application/json");
  }

  @Test
  void essenceOfAValueStartingWithASemicolonIsEmpty() {
    assertThat(MediaTypes.essence(";charset=UTF-8")).isEmpty();
  }

  @Test
  void essenceOfNoContentTypeIsNull() {
    assertThat(MediaTypes.essence(null)).isNull();
  }

  @Test
  void wildcardRangeCoversAnyType() {
    assertThat(MediaTypes.match(List.of("text/plain", "*/*"), "image/png")).contains("*/*");
  }

  @Test
  void typeRangeCoversItsSubtypes() {
    assertThat(MediaTypes.match(List.of("image/*"), "image/png")).contains("image/*");
  }

  @Test
  void otherTypeIsNotCovered() {
    assertThat(MediaTypes.match(List.of("image/*"), "text/png")).isEmpty();
  }

  @Test
  void structuredSyntaxSuffixIsJson() {
    assertThat(MediaTypes.isJson("application/problem+json")).isTrue();
  }
}
