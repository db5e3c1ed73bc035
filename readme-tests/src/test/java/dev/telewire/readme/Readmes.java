package dev.telewire.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The project's Markdown files whose Java snippets are checked: the READMEs and anything under docs/. */
final class Readmes {
  private Readmes() {}

  /** The repository root, passed by the pom as {@code telewire.root}. */
  static Path root() {
    String root = System.getProperty("telewire.root");
    if (root == null) {
      throw new IllegalStateException("telewire.root is not set: run through Maven (readme-tests/pom.xml sets it)");
    }
    return Path.of(root).toAbsolutePath().normalize();
  }

  /** The root README. */
  static Path readme() {
    return root().resolve("README.md");
  }

  /** Every checked Markdown file: README.md, benchmarks/README.md and docs/**.md. */
  static List<Path> files() {
    List<Path> files = new ArrayList<>(List.of(readme(), root().resolve("benchmarks/README.md")));
    Path docs = root().resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> walk = Files.walk(docs)) {
        walk.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** How {@code file} is named in messages: its path from the root. */
  static String name(Path file) {
    return root().relativize(file).toString();
  }

  /** Every snippet of every checked file. */
  static List<Snippet> snippets() {
    return files().stream().flatMap(f -> Snippets.in(f, name(f)).stream()).toList();
  }
}
