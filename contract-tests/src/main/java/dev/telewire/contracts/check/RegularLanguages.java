package dev.telewire.contracts.check;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compares regular expressions as the sets of strings they accept: a Pact matcher (which must match
 * the whole value) against a spec's {@code pattern} (which, as in JSON Schema, may match anywhere
 * unless anchored) and {@code format}. Handles the common Java syntax: classes, {@code \d \w \s},
 * groups, alternation and quantifiers; anything else (look-around, back references, flags) is
 * reported as not comparable rather than guessed.
 */
final class RegularLanguages {
  /**
   * Regular approximations of the string formats whose values have a fixed shape; they accept a
   * superset of the format (February 31st, say), so a matcher outside them is surely wrong.
   */
  private static final Map<String, String> FORMATS = Map.of(
      "date-time", "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
          + "(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])",
      "date", "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
      "time", "([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])",
      "uuid", "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
      "ipv4", "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  private RegularLanguages() {}

  /** Whether {@code format} is one whose shape this class can compare. */
  static boolean knowsFormat(String format) {
    return FORMATS.containsKey(format);
  }

  /**
   * A string that {@code matcherRegex} accepts as a whole value and that {@code pattern} (may be
   * null) or {@code format} (may be null or unknown) refuses; empty when the matcher stays inside both.
   *
   * @throws IllegalArgumentException when a regular expression uses syntax this class cannot compare
   */
  static Optional<String> escapee(String matcherRegex, String pattern, String format) {
    Automaton allowed = Automaton.makeAnyString();
    if (pattern != null) {
      allowed = allowed.intersection(searchPattern(pattern));
    }
    if (format != null && FORMATS.containsKey(format)) {
      allowed = allowed.intersection(whole(FORMATS.get(format)));
    }
    Automaton outside = whole(matcherRegex).minus(allowed);
    return outside.isEmpty() ? Optional.empty() : Optional.of(outside.getShortestExample(true));
  }

  /** The strings a JSON Schema {@code pattern} accepts: it may match anywhere unless anchored with ^ and $. */
  private static Automaton searchPattern(String pattern) {
    String body = pattern;
    boolean anchoredStart = body.startsWith("^");
    if (anchoredStart) {
      body = body.substring(1);
    }
    boolean anchoredEnd = body.endsWith("$") && !body.endsWith("\\$");
    if (anchoredEnd) {
      body = body.substring(0, body.length() - 1);
    }
    Automaton core = whole(body);
    Automaton any = Automaton.makeAnyString();
    return (anchoredStart ? core : any.concatenate(core)).concatenate(anchoredEnd ? Automaton.makeEmptyString() : any);
  }

  /** The strings {@code regex} matches as a whole (Java's {@code Matcher.matches()}). */
  static Automaton whole(String regex) {
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("cannot compare regular expression '" + regex
          + "': it is not a valid regular expression (" + e.getDescription() + ")", e);
    }
    try {
      return new RegExp(translate(regex), RegExp.NONE).toAutomaton();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot compare regular expression '" + regex + "': " + e.getMessage(), e);
    }
  }

  /**
   * Rewrites Java regex syntax into dk.brics syntax, refusing what has no regular-language meaning
   * here; {@code regex} is a valid Java regular expression (so it does not end in a lone backslash).
   */
  static String translate(String regex) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        char next = regex.charAt(++i);
        String shorthand = shorthand(next);
        if (shorthand != null) {
          out.append(inClass ? shorthand : "[" + shorthand + "]");
        } else if (Character.isLetterOrDigit(next)) {
          throw new IllegalArgumentException("cannot compare regular expression '" + regex + "': \\" + next + " is not supported");
        } else {
          out.append('\\').append(next);
        }
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
        }
        out.append(c == '"' ? "\\\"" : String.valueOf(c));
      } else if (c == '[') {
        inClass = true; // A leading ^ then passes through as is: brics negates a class the same way.
        out.append(c);
      } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
        if (i + 2 < regex.length() && regex.charAt(i + 2) == ':') {
          out.append('(');
          i += 2;
        } else {
          throw new IllegalArgumentException("cannot compare regular expression '" + regex + "': (? constructs other than (?: are not supported");
        }
      } else if ((c == '?' || c == '+') && i > 0 && isQuantifierEnd(regex, i - 1)) {
        throw new IllegalArgumentException("cannot compare regular expression '" + regex + "': lazy or possessive quantifiers are not supported");
      } else if (c == '^' || c == '$') {
        throw new IllegalArgumentException("cannot compare regular expression '" + regex + "': inner anchors are not supported");
      } else if (c == '"' || c == '<' || c == '>' || c == '&' || c == '~' || c == '#' || c == '@') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isQuantifierEnd(String regex, int at) {
    char c = regex.charAt(at);
    boolean escaped = at > 0 && regex.charAt(at - 1) == '\\';
    return !escaped && (c == '*' || c == '+' || c == '?' || c == '}');
  }

  /** The contents of a character class for a shorthand such as {@code \d}, or null if {@code c} is none. */
  private static String shorthand(char c) {
    return switch (c) {
      case 'd' -> "0-9";
      case 'w' -> "A-Za-z0-9_";
      case 's' -> " \t\n\u000B\f\r";
      case 't' -> "\t";
      case 'n' -> "\n";
      case 'r' -> "\r";
      case 'f' -> "\f";
      default -> null;
    };
  }
}
