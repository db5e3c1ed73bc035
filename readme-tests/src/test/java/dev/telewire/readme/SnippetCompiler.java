package dev.telewire.readme;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles a wrapped snippet in process with javac, against this JVM's classpath. */
final class SnippetCompiler {
  private SnippetCompiler() {}

  /**
   * Compiles {@code source} into {@code classes} with {@code classpath}; returns the errors, each
   * starting with the Markdown line it is on, or an empty list when it compiled.
   */
  static List<String> compile(SnippetSource source, Path classes, String classpath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the tests with a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of(
        "-classpath", classpath, "-d", classes.toString(), "--release", "17", "-proc:none", "-encoding", "UTF-8");
    JavaFileObject file = new InMemorySource(source.snippet().className(), source.text());
    javac.getTask(null, null, diagnostics, options, null, List.of(file)).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(source.origin(d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  private static final class InMemorySource extends SimpleJavaFileObject {
    private final String text;

    InMemorySource(String className, String text) {
      super(URI.create("string:///" + className + Kind.SOURCE.extension), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
