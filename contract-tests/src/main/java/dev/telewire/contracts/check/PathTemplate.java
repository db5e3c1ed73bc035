package dev.telewire.contracts.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A path of the spec such as {@code /numbers/{id}}, matched against concrete request paths. */
final class PathTemplate {
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private final String key;
  private final Pattern pattern;
  private final List<String> variables;

  PathTemplate(String key) {
    this.key = key;
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(key);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(key.substring(last, matcher.start()))).append("([^/]+)");
      names.add(matcher.group(1));
      last = matcher.end();
    }
    regex.append(Pattern.quote(key.substring(last)));
    this.pattern = Pattern.compile(regex.toString());
    this.variables = List.copyOf(names);
  }

  /** The path as the spec writes it. */
  String key() {
    return key;
  }

  /** How many variables it has; concrete paths are preferred to templated ones. */
  int variableCount() {
    return variables.size();
  }

  /** The values of the path's variables when {@code path} matches it. */
  Optional<Map<String, String>> match(String path) {
    Matcher matcher = pattern.matcher(path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < variables.size(); i++) {
      values.put(variables.get(i), matcher.group(i + 1));
    }
    return Optional.of(values);
  }
}
