package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.telewire.Servers;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The calls Retrofit gets: the OkHttp call is made only when the request is sent, and acts as Retrofit expects. */
class UnsentCallsTest {
  private final MockWebServer server = Servers.failingFast();
  private final OkHttpClient http = new OkHttpClient();
  private final AtomicInteger made = new AtomicInteger();
  private final UnsentCalls calls = new UnsentCalls(request -> {
    made.incrementAndGet();
    return http.newCall(request);
  });
  private Request request;

  @BeforeEach
  void start() throws IOException {
    server.start();
    request = new Request.Builder().url(server.url("/ping")).build();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void noOkHttpCallIsMadeUntilTheRequestIsSent() throws IOException {
    server.enqueue(new MockResponse().setBody("pong"));
    Call call = calls.newCall(request);

    assertThat(made).hasValue(0);
    assertThat(call.request()).isSameAs(request);
    try (Response response = call.execute()) {
      assertThat(response.body().string()).isEqualTo("pong");
    }
    assertThat(made).hasValue(1);
  }

  @Test
  void enqueueSendsTheRequest() throws Exception {
    server.enqueue(new MockResponse().setBody("pong"));
    CompletableFuture<String> body = new CompletableFuture<>();

    calls.newCall(request).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        body.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) throws IOException {
        try (response) {
          body.complete(response.body().string());
        }
      }
    });

    assertThat(body.get(5, TimeUnit.SECONDS)).isEqualTo("pong");
  }

  @Test
  void isExecutedOnlyOnceSent() throws IOException {
    server.enqueue(new MockResponse());
    Call call = calls.newCall(request);

    assertThat(call.isExecuted()).isFalse();
    call.execute().close();
    assertThat(call.isExecuted()).isTrue();
  }

  @Test
  void callCancelledBeforeSendingIsCancelledAndNeverSent() {
    Call call = calls.newCall(request);

    call.cancel();

    assertThat(call.isCanceled()).isTrue();
    assertThat(catchThrowable(call::execute)).isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void callCancelledAfterSendingCancelsTheOkHttpCall() throws IOException {
    server.enqueue(new MockResponse());
    Call call = calls.newCall(request);
    call.execute().close();

    call.cancel();

    assertThat(call.isCanceled()).isTrue();
  }

  @Test
  void sentCallIsNotCancelledUntilAskedTo() throws IOException {
    server.enqueue(new MockResponse());
    Call call = calls.newCall(request);
    call.execute().close();

    assertThat(call.isCanceled()).isFalse();
  }

  @Test
  void timeoutIsTheOkHttpCallsOwn() {
    Call call = calls.newCall(request);

    call.timeout().timeout(3, TimeUnit.SECONDS);

    assertThat(made).hasValue(1);
    assertThat(call.timeout().timeoutNanos()).isEqualTo(TimeUnit.SECONDS.toNanos(3));
  }

  @Test
  void cloneIsANewUnsentCallForTheSameRequest() throws IOException {
    server.enqueue(new MockResponse());
    Call call = calls.newCall(request);
    call.execute().close();
    call.cancel();

    Call clone = call.clone();

    assertThat(clone.request()).isSameAs(request);
    assertThat(clone.isExecuted()).isFalse();
    assertThat(clone.isCanceled()).isFalse();
  }
}
