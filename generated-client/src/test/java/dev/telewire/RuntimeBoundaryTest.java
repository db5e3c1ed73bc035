package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated Truedy and Vida sources reach the runtime only through its facade: they name at
 * most three classes of {@code dev.telewire.internal} ({@code Generated}, {@code ServiceContext},
 * {@code PreparedCall}); a nested type counts as its enclosing class.
 */
class RuntimeBoundaryTest {
  /** A class of the runtime named in full (a use or an import), or a wildcard import of the package. */
  private static final Pattern INTERNAL = Pattern.compile("dev\\.telewire\\.internal\\.([A-Z]\\w*|\\*)");

  @Test
  void generatedVendorSourcesNameAtMostThreeRuntimeClasses() {
    Set<String> named = namedRuntimeClasses(Path.of("target", "generated-sources"));
    assertThat(named).as("runtime classes named by the generated sources").hasSizeLessThanOrEqualTo(3)
        .isSubsetOf("Generated", "ServiceContext", "PreparedCall");
  }

  /** The runtime classes named in the .java files under {@code root}, which must hold some. */
  static Set<String> namedRuntimeClasses(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).toList();
      assertThat(sources).as("generated sources under " + root.toAbsolutePath()).isNotEmpty();
      Set<String> named = new TreeSet<>();
      for (Path source : sources) {
        Matcher matcher = INTERNAL.matcher(Files.readString(source));
        while (matcher.find()) {
          named.add(matcher.group(1));
        }
      }
      return named;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
