package dev.telewire.kitchensink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kitchen sink's generated sources (its own specs and the real ones) import only what they use,
 * one type at a time: an import counts as used when its simple name appears in code (not in a
 * comment or a string) or in a Javadoc reference ({@code {@link}}, {@code @throws}, {@code @see}).
 */
class GeneratedImportsTest {
  private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?;");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
  private static final Pattern JAVADOC_REFERENCE =
      Pattern.compile("(?:\\{@link(?:plain)?|@throws|@exception|@see)\\s+([A-Za-z_$][\\w$]*)");

  @Test
  void generatedSourcesImportNothingTheyDoNotUse() {
    List<String> unused = new ArrayList<>();
    for (Path source : generatedSources()) {
      unusedImports(read(source)).forEach(name -> unused.add(source + ": " + name));
    }
    assertThat(unused).as("unused imports in generated sources").isEmpty();
  }

  @Test
  void generatedSourcesHaveNoWildcardImports() {
    List<String> wildcards = new ArrayList<>();
    for (Path source : generatedSources()) {
      Matcher matcher = IMPORT.matcher(read(source));
      while (matcher.find()) {
        if (matcher.group(3) != null) {
          wildcards.add(source + ": " + matcher.group(2) + ".*");
        }
      }
    }
    assertThat(wildcards).as("wildcard imports in generated sources").isEmpty();
  }

  @Test
  void importNamedOnlyInACommentOrAStringIsUnused() {
    String source = """
        package p;

        import java.util.List;
        import java.util.Map;
        import java.util.Set;
        import java.io.IOException;

        /** Reads a {@link Set}; mentions List in prose. */
        class A {
          // Map is only named here
          String text = "List Map";

          /** @throws IOException never */
          void read() {}
        }
        """;

    assertThat(unusedImports(source)).containsExactly("java.util.List", "java.util.Map");
  }

  /** The imported names of {@code source} that neither its code nor its Javadoc references use, in order. */
  static List<String> unusedImports(String source) {
    Set<String> used = new HashSet<>();
    Matcher references = JAVADOC_REFERENCE.matcher(source);
    while (references.find()) {
      used.add(references.group(1));
    }
    String code = IMPORT.matcher(codeOnly(source)).replaceAll("").replaceFirst("(?m)^package\\s+[\\w.]+;", "");
    Matcher identifiers = IDENTIFIER.matcher(code);
    while (identifiers.find()) {
      used.add(identifiers.group());
    }
    List<String> unused = new ArrayList<>();
    Matcher imports = IMPORT.matcher(source);
    while (imports.find()) {
      String name = imports.group(2);
      if (imports.group(3) == null && !used.contains(name.substring(name.lastIndexOf('.') + 1))) {
        unused.add(name);
      }
    }
    return unused;
  }

  /** {@code source} with its comments, string and character literals blanked out. */
  private static String codeOnly(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        code.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? source.length() : end + 3;
        code.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < source.length() && source.charAt(end) != c) {
          end += source.charAt(end) == '\\' ? 2 : 1;
        }
        i = end + 1;
        code.append(c).append(c);
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }

  private static List<Path> generatedSources() {
    Path root = Path.of("target", "generated-sources");
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
      assertThat(sources).as("generated sources under " + root.toAbsolutePath()).isNotEmpty();
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
