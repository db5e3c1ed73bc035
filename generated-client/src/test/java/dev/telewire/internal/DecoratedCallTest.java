package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.Servers;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;

/** A Retrofit call whose request carries the per-call extras, built once; everything else is the call's own. */
class DecoratedCallTest {
  interface Ping {
    @GET("ping")
    Call<ResponseBody> ping();
  }

  private final MockWebServer server = Servers.failingFast();
  private Ping api;

  @BeforeEach
  void start() throws IOException {
    server.start();
    api = new Retrofit.Builder().baseUrl(server.url("/")).build().create(Ping.class);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private static DecoratedCall<ResponseBody> decorated(Call<ResponseBody> call) {
    return new DecoratedCall<>(call, request -> request.newBuilder().header("X-Extra", "1").build());
  }

  @Test
  void requestCarriesTheDecorationAndIsBuiltOnce() {
    DecoratedCall<ResponseBody> call = decorated(api.ping());

    assertThat(call.request().header("X-Extra")).isEqualTo("1");
    assertThat(call.request()).isSameAs(call.request());
  }

  @Test
  void executeIsTheCallsOwn() throws IOException {
    server.enqueue(new MockResponse().setBody("pong"));
    DecoratedCall<ResponseBody> call = decorated(api.ping());

    Response<ResponseBody> response = call.execute();

    assertThat(response.body().string()).isEqualTo("pong");
    assertThat(call.isExecuted()).isTrue();
  }

  @Test
  void notExecutedUntilSent() {
    assertThat(decorated(api.ping()).isExecuted()).isFalse();
  }

  @Test
  void enqueueIsTheCallsOwn() throws Exception {
    server.enqueue(new MockResponse().setBody("pong"));
    CompletableFuture<String> body = new CompletableFuture<>();

    decorated(api.ping()).enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<ResponseBody> call, Response<ResponseBody> response) {
        try {
          body.complete(response.body().string());
        } catch (IOException e) {
          body.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call<ResponseBody> call, Throwable t) {
        body.completeExceptionally(t);
      }
    });

    assertThat(body.get(5, TimeUnit.SECONDS)).isEqualTo("pong");
  }

  @Test
  void cancelIsTheCallsOwn() {
    DecoratedCall<ResponseBody> call = decorated(api.ping());
    assertThat(call.isCanceled()).isFalse();

    call.cancel();

    assertThat(call.isCanceled()).isTrue();
  }

  @Test
  void cloneIsDecoratedAndNotYetSent() throws IOException {
    server.enqueue(new MockResponse());
    DecoratedCall<ResponseBody> call = decorated(api.ping());
    call.execute();

    Call<ResponseBody> clone = call.clone();

    assertThat(clone.isExecuted()).isFalse();
    assertThat(clone.request().header("X-Extra")).isEqualTo("1");
  }

  @Test
  void timeoutIsTheCallsOwn() {
    Call<ResponseBody> plain = api.ping();

    assertThat(decorated(plain).timeout()).isSameAs(plain.timeout());
  }
}
