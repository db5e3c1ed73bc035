package dev.telewire.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles a spec's {@code pattern} with ECMA-262 semantics (Unicode mode, as JSON Schema asks),
 * by rewriting the constructs whose meaning differs in {@link java.util.regex}: {@code $} is the
 * end of the text only (Java also matches before a final line break), {@code .} excludes exactly
 * ECMA's four line terminators, {@code \s} is ECMA's Unicode white space, {@code \d}, {@code \w}
 * and {@code \b} are ASCII, {@code \v}, {@code \0}, {@code \cX}, a code point escape in braces and
 * {@code [\b]} are the characters ECMA means, {@code [} and {@code &} inside a class are literal, {@code []}
 * matches nothing and {@code [^]} anything, a {@code {} that starts no quantifier is literal, and
 * long Unicode property names ({@code \p{Letter}}, {@code \p{Script=Greek}}) are Java's.
 */
final class EcmaPattern {
  private static final String LINE_TERMINATORS = "\\n\\r\\u2028\\u2029";
  private static final String WHITE_SPACE = "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
  private static final String DIGIT = "0-9";
  private static final String WORD = "A-Za-z0-9_";
  private static final String WORD_BOUNDARY = "(?:(?<=[" + WORD + "])(?![" + WORD + "])|(?<![" + WORD + "])(?=[" + WORD + "]))";
  private static final String NOT_WORD_BOUNDARY = "(?:(?<=[" + WORD + "])(?=[" + WORD + "])|(?<![" + WORD + "])(?![" + WORD + "]))";
  private static final Map<String, String> CATEGORIES = Map.ofEntries(
      Map.entry("Letter", "L"), Map.entry("Cased_Letter", "LC"), Map.entry("Uppercase_Letter", "Lu"),
      Map.entry("Lowercase_Letter", "Ll"), Map.entry("Titlecase_Letter", "Lt"), Map.entry("Modifier_Letter", "Lm"),
      Map.entry("Other_Letter", "Lo"), Map.entry("Mark", "M"), Map.entry("Nonspacing_Mark", "Mn"),
      Map.entry("Spacing_Mark", "Mc"), Map.entry("Enclosing_Mark", "Me"), Map.entry("Number", "N"),
      Map.entry("Decimal_Number", "Nd"), Map.entry("Letter_Number", "Nl"), Map.entry("Other_Number", "No"),
      Map.entry("Punctuation", "P"), Map.entry("Connector_Punctuation", "Pc"), Map.entry("Dash_Punctuation", "Pd"),
      Map.entry("Open_Punctuation", "Ps"), Map.entry("Close_Punctuation", "Pe"), Map.entry("Initial_Punctuation", "Pi"),
      Map.entry("Final_Punctuation", "Pf"), Map.entry("Other_Punctuation", "Po"), Map.entry("Symbol", "S"),
      Map.entry("Math_Symbol", "Sm"), Map.entry("Currency_Symbol", "Sc"), Map.entry("Modifier_Symbol", "Sk"),
      Map.entry("Other_Symbol", "So"), Map.entry("Separator", "Z"), Map.entry("Space_Separator", "Zs"),
      Map.entry("Line_Separator", "Zl"), Map.entry("Paragraph_Separator", "Zp"), Map.entry("Other", "C"),
      Map.entry("Control", "Cc"), Map.entry("Format", "Cf"), Map.entry("Surrogate", "Cs"),
      Map.entry("Private_Use", "Co"), Map.entry("Unassigned", "Cn"));

  private final String source;
  private final StringBuilder out = new StringBuilder();
  private int at;

  private EcmaPattern(String source) {
    this.source = source;
  }

  /** Compiles {@code regex}, read as ECMA-262 reads it, into an equivalent Java pattern. */
  static Pattern compile(String regex) {
    return Pattern.compile(translate(regex));
  }

  /** The Java regular expression that means what {@code regex} means in ECMA-262. */
  static String translate(String regex) {
    EcmaPattern translation = new EcmaPattern(regex);
    translation.run();
    return translation.out.toString();
  }

  private void run() {
    while (at < source.length()) {
      char c = source.charAt(at++);
      switch (c) {
        case '\\' -> escape(false);
        case '[' -> characterClass();
        case '$' -> out.append("\\z");
        case '.' -> out.append("[^").append(LINE_TERMINATORS).append(']');
        case '{' -> out.append(startsQuantifier() ? "{" : "\\{");
        default -> out.append(c);
      }
    }
  }

  private void characterClass() {
    if (source.startsWith("]", at)) {
      at++;
      out.append("(?!)"); // [] matches nothing
      return;
    }
    if (source.startsWith("^]", at)) {
      at += 2;
      out.append("(?s:.)"); // [^] matches anything
      return;
    }
    out.append('[');
    if (source.startsWith("^", at)) {
      at++;
      out.append('^');
    }
    while (at < source.length()) {
      char c = source.charAt(at++);
      switch (c) {
        case ']' -> {
          out.append(']');
          return;
        }
        case '\\' -> escape(true);
        case '[', '&' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    // An unclosed class: let Java report it.
  }

  private void escape(boolean inClass) {
    if (at >= source.length()) {
      out.append('\\');
      return;
    }
    char c = source.charAt(at++);
    switch (c) {
      case 'd' -> out.append(inClass ? DIGIT : "[" + DIGIT + "]");
      case 'D' -> out.append("[^" + DIGIT + "]");
      case 'w' -> out.append(inClass ? WORD : "[" + WORD + "]");
      case 'W' -> out.append("[^" + WORD + "]");
      case 's' -> out.append(inClass ? WHITE_SPACE : "[" + WHITE_SPACE + "]");
      case 'S' -> out.append("[^" + WHITE_SPACE + "]");
      case 'b' -> out.append(inClass ? "\\x08" : WORD_BOUNDARY);
      case 'B' -> out.append(inClass ? "B" : NOT_WORD_BOUNDARY);
      case 'v' -> out.append("\\x0B");
      case 'f', 'n', 'r', 't' -> out.append('\\').append(c);
      case '0' -> out.append(isDigitAt(at) ? "\\0" : "\\x00");
      case 'c' -> control();
      case 'u' -> unicode();
      case 'x', 'k' -> out.append('\\').append(c);
      case 'p', 'P' -> property(c);
      default -> {
        if (c >= '1' && c <= '9' && !inClass) {
          out.append('\\').append(c); // a back-reference
        } else if (Character.isLetterOrDigit(c)) {
          out.append(c); // an identity escape of a letter ECMA gives no meaning
        } else {
          out.append('\\').append(c);
        }
      }
    }
  }

  /** {@code \cX} is the code of letter X modulo 32 in ECMA (Java's XOR 64 differs for lower case). */
  private void control() {
    if (at < source.length() && isAsciiLetter(source.charAt(at))) {
      out.append(String.format(Locale.ROOT, "\\x%02X", source.charAt(at++) % 32));
    } else {
      out.append("\\\\c"); // not a control escape: a backslash and a c
    }
  }

  /** A code point in braces after backslash-u is Java's {@code \x{...}}; four hex digits mean the same in both. */
  private void unicode() {
    int close = source.indexOf('}', at);
    if (source.startsWith("{", at) && close != -1) {
      out.append("\\x").append(source, at, close + 1);
      at = close + 1;
    } else {
      out.append("\\u");
    }
  }

  private void property(char p) {
    int close = source.indexOf('}', at);
    if (!source.startsWith("{", at) || close == -1) {
      out.append('\\').append(p);
      return;
    }
    String name = source.substring(at + 1, close);
    at = close + 1;
    out.append('\\').append(p).append('{').append(javaProperty(name)).append('}');
  }

  static String javaProperty(String name) {
    int equals = name.indexOf('=');
    if (equals >= 0) {
      String key = name.substring(0, equals);
      String value = name.substring(equals + 1);
      return switch (key) {
        case "General_Category", "gc" -> "gc=" + CATEGORIES.getOrDefault(value, value);
        case "Script", "sc", "Script_Extensions", "scx" -> "sc=" + value;
        default -> name;
      };
    }
    if (CATEGORIES.containsKey(name)) {
      return CATEGORIES.get(name);
    }
    if (CATEGORIES.containsValue(name)) {
      return name;
    }
    return "Is" + name; // a binary property, such as Alphabetic or White_Space
  }

  private boolean startsQuantifier() {
    int i = at;
    while (i < source.length() && Character.isDigit(source.charAt(i))) {
      i++;
    }
    if (i == at) {
      return false; // no digits
    }
    if (i < source.length() && source.charAt(i) == ',') {
      i++;
      while (i < source.length() && Character.isDigit(source.charAt(i))) {
        i++;
      }
    }
    return i < source.length() && source.charAt(i) == '}';
  }

  private boolean isDigitAt(int i) {
    return i < source.length() && source.charAt(i) >= '0' && source.charAt(i) <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
