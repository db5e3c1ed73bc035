package dev.telewire.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} snippet of the READMEs compiles against the built client, and every runnable
 * one runs, in its own JVM, against a loopback server that {@code fromEnv()} is pointed at.
 */
class ReadmeSnippetsTest {
  private static final String CLASSPATH = System.getProperty("java.class.path");
  private static final AtomicInteger COMPILED = new AtomicInteger();
  private static final AtomicInteger RAN = new AtomicInteger();

  @TempDir static Path classes;
  private static LoopbackVendors vendors;

  @BeforeAll
  static void startVendors() {
    vendors = new LoopbackVendors();
  }

  @AfterAll
  static void stopVendors() throws Exception {
    vendors.close();
    System.out.println("README snippets: " + Readmes.snippets().size() + " found, " + COMPILED + " compiled, "
        + RAN + " run against the loopback server (" + vendors.requestCount() + " requests)");
  }

  @Test
  void readmeHasRunnableJavaSnippets() {
    List<Snippet> snippets = Snippets.in(Readmes.readme(), "README.md");

    assertThat(snippets).extracting(Snippet::kind).contains(Snippet.Kind.RUNNABLE);
  }

  @TestFactory
  Stream<DynamicTest> everySnippetCompilesAndEveryRunnableOneRuns() {
    return Readmes.snippets().stream()
        .map(s -> DynamicTest.dynamicTest(s.location() + " " + s.kind().name().toLowerCase(), () -> check(s)));
  }

  private static void check(Snippet snippet) throws Exception {
    if (snippet.kind() == Snippet.Kind.UNMARKED) {
      fail(snippet.location() + ": a ```java block needs a marker on the line above it: <!-- snippet: runnable -->"
          + " (run against a loopback server) or <!-- snippet: fragment --> (compiled only), either with"
          + " '; given: truedy, request' for the context it takes from earlier snippets");
    }
    SnippetSource source = SnippetSource.of(snippet);
    Path output = Files.createDirectories(classes.resolve(snippet.className()));
    List<String> errors = SnippetCompiler.compile(source, output, CLASSPATH);
    if (!errors.isEmpty()) {
      fail(snippet.location() + " does not compile:\n" + String.join("\n", errors));
    }
    COMPILED.incrementAndGet();
    if (snippet.kind() == Snippet.Kind.RUNNABLE) {
      int unexpectedBefore = vendors.unexpected().size();
      ChildJvm.Result result = ChildJvm.run(
          snippet.className(), output + File.pathSeparator + CLASSPATH, vendors.environment());
      if (result.exitCode() != 0) {
        fail(snippet.location() + " failed against the loopback server (exit " + result.exitCode() + "):\n"
            + result.output());
      }
      assertThat(vendors.unexpected().subList(unexpectedBefore, vendors.unexpected().size())).as(snippet.location() + " called operations the loopback server does not know").isEmpty();
      RAN.incrementAndGet();
    }
  }
}
