package dev.telewire.contracts.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Media type comparisons, ignoring parameters such as {@code charset}. */
final class MediaTypes {
  private MediaTypes() {}

  /** The bare {@code type/subtype} of a Content-Type value, lower case; null for null. */
  static String essence(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  static boolean isJson(String contentType) {
    String essence = essence(contentType);
    return essence != null && (essence.equals("application/json") || essence.endsWith("+json"));
  }

  /** The key of {@code declared} (spec media ranges) that covers {@code contentType}, if any. */
  static Optional<String> match(Collection<String> declared, String contentType) {
    String actual = essence(contentType);
    if (actual == null) {
      return Optional.empty();
    }
    String type = actual.contains("/") ? actual.substring(0, actual.indexOf('/')) : actual;
    return declared.stream()
        .filter(range -> {
          String wanted = essence(range);
          return wanted.equals(actual) || wanted.equals("*/*") || wanted.equals(type + "/*");
        })
        .findFirst();
  }
}
