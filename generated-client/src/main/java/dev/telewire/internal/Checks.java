package dev.telewire.internal;

import dev.telewire.errors.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that generated {@code validate()} methods apply to a request before it is sent. Each
 * check names the field by its JSON path and the rule it broke, never the value, and ignores a
 * null value except {@link #required}.
 *
 * <p>Reached by generated code through {@link Generated}.
 */
final class Checks {
  private static final Map<String, ThreadLocal<Matcher>> PATTERNS = new ConcurrentHashMap<>();

  private Checks() {}

  /** Returns the JSON path of {@code name} inside the object at {@code path}. */
  public static String field(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Returns the JSON path of element {@code index} of the array {@code name} inside {@code path}. */
  public static String index(String path, String name, int index) {
    return field(path, name) + "[" + index + "]";
  }

  /** A required field must be present. */
  public static void required(Object value, String path, String name) {
    if (value == null) {
      throw fail(path, name, "required", "is required");
    }
  }

  /** A required text field must not be empty or only whitespace. */
  public static void notBlank(Object value, String path, String name) {
    if (value instanceof CharSequence text && text.toString().isBlank()) {
      throw fail(path, name, "notBlank", "must not be blank");
    }
  }

  /** An enum field must hold a value the API knows, never {@code UNRECOGNIZED}. */
  public static void knownEnum(Object value, String path, String name) {
    if (value instanceof Enum<?> constant && constant.name().equals("UNRECOGNIZED")) {
      throw fail(path, name, "enum", "is UNRECOGNIZED, which cannot be sent; choose one of the known values");
    }
  }

  /** Every element of an array of enums must be a known value. */
  public static void knownEnums(Iterable<?> values, String path, String name) {
    if (values == null) {
      return;
    }
    int i = 0;
    for (Object value : values) {
      knownEnum(value, "", index(path, name, i++));
    }
  }

  /** A text field must contain a match of the spec's regular expression, read as ECMA-262 reads it (JSON Schema semantics). */
  public static void pattern(Object value, String regex, String path, String name) {
    if (value instanceof CharSequence text && !matches(regex, text)) {
      throw fail(path, name, "pattern", "must match the pattern " + regex);
    }
  }

  /** Whether {@code text} contains a match of {@code regex}, with a matcher kept per thread rather than made per check. */
  private static boolean matches(String regex, CharSequence text) {
    Matcher matcher = PATTERNS.computeIfAbsent(regex, Checks::matcherPerThread).get();
    try {
      return matcher.reset(text).find();
    } finally {
      matcher.reset(""); // holds no reference to the caller's text
    }
  }

  private static ThreadLocal<Matcher> matcherPerThread(String regex) {
    Pattern pattern = EcmaPattern.compile(regex);
    return ThreadLocal.withInitial(() -> pattern.matcher(""));
  }

  /** A text field must have at least {@code min} characters (Unicode code points). */
  public static void minLength(Object value, int min, String path, String name) {
    if (value instanceof CharSequence text && codePoints(text) < min) {
      throw fail(path, name, "minLength", "must have at least " + min + " characters");
    }
  }

  /** A text field must have at most {@code max} characters (Unicode code points). */
  public static void maxLength(Object value, int max, String path, String name) {
    if (value instanceof CharSequence text && codePoints(text) > max) {
      throw fail(path, name, "maxLength", "must have at most " + max + " characters");
    }
  }

  /** The number of Unicode code points in {@code text}, counted without a stream. */
  private static int codePoints(CharSequence text) {
    return Character.codePointCount(text, 0, text.length());
  }

  /** A number must not be below {@code bound} (or must be above it, when exclusive). */
  public static void minimum(Object value, String bound, boolean exclusive, String path, String name) {
    if (value instanceof Number number) {
      int comparison = decimal(number).compareTo(new BigDecimal(bound));
      if (comparison < 0 || (exclusive && comparison == 0)) {
        throw fail(path, name, "minimum", "must be " + (exclusive ? "greater than " : "at least ") + bound);
      }
    }
  }

  /** A number must not be above {@code bound} (or must be below it, when exclusive). */
  public static void maximum(Object value, String bound, boolean exclusive, String path, String name) {
    if (value instanceof Number number) {
      int comparison = decimal(number).compareTo(new BigDecimal(bound));
      if (comparison > 0 || (exclusive && comparison == 0)) {
        throw fail(path, name, "maximum", "must be " + (exclusive ? "less than " : "at most ") + bound);
      }
    }
  }

  /** An array must have at least {@code min} elements. */
  public static void minItems(Object value, int min, String path, String name) {
    if (value instanceof Collection<?> items && items.size() < min) {
      throw fail(path, name, "minItems", "must have at least " + min + " items");
    }
  }

  /** An array must have at most {@code max} elements. */
  public static void maxItems(Object value, int max, String path, String name) {
    if (value instanceof Collection<?> items && items.size() > max) {
      throw fail(path, name, "maxItems", "must have at most " + max + " items");
    }
  }

  private static BigDecimal decimal(Number number) {
    return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
  }

  private static InvalidRequestException fail(String path, String name, String rule, String problem) {
    String field = field(path, name);
    return new InvalidRequestException(field, rule, "Request not sent: " + field + " " + problem);
  }
}
