package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;

/** Whether an operation changes state (and so gets an idempotency key) follows its HTTP method. */
class PreparedCallTest {
  interface Things {
    @GET("things")
    Call<Object> list();
  }

  private static final Call<Object> CALL = new Retrofit.Builder().baseUrl(new MockWebServer().url("/"))
      .addConverterFactory(retrofit2.converter.moshi.MoshiConverterFactory.create(Json.MOSHI)).build()
      .create(Things.class).list();
  private static final JsonAdapter<Object> ANY = Json.MOSHI.adapter(Object.class);

  @ParameterizedTest
  @CsvSource({"GET, false", "HEAD, false", "POST, true", "PUT, true", "PATCH, true", "DELETE, true"})
  void methodSaysWhetherTheCallChangesState(String method, boolean changesState) {
    PreparedCall<Object> prepared = PreparedCall.of(CALL, ANY, method);

    assertThat(prepared.changesState).isEqualTo(changesState);
    assertThat(prepared.successFlag(body -> true, "success").changesState).isEqualTo(changesState);
  }
}
