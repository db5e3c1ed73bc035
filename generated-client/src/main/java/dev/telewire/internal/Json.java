package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one Moshi instance of the SDK: generated models bring their own adapters; this adds the JDK
 * types that specs use ({@code date-time}, {@code date}, {@code uuid}, {@code uri}, {@code number}), and reads
 * free-form JSON with numbers kept exact ({@link JsonValues}).
 *
 * <p>Internal API: it may change in any release.
 */
public final class Json {
  /** Shared and thread-safe; adapters are cached on first use. */
  public static final Moshi MOSHI =
      new Moshi.Builder()
          .add(JsonValues.FACTORY)
          .add(OffsetDateTime.class, text(OffsetDateTime::parse, "an RFC 3339 date-time"))
          .add(LocalDate.class, text(LocalDate::parse, "an ISO 8601 date"))
          .add(UUID.class, text(UUID::fromString, "a UUID"))
          .add(URI.class, text(URI::create, "a URI"))
          .add(BigDecimal.class, new BigDecimalAdapter().nullSafe())
          .add(GeneratedAdapters.FACTORY)
          .build();

  private Json() {}

  private static <T> JsonAdapter<T> text(Function<String, T> parse, String what) {
    return new JsonAdapter<T>() {
      @Override
      public T fromJson(JsonReader reader) throws IOException {
        String value = reader.nextString();
        try {
          return parse.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
          throw new JsonDataException("Expected " + what + " but was " + value + " at path " + reader.getPath(), e);
        }
      }

      @Override
      public void toJson(JsonWriter writer, T value) throws IOException {
        writer.value(value.toString());
      }

      @Override
      public String toString() {
        return "JsonAdapter(" + what + ")";
      }
    }.nullSafe();
  }

  private static final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      String value = reader.nextString();
      try {
        return new BigDecimal(value);
      } catch (NumberFormatException e) {
        throw new JsonDataException("Expected a number but was " + value + " at path " + reader.getPath(), e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(value);
    }
  }
}
