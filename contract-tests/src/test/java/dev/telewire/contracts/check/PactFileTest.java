package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactFileTest {
  @Test
  void readsTheInteractionOfAV4Pact() {
    PactFile pact = PactFile.read(SpecCheckTest.fixture("vida-valid.json"));

    assertThat(pact.provider()).isEqualTo("vida-api");
    assertThat(pact.interactions()).singleElement()
        .satisfies(i -> assertThat(i.description()).isEqualTo("a request to return a number on the account"))
        .satisfies(i -> assertThat(i.providerStates()).containsExactly("phone number +12145551234 is on the reseller account"));
  }

  @Test
  void pactOfAnEarlierSpecificationIsRefusedNamingTheVersion(@TempDir Path dir) throws IOException {
    Path v3 = Files.writeString(dir.resolve("v3.json"),
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[],"
            + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");

    assertThatThrownBy(() -> PactFile.read(v3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v3.json")
        .hasMessageContaining("'3.0.0', expected 4.x");
  }
}
