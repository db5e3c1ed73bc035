package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * The response adapter of an operation that documents a 2xx without a body beside one with a JSON
 * body (an empty 200 and a JSON 201): an empty answer reads as {@code null} instead of failing.
 *
 * <p>Internal API: it may change in any release.
 */
public final class OptionalBody<T> extends JsonAdapter<T> {
  private final JsonAdapter<T> delegate;

  private OptionalBody(JsonAdapter<T> delegate) {
    this.delegate = delegate;
  }

  /** Wraps {@code delegate}, which reads a body that is present. */
  public static <T> JsonAdapter<T> of(JsonAdapter<T> delegate) {
    return new OptionalBody<>(delegate);
  }

  @Override
  public T fromJson(JsonReader reader) throws IOException {
    return delegate.fromJson(reader);
  }

  @Override
  public void toJson(JsonWriter writer, T value) throws IOException {
    delegate.toJson(writer, value);
  }

  @Override
  public String toString() {
    return delegate + ".optionalBody()";
  }
}
