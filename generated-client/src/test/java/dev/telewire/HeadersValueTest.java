package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers as a value: names without regard to case, equality by content, secrets masked in toString. */
class HeadersValueTest {
  @Test
  void namesAreListedInCaseInsensitiveOrder() {
    Headers headers = Headers.of(Map.of("x-b", List.of("2"), "X-A", List.of("1")));

    assertThat(headers.names()).containsExactly("X-A", "x-b");
  }

  @Test
  void headersWithTheSameValuesAreEqualAndHashAlike() {
    Headers one = Headers.of(Map.of("X-A", List.of("1")));
    Headers two = Headers.of(Map.of("x-a", List.of("1")));

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
  }

  @Test
  void headersWithOtherValuesDiffer() {
    assertThat(Headers.of(Map.of("X-A", List.of("1")))).isNotEqualTo(Headers.of(Map.of("X-A", List.of("2"))));
  }

  @Test
  void headersAreNotEqualToTheirMap() {
    assertThat(Headers.of(Map.of("X-A", List.of("1")))).isNotEqualTo(Map.of("X-A", List.of("1")));
  }

  @Test
  void toStringSeparatesEveryValueAndMasksSecrets() {
    Headers headers = Headers.of(Map.of("Set-Cookie", List.of("s=1"), "X-A", List.of("1", "2")));

    assertThat(headers.toString()).isEqualTo("Headers{Set-Cookie: \u2588\u2588, X-A: 1, X-A: 2}");
  }
}
