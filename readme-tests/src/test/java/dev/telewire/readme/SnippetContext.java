package dev.telewire.readme;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a snippet's marker may ask for with {@code given:}: the variables and helpers that the
 * README's later snippets take from the first one, declared as members of the snippet's class.
 * The clients come from {@code fromEnv()}, which the harness points at the loopback server.
 */
final class SnippetContext {
  private static final Map<String, String> DECLARATIONS = new TreeMap<>(Map.of(
      "truedy", "final dev.telewire.TruedyClient truedy = dev.telewire.TruedyClient.fromEnv();",
      "vida", "final dev.telewire.VidaClient vida = dev.telewire.VidaClient.fromEnv();",
      "request", "final dev.telewire.truedy.model.PhoneNumberUnassignRequest request ="
          + " dev.telewire.truedy.model.PhoneNumberUnassignRequest.builder()"
          + ".numberId(\"num_11111111-1111-1111-1111-111111111111\")"
          + ".assignmentType(dev.telewire.truedy.model.AssignmentType.INBOUND).build();",
      "log", "final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(\"readme\");",
      "scheduleLater", "void scheduleLater(java.time.Duration wait) {}",
      "showUser", "void showUser(String message) {}"));

  private SnippetContext() {}

  /** The member declaration for {@code name}; fails naming the snippet if the harness has none. */
  static String declaration(String name, Snippet snippet) {
    String declaration = DECLARATIONS.get(name);
    if (declaration == null) {
      throw new IllegalArgumentException(snippet.location() + ": the marker asks for '" + name
          + "', which the harness does not provide; it provides " + DECLARATIONS.keySet()
          + " (readme-tests' SnippetContext)");
    }
    return declaration;
  }
}
