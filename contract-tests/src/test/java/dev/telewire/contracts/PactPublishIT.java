package dev.telewire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs {@code mvn -o initialize pact:publish} in {@code contract-tests/publish}, as the README says to, against a
 * stand-in broker on loopback, and checks what reached it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PactPublishIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path MODULE = Path.of(System.getProperty("telewire.moduleDir", "."));
  private static final Path PACTS = Path.of(System.getProperty("telewire.pactDir", "target/pacts"));
  private static final String BROKER_TOKEN = "stand-in-broker-token";

  private final StandInBroker broker = new StandInBroker();
  private final List<JsonNode> publications = new ArrayList<>();
  private String publishOutput;

  @BeforeAll
  void publishToTheStandInBroker() throws Exception {
    Path log = Files.createTempFile("pact-publish", ".log");
    ProcessBuilder mvn = new ProcessBuilder(
            mavenExecutable(), "-B", "-o", "-Dmaven.repo.local=" + System.getProperty("telewire.localRepository"),
            "initialize", "pact:publish")
        .directory(MODULE.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> env = mvn.environment();
    env.keySet().removeIf(name -> name.startsWith("PACT_BROKER_"));
    env.put("PACT_BROKER_BASE_URL", broker.url());
    env.put("PACT_BROKER_TOKEN", BROKER_TOKEN);
    Process process = mvn.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    publishOutput = Files.readString(log);
    assertThat(process.exitValue()).as("mvn pact:publish exit status; its output:%n%s", publishOutput).isZero();
    for (StandInBroker.Publication publication : broker.publications()) {
      publications.add(JSON.readTree(publication.body()));
    }
  }

  @AfterAll
  void stopTheBroker() {
    broker.close();
  }

  @Test
  void publishesBothPactFilesWithTheirExactContent() throws IOException {
    Map<String, String> published = new TreeMap<>();
    for (JsonNode publication : publications) {
      for (JsonNode contract : publication.path("contracts")) {
        published.put(contract.path("providerName").asText(),
            new String(Base64.getDecoder().decode(contract.path("content").asText()), StandardCharsets.UTF_8));
      }
    }

    assertThat(published).containsExactlyInAnyOrderEntriesOf(Map.of(
        Contracts.TRUEDY, Files.readString(PACTS.resolve("telewire-truedy-api.json")),
        Contracts.VIDA, Files.readString(PACTS.resolve("telewire-vida-api.json"))));
  }

  @Test
  void publishesAsTheConsumerAtTheProjectVersionPlusTheGitCommit() throws Exception {
    String head = git("rev-parse", "HEAD");

    assertThat(publications).isNotEmpty().allSatisfy(publication -> {
      assertThat(publication.path("pacticipantName").asText()).isEqualTo(Contracts.CONSUMER);
      String version = publication.path("pacticipantVersionNumber").asText();
      assertThat(version).startsWith(System.getProperty("telewire.projectVersion") + "+");
      String commit = version.substring(version.indexOf('+') + 1);
      assertThat(commit).hasSizeGreaterThanOrEqualTo(7);
      assertThat(head).startsWith(commit);
    });
  }

  @Test
  void publishesTheGitBranch() throws Exception {
    String branch = git("branch", "--show-current"); // Empty on a detached HEAD: then no branch is published.

    assertThat(publications).isNotEmpty()
        .allSatisfy(publication -> assertThat(publication.path("branch").asText("")).isEqualTo(branch));
  }

  @Test
  void authenticatesWithTheTokenFromTheEnvironment() {
    assertThat(broker.publications()).isNotEmpty()
        .allSatisfy(publication -> assertThat(publication.authorization()).isEqualTo("Bearer " + BROKER_TOKEN));
  }

  private static String mavenExecutable() {
    boolean windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
    return Path.of(System.getProperty("telewire.mavenHome"), "bin", windows ? "mvn.cmd" : "mvn").toString();
  }

  private static String git(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).directory(MODULE.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor()).as("git %s: %s", String.join(" ", arguments), output).isZero();
    return output;
  }
}
