package dev.telewire.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Resolves an RFC 6901 JSON Pointer against JSON read as maps, lists and scalars. */
final class JsonPointer {
  private JsonPointer() {}

  /** The value {@code pointer} leads to in {@code json}, or null when it leads nowhere. */
  static @Nullable Object resolve(@Nullable Object json, String pointer) {
    if (pointer.isEmpty()) {
      return json;
    }
    Object current = json;
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (current instanceof Map<?, ?> object) {
        current = object.get(name);
      } else if (current instanceof List<?> array) {
        int index = index(name);
        current = index >= 0 && index < array.size() ? array.get(index) : null;
      } else {
        return null;
      }
    }
    return current;
  }

  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }
}
