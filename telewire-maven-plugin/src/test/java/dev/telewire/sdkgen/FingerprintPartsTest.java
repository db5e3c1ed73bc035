package dev.telewire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the inputs hash covers: each part's name, length and content, kept apart. */
class FingerprintPartsTest {
  @TempDir Path dir;

  private static String hash(String label, String content) {
    return new Fingerprint().add(label, content.getBytes(StandardCharsets.UTF_8)).hex();
  }

  @Test
  void hashIsSha256InHex() {
    assertThat(new Fingerprint().hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(hash("a", "b")).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void boundaryBetweenNameAndContentCounts() {
    assertThat(hash("ab", "c")).isNotEqualTo(hash("a", "bc"));
  }

  @Test
  void boundaryBetweenLengthAndContentCounts() {
    assertThat(new Fingerprint().add("a", "1".getBytes(StandardCharsets.UTF_8)).add("b", new byte[0]).hex())
        .isNotEqualTo(new Fingerprint().add("a", new byte[0]).add("1b", new byte[0]).hex());
  }

  @Test
  void contentCounts() {
    assertThat(hash("a", "x")).isNotEqualTo(hash("a", "y"));
  }

  @Test
  void nameCounts() {
    assertThat(hash("a", "x")).isNotEqualTo(hash("b", "x"));
  }

  @Test
  void fileIsHashedByItsNameAndContentWhereverItIs() throws Exception {
    Path one = Files.createDirectories(dir.resolve("one")).resolve("model.mustache");
    Path two = Files.createDirectories(dir.resolve("two")).resolve("model.mustache");
    Files.writeString(one, "same");
    Files.writeString(two, "same");

    assertThat(new Fingerprint().add(one).hex()).isEqualTo(new Fingerprint().add(two).hex())
        .isEqualTo(hash("model.mustache", "same"));
  }

  @Test
  void folderIsHashedByRelativeNamesInSortedOrder() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("templates"));
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("b.mustache"), "2");
    Files.writeString(folder.resolve("a.mustache"), "1");
    Files.writeString(folder.resolve("sub").resolve("c.mustache"), "3");

    String expected = new Fingerprint().add("a.mustache", "1".getBytes(StandardCharsets.UTF_8))
        .add("b.mustache", "2".getBytes(StandardCharsets.UTF_8))
        .add("sub/c.mustache", "3".getBytes(StandardCharsets.UTF_8)).hex();
    assertThat(new Fingerprint().add(folder).hex()).isEqualTo(expected);
  }

  @Test
  void missingPathCountsAsAnEmptyPartNamedByThePath() {
    Path missing = dir.resolve("missing.yaml");

    assertThat(new Fingerprint().add(missing).hex()).isEqualTo(hash(missing.toString(), ""));
  }
}
