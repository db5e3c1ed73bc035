package dev.telewire.contracts.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Walks a recorded body alongside its schema for what plain schema validation lets through: in a
 * response, fields the schema does not declare and values pinned exactly that the schema lets vary
 * (the pact would demand them, the spec does not promise them); in any body, matcher regular
 * expressions that accept values the schema's {@code pattern} or {@code format} refuses.
 */
final class SchemaWalk {
  private final JsonNode tree;

  SchemaWalk(JsonNode tree) {
    this.tree = tree;
  }

  /**
   * Reports on a response {@code body} against the schema at {@code pointer}: undeclared fields,
   * pinned values and loose regexes.
   *
   * @param fixed values the effective spec fixes outside the schema, by path and value
   */
  void walkResponse(Report report, String what, String pointer, JsonNode body, Matchers matchers,
      BiPredicate<List<Object>, JsonNode> fixed) {
    new Visit(report, Rule.RESPONSE_BODY, what, matchers, fixed).value(List.of(), members(tree.at(pointer)), body);
  }

  /** Reports on a request {@code body}: only loose regexes, since the client sends what it pins. */
  void walkRequest(Report report, String pointer, JsonNode body, Matchers matchers) {
    new Visit(report, Rule.REQUEST_BODY, "request", matchers, null).value(List.of(), members(tree.at(pointer)), body);
  }

  private final class Visit {
    private final Report report;
    private final Rule rule;
    private final String what;
    private final Matchers matchers;
    /** Values fixed outside the schema; null for a request, where undeclared fields and pinned values are fine. */
    private final BiPredicate<List<Object>, JsonNode> fixed;
    private final boolean strict;

    Visit(Report report, Rule rule, String what, Matchers matchers, BiPredicate<List<Object>, JsonNode> fixed) {
      this.report = report;
      this.rule = rule;
      this.what = what;
      this.matchers = matchers;
      this.fixed = fixed;
      this.strict = fixed != null;
    }

    void value(List<Object> path, List<JsonNode> schema, JsonNode value) {
      if (value.isObject()) {
        object(path, schema, value);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          value(append(path, i), items(schema), value.get(i));
        }
      } else {
        leaf(path, schema, value);
      }
    }

    private void object(List<Object> path, List<JsonNode> schema, JsonNode value) {
      Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        List<Object> at = append(path, field.getKey());
        Optional<JsonNode> declared = property(schema, field.getKey());
        if (declared.isPresent()) {
          value(at, members(declared.get()), field.getValue());
        } else if (strict) {
          report.add(rule, what + " body field " + pointer(at) + " is not in the spec's schema (it declares "
              + declaredNames(schema) + "), so a provider that follows the spec need not send it");
        }
      }
    }

    private void leaf(List<Object> path, List<JsonNode> schema, JsonNode value) {
      if (matchers.coversBody(path)) {
        if (value.isTextual()) {
          for (String regex : matchers.bodyRegexes(path)) {
            compare(pointer(path), regex, text(schema, "pattern"), text(schema, "format"));
          }
        }
        return;
      }
      if (strict && !fixedBySchema(schema, value) && !fixed.test(path, value)) {
        report.add(rule, what + " body pins " + pointer(path) + " to " + value + ", which the spec lets vary; "
            + "match it by type or regular expression, or leave it out if the client does not use it");
      }
    }

    private void compare(String where, String regex, String pattern, String format) {
      problem(regex, pattern, format).ifPresent(problem -> report.add(rule, what + " body " + where + ": " + problem));
    }
  }

  /** What is wrong with a parameter's or header's regex matchers by its schema, one line each. */
  List<String> compareText(String pointer, List<String> regexes) {
    List<JsonNode> schema = members(tree.at(pointer));
    return regexes.stream().flatMap(regex -> problem(regex, text(schema, "pattern"), text(schema, "format")).stream()).toList();
  }

  private static Optional<String> problem(String regex, String pattern, String format) {
    boolean knownFormat = format != null && RegularLanguages.knowsFormat(format);
    if (pattern == null && !knownFormat) {
      return Optional.empty();
    }
    String refusedBy = pattern != null && knownFormat ? "pattern '" + pattern + "' and format " + format
        : pattern != null ? "pattern '" + pattern + "'" : "format " + format;
    try {
      return RegularLanguages.escapee(regex, pattern, knownFormat ? format : null)
          .map(escapee -> "matcher regex '" + regex + "' accepts '" + escapee + "', which the spec's " + refusedBy + " refuses");
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The schema and every schema it is composed of (allOf, anyOf, oneOf), with $refs followed. */
  private List<JsonNode> members(JsonNode schema) {
    List<JsonNode> members = new ArrayList<>();
    collect(schema, members, 0);
    return members;
  }

  private void collect(JsonNode schema, List<JsonNode> into, int depth) {
    if (depth > 32 || schema == null || !schema.isObject()) {
      return;
    }
    JsonNode resolved = schema;
    for (int hops = 0; resolved.path("$ref").isTextual() && resolved.path("$ref").asText().startsWith("#") && hops < 16; hops++) {
      resolved = tree.at(resolved.path("$ref").asText().substring(1));
    }
    into.add(resolved);
    for (String keyword : List.of("allOf", "anyOf", "oneOf")) {
      resolved.path(keyword).forEach(member -> collect(member, into, depth + 1));
    }
  }

  private Optional<JsonNode> property(List<JsonNode> schema, String name) {
    for (JsonNode member : schema) {
      if (member.path("properties").has(name)) {
        return Optional.of(member.path("properties").get(name));
      }
    }
    for (JsonNode member : schema) {
      Iterator<String> patterns = member.path("patternProperties").fieldNames();
      while (patterns.hasNext()) {
        String pattern = patterns.next();
        if (Pattern.compile(pattern).matcher(name).find()) {
          return Optional.of(member.path("patternProperties").get(pattern));
        }
      }
      if (member.path("additionalProperties").isObject()) {
        return Optional.of(member.path("additionalProperties"));
      }
    }
    return Optional.empty();
  }

  private static TreeSet<String> declaredNames(List<JsonNode> schema) {
    TreeSet<String> names = new TreeSet<>();
    schema.forEach(member -> member.path("properties").fieldNames().forEachRemaining(names::add));
    return names;
  }

  private List<JsonNode> items(List<JsonNode> schema) {
    for (JsonNode member : schema) {
      if (member.path("items").isObject()) {
        return members(member.path("items"));
      }
    }
    return List.of();
  }

  /** Whether the schema admits {@code value} and nothing else: a const, a one-value enum, or type null. */
  private static boolean fixedBySchema(List<JsonNode> schema, JsonNode value) {
    for (JsonNode member : schema) {
      if (member.has("const") && member.get("const").equals(value)) {
        return true;
      }
      JsonNode values = member.path("enum");
      if (values.isArray() && values.size() == 1 && values.get(0).equals(value)) {
        return true;
      }
      if (value.isNull() && member.path("type").isTextual() && member.path("type").asText().equals("null")) {
        return true;
      }
    }
    return false;
  }

  private static String text(List<JsonNode> schema, String keyword) {
    return schema.stream().map(member -> member.path(keyword)).filter(JsonNode::isTextual).map(JsonNode::asText).findFirst().orElse(null);
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(segment);
    return List.copyOf(longer);
  }

  static String pointer(List<Object> path) {
    if (path.isEmpty()) {
      return "/";
    }
    StringBuilder pointer = new StringBuilder();
    path.forEach(segment -> pointer.append('/').append(String.valueOf(segment).replace("~", "~0").replace("/", "~1")));
    return pointer.toString();
  }
}
