package dev.telewire.internal;

import dev.telewire.errors.InvalidRequestException;

/**
 * Checks that a path or header value can travel at all, whatever its schema says: OkHttp refuses
 * a header value with a line break or a non-ASCII character, and Retrofit an empty path segment or
 * one that is {@code .} or {@code ..}. Checked before sending, they fail naming the parameter.
 *
 * <p>Reached by generated code through {@link Generated}.
 */
final class ParameterValues {
  private ParameterValues() {}

  /** A header value may hold only printable ASCII characters and tabs; null is ignored. */
  public static void header(Object value, String path, String name) {
    if (value == null) {
      return;
    }
    String text = value.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw fail(path, name, "header", "holds a character a header cannot carry (only printable ASCII)");
      }
    }
  }

  /** A path value must not be empty, {@code .} or {@code ..}, which would change the URL's path; null is ignored. */
  public static void pathSegment(Object value, String path, String name) {
    if (value == null) {
      return;
    }
    String text = value.toString();
    if (text.isEmpty() || text.equals(".") || text.equals("..")) {
      throw fail(path, name, "path", "must not be empty, '.' or '..'");
    }
  }

  private static InvalidRequestException fail(String path, String name, String rule, String problem) {
    String field = Checks.field(path, name);
    return new InvalidRequestException(field, rule, "Request not sent: " + field + " " + problem);
  }
}
