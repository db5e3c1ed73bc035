package dev.telewire.kitchensink.real;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Finds the parts of a value read from JSON that are not typed: a union's Unknown, an enum's UNRECOGNIZED. */
final class TypedValues {
  private TypedValues() {}

  /** Where in {@code value} an untyped part sits, as readable paths; empty when all is typed. */
  static List<String> untyped(Object value) {
    List<String> found = new ArrayList<>();
    walk(value, "$", found, 0);
    return found;
  }

  private static void walk(Object value, String where, List<String> found, int depth) {
    if (value == null || depth > 64) {
      return;
    }
    Class<?> type = value.getClass();
    if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
      if ("UNRECOGNIZED".equals(((Enum<?>) value).name())) {
        found.add(where + ": UNRECOGNIZED " + type.getSimpleName());
      }
    } else if (type.isRecord()) {
      if ("Unknown".equals(type.getSimpleName()) && type.getEnclosingClass() != null && type.getEnclosingClass().isInterface()) {
        found.add(where + ": " + type.getEnclosingClass().getSimpleName() + ".Unknown");
        return;
      }
      for (RecordComponent component : type.getRecordComponents()) {
        try {
          walk(component.getAccessor().invoke(value), where + "." + component.getName(), found, depth + 1);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, entry) -> walk(entry, where + "[" + key + "]", found, depth + 1));
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        walk(item, where + "[" + i++ + "]", found, depth + 1);
      }
    }
  }
}
