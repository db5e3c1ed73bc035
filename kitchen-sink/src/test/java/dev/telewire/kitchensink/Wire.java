package dev.telewire.kitchensink;

import dev.telewire.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/** A MockWebServer on loopback and a Retrofit pointed at it, as the generated interfaces are used. */
final class Wire implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final Retrofit retrofit;

  Wire() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    retrofit = new Retrofit.Builder()
        .baseUrl(server.url("/v1/"))
        .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
        .build();
  }

  <T> T api(Class<T> type) {
    return retrofit.create(type);
  }

  /** Answers the next request with {@code status} and the JSON {@code body}. */
  Wire json(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body));
    return this;
  }

  Wire respond(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  /** Executes {@code call} and returns its body; fails on a non-2xx status. */
  static <T> T execute(Call<T> call) {
    try {
      Response<T> response = call.execute();
      if (!response.isSuccessful()) {
        throw new AssertionError("HTTP " + response.code());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  RecordedRequest request() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request reached the server");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
