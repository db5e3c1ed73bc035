package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SDK's classes, runtime and generated alike, concatenate strings with StringBuilder: javac's
 * default, an invokedynamic call site per shape of {@code "a" + b}, costs a few milliseconds of
 * method-handle set-up per shape on the first call of a fresh JVM.
 */
class StringConcatenationTest {
  @Test
  void noCompiledClassUsesInvokedynamicConcatenation() throws IOException, URISyntaxException {
    Path classes = Path.of(TruedyClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> compiled;
    try (Stream<Path> files = Files.walk(classes)) {
      compiled = files.filter(file -> file.toString().endsWith(".class")).collect(Collectors.toList());
    }
    List<String> withIndyConcat = compiled.stream()
        .filter(StringConcatenationTest::namesTheConcatBootstrap)
        .map(file -> classes.relativize(file).toString())
        .collect(Collectors.toList());

    assertThat(compiled).hasSizeGreaterThan(100);
    assertThat(compiled.stream().map(Path::toString)).anyMatch(name -> name.endsWith("UserAgent.class"));
    assertThat(withIndyConcat).isEmpty();
  }

  /** Whether the class's constant pool names StringConcatFactory's bootstrap method. */
  private static boolean namesTheConcatBootstrap(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("makeConcatWithConstants");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
