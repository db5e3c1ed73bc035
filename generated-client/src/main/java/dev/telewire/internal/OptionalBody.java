package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The response adapter of an operation that documents a 2xx without a body beside one with a JSON
 * body (an empty 200 and a JSON 201): an empty answer reads as {@code null} instead of failing,
 * through the client's methods and (with {@link Generated.EmptyBodyAllowed} on the Retrofit method) its interfaces.
 *
 * <p>Internal API: it may change in any release.
 */
final class OptionalBody<T> extends JsonAdapter<T> {
  /** Reads an empty body as null for Retrofit methods marked {@link Generated.EmptyBodyAllowed}; registered before Moshi. */
  static final Converter.Factory CONVERTERS = new Converter.Factory() {
    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
      for (Annotation annotation : annotations) {
        if (annotation instanceof Generated.EmptyBodyAllowed) {
          Converter<ResponseBody, ?> json = retrofit.nextResponseBodyConverter(this, type, annotations);
          return body -> body.source().exhausted() ? null : json.convert(body);
        }
      }
      return null;
    }
  };

  private final JsonAdapter<T> delegate;

  private OptionalBody(JsonAdapter<T> delegate) {
    this.delegate = delegate;
  }

  /** Wraps {@code delegate}, which reads a body that is present. */
  static <T> JsonAdapter<T> of(JsonAdapter<T> delegate) {
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
