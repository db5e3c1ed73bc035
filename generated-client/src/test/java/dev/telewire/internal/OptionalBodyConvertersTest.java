package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.EOFException;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.GET;

/**
 * A generated Retrofit method called directly reads an empty body as null only when the spec
 * allows an empty answer ({@link Generated.EmptyBodyAllowed}); any other method still fails on it.
 */
class OptionalBodyConvertersTest {
  interface Service {
    @GET("maybe")
    @Generated.EmptyBodyAllowed
    Call<Map<String, Object>> maybe();

    @GET("always")
    Call<Map<String, Object>> always();
  }

  private final MockWebServer server = new MockWebServer();
  private Service service;

  @BeforeEach
  void start() throws Exception {
    server.start();
    service = new Retrofit.Builder()
        .baseUrl(server.url("/"))
        .addConverterFactory(OptionalBody.CONVERTERS)
        .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
        .build()
        .create(Service.class);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void emptyBodyOfAMethodThatAllowsOneIsNull() throws Exception {
    server.enqueue(new MockResponse().setBody(""));

    assertThat(service.maybe().execute().body()).isNull();
  }

  @Test
  void bodyOfAMethodThatAllowsAnEmptyOneIsStillReadAsJson() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"a\":\"b\"}"));

    assertThat(service.maybe().execute().body()).containsEntry("a", "b");
  }

  @Test
  void emptyBodyOfAnyOtherMethodFails() {
    server.enqueue(new MockResponse().setBody(""));

    assertThat(catchThrowable(() -> service.always().execute())).isInstanceOf(EOFException.class);
  }
}
