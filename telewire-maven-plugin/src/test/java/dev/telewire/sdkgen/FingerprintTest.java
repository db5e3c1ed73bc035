package dev.telewire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs hash stamped into the effective spec is what makes template changes regenerate. */
class FingerprintTest {
  @TempDir Path templates;

  private String hash() {
    return new Fingerprint().add(templates).hex();
  }

  @Test
  void unchangedInputsGiveTheSameHash() throws Exception {
    Files.writeString(templates.resolve("model.mustache"), "a");

    assertThat(hash()).isEqualTo(hash());
  }

  @Test
  void editedTemplateChangesTheHash() throws Exception {
    Files.writeString(templates.resolve("model.mustache"), "a");
    String before = hash();

    Files.writeString(templates.resolve("model.mustache"), "b");

    assertThat(hash()).isNotEqualTo(before);
  }

  @Test
  void addedTemplateChangesTheHash() throws Exception {
    Files.writeString(templates.resolve("model.mustache"), "a");
    String before = hash();

    Files.writeString(templates.resolve("extra.mustache"), "");

    assertThat(hash()).isNotEqualTo(before);
  }

  @Test
  void renamedTemplateChangesTheHash() throws Exception {
    Files.writeString(templates.resolve("model.mustache"), "a");
    String before = hash();

    Files.move(templates.resolve("model.mustache"), templates.resolve("api.mustache"));

    assertThat(hash()).isNotEqualTo(before);
  }
}
