package dev.telewire.contracts.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a {@code Cookie} request header into its name-value pairs. */
final class Cookies {
  private Cookies() {}

  /** The cookies of {@code header} (null for none) in order; a pair without '=' is skipped. */
  static Map<String, String> parse(String header) {
    Map<String, String> cookies = new LinkedHashMap<>();
    if (header == null) {
      return cookies;
    }
    for (String pair : header.split(";")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
    }
    return cookies;
  }
}
