package dev.telewire.bench;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Call;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

/** The floor: Vida's return call written by hand on OkHttp, with a streaming Moshi parse. */
final class RawVida {
  private static final JsonReader.Options FIELDS = JsonReader.Options.of("success", "message");

  /** The documented 200 body. */
  record Returned(Boolean success, String message) {}

  private final Call.Factory http;
  private final HttpUrl url;

  RawVida(Call.Factory http, String baseUrl, String apiToken) {
    this.http = http;
    this.url =
        HttpUrl.get(baseUrl).newBuilder().addPathSegments("api/v2/phoneNumber/return").addQueryParameter("token", apiToken).build();
  }

  Returned returnNumber(String number) throws IOException {
    Request request = new Request.Builder().url(url).post(encode(number)).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("Vida answered HTTP " + response.code());
      }
      return decode(response.body().source());
    }
  }

  static RequestBody encode(String number) throws IOException {
    Buffer buffer = new Buffer();
    JsonWriter writer = JsonWriter.of(buffer);
    writer.beginObject().name("number").value(number).endObject();
    writer.close();
    return RequestBody.create(buffer.readByteString(), RawTruedy.JSON);
  }

  static Returned decode(BufferedSource source) throws IOException {
    Boolean success = null;
    String message = null;
    JsonReader reader = JsonReader.of(source);
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(FIELDS)) {
        case 0 -> success = reader.nextBoolean();
        case 1 -> message = reader.nextString();
        default -> {
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    return new Returned(success, message);
  }
}
