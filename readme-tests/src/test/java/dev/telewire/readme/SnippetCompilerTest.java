package dev.telewire.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetCompilerTest {
  private static final String CLASSPATH = System.getProperty("java.class.path");

  @TempDir Path classes;

  @Test
  void snippetThatDoesNotCompileNamesItsMarkdownLine() {
    Snippet snippet = new Snippet("README.md", 40, Snippet.Kind.RUNNABLE, List.of(), List.of(
        "import dev.telewire.TruedyClient;",
        "",
        "TruedyClient truedy = TruedyClient.fromEnv();",
        "truedy.noSuchMethod();"));

    List<String> errors = SnippetCompiler.compile(SnippetSource.of(snippet), classes, CLASSPATH);

    assertThat(errors).singleElement().asString().startsWith("README.md:44: cannot find symbol");
  }

  @Test
  void givenContextCompiles() {
    Snippet snippet = new Snippet("README.md", 7, Snippet.Kind.FRAGMENT, List.of("truedy", "request", "log"),
        List.of("log.info(\"unassigned at {}\", truedy.telephony().unassignPhoneNumber(request).data().unassignedAt());"));

    assertThat(SnippetCompiler.compile(SnippetSource.of(snippet), classes, CLASSPATH)).isEmpty();
  }

  @Test
  void snippetWithoutItsImportDoesNotCompile() {
    Snippet snippet = new Snippet("README.md", 7, Snippet.Kind.FRAGMENT, List.of(),
        List.of("TruedyClient truedy = TruedyClient.fromEnv();"));

    assertThat(SnippetCompiler.compile(SnippetSource.of(snippet), classes, CLASSPATH))
        .first().asString().startsWith("README.md:8: cannot find symbol");
  }
}
