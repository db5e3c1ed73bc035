package dev.telewire.bench;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.telewire.TruedyClient;
import dev.telewire.VidaClient;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.vida.model.ReturnPhoneNumberRequest;
import java.time.OffsetDateTime;
import okhttp3.OkHttpClient;

/** Our clients, built through their public builders only. */
final class Ours {
  private static final String SHARED_MOSHI_CLASS = "dev.telewire.internal.Json";

  private Ours() {}

  /** With {@code http} null the client uses its own default OkHttpClient. */
  static TruedyClient truedy(OkHttpClient http, String baseUrl) {
    TruedyClient.Builder builder = TruedyClient.builder().apiKey(Fixtures.TRUEDY_KEY).baseUrl(baseUrl);
    if (http != null) {
      builder.okHttpClient(http);
    }
    return builder.build();
  }

  /** With {@code http} null the client uses its own default OkHttpClient. */
  static VidaClient vida(OkHttpClient http, String baseUrl) {
    VidaClient.Builder builder = VidaClient.builder().apiToken(Fixtures.VIDA_TOKEN).baseUrl(baseUrl);
    if (http != null) {
      builder.okHttpClient(http);
    }
    return builder.build();
  }

  static PhoneNumberUnassignRequest truedyRequest() {
    return PhoneNumberUnassignRequest.builder().numberId(Fixtures.NUMBER_ID).assignmentType(AssignmentType.INBOUND).build();
  }

  static ReturnPhoneNumberRequest vidaRequest() {
    return ReturnPhoneNumberRequest.builder().number(Fixtures.E164_NUMBER).build();
  }

  /**
   * The Moshi instance the clients serialize with. It is not public API, so it is looked up by
   * name; if the runtime moves it, a Moshi with only a date-time adapter stands in (the generated
   * model adapters, found through {@code @JsonClass}, are the same) and a warning says so.
   */
  static Moshi moshi() {
    try {
      return (Moshi) Class.forName(SHARED_MOSHI_CLASS).getField("MOSHI").get(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      System.err.println(
          "WARNING: " + SHARED_MOSHI_CLASS + ".MOSHI not found (" + e + "); serialization benchmarks use a stand-in Moshi");
      return new Moshi.Builder().add(OffsetDateTime.class, offsetDateTimeAdapter()).build();
    }
  }

  private static JsonAdapter<OffsetDateTime> offsetDateTimeAdapter() {
    return new JsonAdapter<OffsetDateTime>() {
      @Override
      public OffsetDateTime fromJson(com.squareup.moshi.JsonReader reader) throws java.io.IOException {
        return OffsetDateTime.parse(reader.nextString());
      }

      @Override
      public void toJson(com.squareup.moshi.JsonWriter writer, OffsetDateTime value) throws java.io.IOException {
        writer.value(value.toString());
      }
    }.nullSafe();
  }
}
