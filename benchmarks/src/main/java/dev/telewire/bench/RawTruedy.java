package dev.telewire.bench;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The floor: Truedy's unassign call written by hand on OkHttp, with a streaming Moshi parse into a
 * record that holds the same fields, typed the same way, as our generated model.
 */
final class RawTruedy {
  static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final JsonReader.Options ROOT = JsonReader.Options.of("data", "meta");
  private static final JsonReader.Options DATA = JsonReader.Options.of("number", "agent_id", "unassigned_at");
  private static final JsonReader.Options META = JsonReader.Options.of("request_id", "ts");

  /** The documented 200 body, flattened. */
  record Unassigned(String number, String agentId, OffsetDateTime unassignedAt, String requestId, OffsetDateTime ts) {}

  private final Call.Factory http;
  private final HttpUrl url;
  private final String authorization;

  RawTruedy(Call.Factory http, String baseUrl, String apiKey) {
    this.http = http;
    this.url = HttpUrl.get(baseUrl).resolve("telephony/numbers/unassign");
    this.authorization = "Bearer " + apiKey;
  }

  Unassigned unassign(String numberId, String assignmentType) throws IOException {
    Request request =
        new Request.Builder().url(url).header("Authorization", authorization).post(encode(numberId, assignmentType)).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("Truedy answered HTTP " + response.code());
      }
      return decode(response.body().source());
    }
  }

  static RequestBody encode(String numberId, String assignmentType) throws IOException {
    Buffer buffer = new Buffer();
    JsonWriter writer = JsonWriter.of(buffer);
    writer.beginObject().name("number_id").value(numberId).name("assignment_type").value(assignmentType).endObject();
    writer.close();
    return RequestBody.create(buffer.readByteString(), JSON);
  }

  static Unassigned decode(BufferedSource source) throws IOException {
    String number = null;
    String agentId = null;
    OffsetDateTime unassignedAt = null;
    String requestId = null;
    OffsetDateTime ts = null;
    JsonReader reader = JsonReader.of(source);
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(ROOT)) {
        case 0 -> {
          reader.beginObject();
          while (reader.hasNext()) {
            switch (reader.selectName(DATA)) {
              case 0 -> number = reader.nextString();
              case 1 -> agentId = nullableString(reader);
              case 2 -> unassignedAt = OffsetDateTime.parse(reader.nextString());
              default -> {
                reader.skipName();
                reader.skipValue();
              }
            }
          }
          reader.endObject();
        }
        case 1 -> {
          reader.beginObject();
          while (reader.hasNext()) {
            switch (reader.selectName(META)) {
              case 0 -> requestId = reader.nextString();
              case 1 -> ts = OffsetDateTime.parse(reader.nextString());
              default -> {
                reader.skipName();
                reader.skipValue();
              }
            }
          }
          reader.endObject();
        }
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return new Unassigned(number, agentId, unassignedAt, requestId, ts);
  }

  private static String nullableString(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    return reader.nextString();
  }
}
