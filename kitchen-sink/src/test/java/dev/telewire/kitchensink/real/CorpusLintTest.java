package dev.telewire.kitchensink.real;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every corpus spec's generated client compiles with {@code -Xlint:all} and no error. */
class CorpusLintTest {
  @TempDir
  Path classes;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"resend", "spotify", "frigate", "adyen", "xero", "clerk"})
  void generatedClientCompilesWithAllLintsAndNoError(String vendor) throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("target/generated-sources/real-" + vendor, "src/main/java"))) {
      sources = files.filter(file -> file.toString().endsWith(".java")).toList();
    }
    assertThat(sources).isNotEmpty();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("-Xlint:all", "-proc:none", "--release", "17",
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      compiled = compiler.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    List<String> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getSource() == null ? d.getMessage(Locale.ROOT) : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .toList();
    long warnings = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() != Diagnostic.Kind.ERROR).count();
    System.out.println("Corpus " + vendor + ": " + sources.size() + " generated files, " + warnings + " lint warnings");
    assertThat(errors).isEmpty();
    assertThat(compiled).isTrue();
  }
}
