package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Free-form JSON (an {@code Object} field, a {@code Map<String, Object>} value, a union's
 * {@code Unknown}) as plain Java values: {@code Map}, {@code List}, {@code String}, {@code Boolean},
 * {@code null}, and numbers exactly as sent: {@code Long} for integers that fit, {@code BigDecimal}
 * for everything else. (Moshi's default reads every number as a {@code Double}, which silently
 * changes integers above 2^53, such as many vendors' IDs.)
 *
 * <p>Internal API: it may change in any release.
 */
final class JsonValues {
  /** Registers the free-form adapter for {@code Object}. */
  static final JsonAdapter.Factory FACTORY = JsonValues::create;

  private JsonValues() {}

  /** Reads the next value, whatever its type, keeping numbers exact. */
  public static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          Object value = read(reader);
          Object replaced = object.put(name, value);
          if (replaced != null) {
            throw new JsonDataException(
                "Map key '" + name + "' has multiple values at path " + reader.getPath() + ": " + replaced + " and " + value);
          }
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("Expected a value but was " + reader.peek() + " at path " + reader.getPath());
    }
  }

  /** A JSON number's text as a {@code Long} when it is an integer that fits, else a {@code BigDecimal}. */
  static Number number(String text) {
    if (isInteger(text)) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException tooLarge) {
        // falls through to BigDecimal
      }
    }
    return new BigDecimal(text);
  }

  private static boolean isInteger(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (start == text.length() || text.length() - start > 19) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    return type == Object.class && annotations.isEmpty() ? new FreeFormAdapter(moshi) : null;
  }

  /** Reads free-form JSON with {@link #read}; writes any value with the adapter for its runtime type. */
  private static final class FreeFormAdapter extends JsonAdapter<Object> {
    private final Moshi moshi;

    FreeFormAdapter(Moshi moshi) {
      this.moshi = moshi;
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      return read(reader);
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      if (value == null) {
        writer.nullValue();
      } else if (value.getClass() == Object.class) {
        writer.beginObject().endObject();
      } else {
        JsonAdapter<Object> adapter = moshi.adapter((Type) declaredType(value.getClass()));
        adapter.toJson(writer, value);
      }
    }

    private static Class<?> declaredType(Class<?> runtimeType) {
      if (Map.class.isAssignableFrom(runtimeType)) {
        return Map.class;
      }
      if (Collection.class.isAssignableFrom(runtimeType)) {
        return Collection.class;
      }
      return runtimeType;
    }

    @Override
    public String toString() {
      return "JsonAdapter(Object, numbers exact)";
    }
  }
}
