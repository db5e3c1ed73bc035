package dev.telewire.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  @Test
  void markerAboveTheFenceGivesKindAndContext() {
    List<String> markdown = List.of(
        "Text.",
        "",
        "<!-- snippet: fragment; given: truedy, request -->",
        "```java",
        "truedy.unassignPhoneNumber(request);",
        "```");

    Snippet snippet = Snippets.parse(markdown, "X.md").get(0);

    assertThat(snippet).isEqualTo(new Snippet("X.md", 4, Snippet.Kind.FRAGMENT, List.of("truedy", "request"),
        List.of("truedy.unassignPhoneNumber(request);")));
  }

  @Test
  void fenceWithoutMarkerIsUnmarked() {
    List<String> markdown = List.of("Text.", "```java", "int x = 1;", "```");

    assertThat(Snippets.parse(markdown, "X.md")).extracting(Snippet::kind).containsExactly(Snippet.Kind.UNMARKED);
  }

  @Test
  void indentedFenceLosesItsIndentation() {
    List<String> markdown = List.of("1. Step", "   <!-- snippet: runnable -->", "   ```java", "   int x = 1;", "   ```");

    assertThat(Snippets.parse(markdown, "X.md").get(0).lines()).containsExactly("int x = 1;");
  }

  @Test
  void otherLanguagesAreNotSnippets() {
    List<String> markdown = List.of("```xml", "<a/>", "```", "```sh", "mvn", "```");

    assertThat(Snippets.parse(markdown, "X.md")).isEmpty();
  }
}
