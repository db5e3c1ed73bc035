package dev.telewire.contracts.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The matching rules a pact gives one request or response, by category ({@code body},
 * {@code header}, {@code query}): a value with no rule is matched exactly, and a rule on an object
 * or array covers everything inside it, as in Pact itself.
 */
final class Matchers {
  static final Matchers NONE = new Matchers(Map.of());

  private final Map<String, Map<String, List<JsonNode>>> categories;

  private Matchers(Map<String, Map<String, List<JsonNode>>> categories) {
    this.categories = categories;
  }

  /** Reads a V4 {@code matchingRules} object; a missing one has no rules. */
  static Matchers read(JsonNode matchingRules) {
    Map<String, Map<String, List<JsonNode>>> categories = new LinkedHashMap<>();
    matchingRules.fields().forEachRemaining(category -> {
      Map<String, List<JsonNode>> byPath = category.getKey().equals("body")
          ? new LinkedHashMap<>()
          : new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      category.getValue().fields().forEachRemaining(rule -> {
        List<JsonNode> matchers = new ArrayList<>();
        rule.getValue().path("matchers").forEach(matchers::add);
        byPath.put(rule.getKey(), matchers);
      });
      categories.put(category.getKey().toLowerCase(Locale.ROOT), byPath);
    });
    return new Matchers(categories);
  }

  /** Whether a body rule covers the value at {@code path} (field names and array indexes from the root). */
  boolean coversBody(List<Object> path) {
    return categories.getOrDefault("body", Map.of()).keySet().stream()
        .anyMatch(expression -> BodyPath.parse(expression).coversPrefixOf(path));
  }

  /** The regular expressions of the body rules written for exactly {@code path}. */
  List<String> bodyRegexes(List<Object> path) {
    List<String> regexes = new ArrayList<>();
    categories.getOrDefault("body", Map.of()).forEach((expression, matchers) -> {
      if (BodyPath.parse(expression).matchesExactly(path)) {
        regexes.addAll(regexes(matchers));
      }
    });
    return regexes;
  }

  /** The regular expressions of the rules for {@code name} in {@code category} (header or query). */
  List<String> regexes(String category, String name) {
    return regexes(categories.getOrDefault(category, Map.of()).getOrDefault(name, List.of()));
  }

  private static List<String> regexes(List<JsonNode> matchers) {
    return matchers.stream()
        .filter(matcher -> matcher.path("match").asText().equals("regex") && matcher.path("regex").isTextual())
        .map(matcher -> matcher.path("regex").asText())
        .toList();
  }

  /** A Pact body path such as {@code $.detail[*].loc[0]} or {@code $['odd key'].*}. */
  private record BodyPath(List<String> segments) {
    static final String ANY = "*";

    static BodyPath parse(String expression) {
      if (!expression.startsWith("$")) {
        throw new IllegalArgumentException("matching rule path '" + expression + "' does not start with $");
      }
      List<String> segments = new ArrayList<>();
      int i = 1;
      while (i < expression.length()) {
        char c = expression.charAt(i);
        if (c == '.') {
          int end = i + 1;
          while (end < expression.length() && expression.charAt(end) != '.' && expression.charAt(end) != '[') {
            end++;
          }
          segments.add(expression.substring(i + 1, end));
          i = end;
        } else if (c == '[') {
          int end = expression.indexOf(']', i);
          if (end < 0) {
            throw new IllegalArgumentException("matching rule path '" + expression + "' has an unclosed [");
          }
          String inside = expression.substring(i + 1, end);
          segments.add(inside.startsWith("'") && inside.endsWith("'") && inside.length() >= 2
              ? inside.substring(1, inside.length() - 1)
              : inside);
          i = end + 1;
        } else {
          throw new IllegalArgumentException("matching rule path '" + expression + "' has '" + c + "' at " + i);
        }
      }
      return new BodyPath(segments);
    }

    boolean coversPrefixOf(List<Object> path) {
      return segments.size() <= path.size() && matchesFirst(path);
    }

    boolean matchesExactly(List<Object> path) {
      return segments.size() == path.size() && matchesFirst(path);
    }

    private boolean matchesFirst(List<Object> path) {
      for (int i = 0; i < segments.size(); i++) {
        String segment = segments.get(i);
        if (!segment.equals(ANY) && !segment.equals(String.valueOf(path.get(i)))) {
          return false;
        }
      }
      return true;
    }
  }
}
