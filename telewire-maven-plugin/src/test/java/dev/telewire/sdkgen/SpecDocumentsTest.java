package dev.telewire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing spec documents: YAML out, YAML or JSON in, files rewritten only on change. */
class SpecDocumentsTest {
  @TempDir Path dir;

  @Test
  void yamlHasNoDocumentMarkerAndQuotesNumericStrings() {
    String yaml = SpecDocuments.toYaml(SpecDocuments.parse("{\"responses\": {\"200\": {\"description\": \"ok\"}}, \"count\": 1}"));

    assertThat(yaml).isEqualTo("responses:\n  \"200\":\n    description: ok\ncount: 1\n");
  }

  @Test
  void unreadableTextIsNamedAsNotYaml() {
    assertThatThrownBy(() -> SpecDocuments.parse("a: [1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not YAML: ");
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> SpecDocuments.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot read " + missing + ": ");
  }

  @Test
  void fileIsReadAsYaml() throws Exception {
    Path file = dir.resolve("spec.yaml");
    Files.writeString(file, "openapi: 3.1.0\n");

    assertThat(SpecDocuments.read(file).path("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void newFileIsWrittenWithItsFolders() throws Exception {
    Path file = dir.resolve("a").resolve("b").resolve("out.yaml");

    assertThat(SpecDocuments.writeIfChanged(file, "x: 1\n")).isTrue();
    assertThat(Files.readString(file)).isEqualTo("x: 1\n");
  }

  @Test
  void sameTextIsNotWrittenAgain() throws Exception {
    Path file = dir.resolve("out.yaml");
    SpecDocuments.writeIfChanged(file, "x: 1\n");

    assertThat(SpecDocuments.writeIfChanged(file, "x: 1\n")).isFalse();
  }

  @Test
  void changedTextIsWritten() throws Exception {
    Path file = dir.resolve("out.yaml");
    SpecDocuments.writeIfChanged(file, "x: 1\n");

    assertThat(SpecDocuments.writeIfChanged(file, "x: 2\n")).isTrue();
    assertThat(Files.readString(file)).isEqualTo("x: 2\n");
  }

  @Test
  void unwritableFileIsNamed() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("taken"));

    assertThatThrownBy(() -> SpecDocuments.writeIfChanged(folder, "x"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot write " + folder + ": ");
  }
}
