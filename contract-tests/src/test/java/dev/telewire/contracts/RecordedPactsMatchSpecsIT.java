package dev.telewire.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.telewire.contracts.check.Interaction;
import dev.telewire.contracts.check.PactFile;
import dev.telewire.contracts.check.SpecCheck;
import dev.telewire.contracts.check.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs after the consumer tests have written the pact files (failsafe, integration-test phase):
 * every interaction of every pact file must agree with its provider's effective spec.
 */
class RecordedPactsMatchSpecsIT {
  private static final Path PACTS = Path.of(System.getProperty("telewire.pactDir", "target/pacts"));
  private static final Path SPECS = Path.of(System.getProperty("telewire.effectiveSpecDir", "../generated-client/target/effective-spec"));
  private static final Map<String, String> SPEC_OF_PROVIDER = Map.of(Contracts.TRUEDY, "truedy.yaml", Contracts.VIDA, "vida.yaml");

  @Test
  void onePactPerProviderRecordsEveryDocumentedResponse() {
    Map<String, List<Integer>> statuses = pactFiles().stream()
        .collect(Collectors.toMap(PactFile::provider, pact -> pact.interactions().stream().map(Interaction::status).sorted().toList()));

    assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(
        Contracts.TRUEDY, List.of(200, 400, 401, 404, 422, 429, 500),
        Contracts.VIDA, List.of(200, 400, 401, 404)));
  }

  @TestFactory
  Stream<DynamicTest> everyInteractionAgreesWithItsProviderSpec() {
    return pactFiles().stream().flatMap(pact -> {
      String specFile = SPEC_OF_PROVIDER.get(pact.provider());
      if (specFile == null) {
        return Stream.of(DynamicTest.dynamicTest(pact.provider(), () -> fail(pact.file() + " is for " + pact.provider()
            + ", which has no spec here; known providers: " + SPEC_OF_PROVIDER.keySet())));
      }
      SpecCheck spec = SpecCheck.load(SPECS.resolve(specFile));
      return pact.interactions().stream().map(interaction -> DynamicTest.dynamicTest(
          pact.provider() + ": " + interaction.description(),
          () -> {
            List<Violation> violations = spec.check(interaction);
            if (!violations.isEmpty()) {
              fail(pact.file().getFileName() + " disagrees with " + specFile + ":\n  "
                  + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
            }
          }));
    });
  }

  private static List<PactFile> pactFiles() {
    try (Stream<Path> files = Files.list(PACTS)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().map(PactFile::read).toList();
    } catch (IOException e) {
      throw new AssertionError("No pact files in " + PACTS + "; the consumer tests write them: " + e, e);
    }
  }
}
