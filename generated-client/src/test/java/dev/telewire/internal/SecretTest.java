package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A credential is printable ASCII without spaces, from {@code !} to {@code ~}, and is masked wherever it occurs. */
class SecretTest {
  @Test
  void firstAndLastPrintableCharactersAreAccepted() {
    assertThat(Secret.of("apiKey", "!key_123~").reveal()).isEqualTo("!key_123~");
  }

  @Test
  void redactingNoTextGivesNoText() {
    assertThat(Secret.of("apiKey", "s3cret-value").redact(null)).isNull();
  }
}
