package dev.telewire.sdkgen.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every operation its Java method name before openapi-generator names anything, so inline
 * schemas are named after it too.
 *
 * <ol>
 *   <li>{@code x-telewire-name} on the operation, when the overlay sets one;
 *   <li>else the vendor's {@code operationId};
 *   <li>else the {@code summary}, verb first with articles dropped: "Create a token" is
 *       {@code createToken}, "Restore Version to Agent" is {@code restoreVersionToAgent};
 *   <li>else the HTTP method and the path: {@code GET /tokens/{id}} is {@code getTokensById}.
 * </ol>
 *
 * <p>Names from the first two are taken first. A derived name that is already taken gets the
 * smallest free number from 2, in spec order (paths as written, then GET, PUT, POST, DELETE,
 * OPTIONS, HEAD, PATCH, TRACE), and a warning suggests an {@code x-telewire-name}.
 */
final class OperationNames {
  /** On an operation or schema: the Java name to use instead of the derived one. */
  static final String NAME = "x-telewire-name";
  private static final Logger LOG = LoggerFactory.getLogger(OperationNames.class);
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final int MAX_WORDS = 8;

  private OperationNames() {}

  /** One operation with where it is: {@code GET /tokens}. */
  record Located(String path, PathItem.HttpMethod method, Operation operation) {
    String key() {
      return method + " " + path;
    }
  }

  /** Every operation of {@code openAPI} in spec order. */
  static List<Located> all(OpenAPI openAPI) {
    List<Located> result = new ArrayList<>();
    if (openAPI.getPaths() != null) {
      openAPI.getPaths().forEach((path, item) -> item.readOperationsMap()
          .forEach((method, operation) -> result.add(new Located(path, method, operation))));
    }
    return result;
  }

  /** Sets the operationId of every operation of {@code openAPI} to its Java method name; returns them by key. */
  static Map<String, String> assign(OpenAPI openAPI) {
    List<Located> operations = all(openAPI);
    Set<String> taken = new HashSet<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Located located : operations) {
      String explicit = explicit(located.operation());
      if (explicit != null) {
        taken.add(explicit.toLowerCase(Locale.ROOT));
        names.put(located.key(), explicit);
      }
    }
    for (Located located : operations) {
      if (names.containsKey(located.key())) {
        continue;
      }
      String name = derived(located);
      String unique = name;
      for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
        unique = name + n;
      }
      if (!unique.equals(name)) {
        LOG.warn("{} is also named '{}' from its summary, so it becomes '{}'; set {} on it in the overlay to choose",
            located.key(), name, unique, NAME);
      }
      names.put(located.key(), unique);
    }
    for (Located located : operations) {
      located.operation().setOperationId(names.get(located.key()));
    }
    return names;
  }

  private static String explicit(Operation operation) {
    Object name = operation.getExtensions() == null ? null : operation.getExtensions().get(NAME);
    if (name != null && !name.toString().isBlank()) {
      return name.toString().strip();
    }
    String id = operation.getOperationId();
    return id == null || id.isBlank() ? null : id;
  }

  /** The name from the summary, or from the method and path when there is no usable summary. */
  static String derived(Located located) {
    String fromSummary = fromSummary(located.operation().getSummary());
    return fromSummary != null ? fromSummary : fromPath(located.method(), located.path());
  }

  /** {@code "List all the tokens"} becomes {@code listAllTokens}; null when no word is left. */
  static String fromSummary(String summary) {
    if (summary == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String word : summary.replaceAll("\\(.*?\\)", " ").split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty() && !ARTICLES.contains(word.toLowerCase(Locale.ROOT)) && words.size() < MAX_WORDS) {
        words.add(word);
      }
    }
    if (words.isEmpty() || Character.isDigit(words.get(0).charAt(0))) {
      return null;
    }
    StringBuilder name = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
    for (String word : words.subList(1, words.size())) {
      name.append(capitalized(word));
    }
    return name.toString();
  }

  /** {@code GET /api/tokens/{id}} becomes {@code getApiTokensById}. */
  static String fromPath(PathItem.HttpMethod method, String path) {
    StringBuilder name = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
    for (String segment : path.split("/")) {
      boolean parameter = segment.startsWith("{");
      for (String word : segment.split("[^A-Za-z0-9]+")) {
        if (!word.isEmpty()) {
          name.append(parameter ? "By" : "").append(capitalized(word));
          parameter = false;
        }
      }
    }
    return name.toString();
  }

  /** {@code TOKENS} and {@code tokens} become {@code Tokens}; {@code iPhone} keeps its inner capital. */
  private static String capitalized(String word) {
    boolean allCaps = word.equals(word.toUpperCase(Locale.ROOT));
    String rest = allCaps ? word.substring(1).toLowerCase(Locale.ROOT) : word.substring(1);
    return Character.toUpperCase(word.charAt(0)) + rest;
  }
}
