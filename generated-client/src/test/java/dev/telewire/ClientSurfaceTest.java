package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.telewire.errors.InvalidRequestException;
import dev.telewire.errors.NotFoundException;
import dev.telewire.errors.UnsuccessfulResponseException;
import dev.telewire.truedy.model.UnassignPhoneNumberResponse;
import dev.telewire.vida.model.ReturnPhoneNumberResponse;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's shape: services per tag, the async view and the raw-response view. */
class ClientSurfaceTest {
  private final MockWebServer server = Servers.failingFast();
  private TruedyClient truedy;
  private VidaClient vida;

  @BeforeEach
  void start() throws Exception {
    server.start();
    truedy = TruedyClient.builder().apiKey("tr_secret_key").baseUrl(server.url("/v1/").toString())
        .sleeper(new RecordingSleeper()).build();
    vida = VidaClient.builder().apiToken("vida_secret_token").baseUrl(server.url("/").toString())
        .sleeper(new RecordingSleeper()).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void serviceOfTheTagSendsItsOperation() throws Exception {
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));

    UnassignPhoneNumberResponse response = truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(response.data().number()).isEqualTo("+18005559876");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v1/telephony/numbers/unassign");
  }

  @Test
  void asyncViewCompletesWithTheTypedBody() {
    server.enqueue(new MockResponse().setBody(Requests.VIDA_200));

    ReturnPhoneNumberResponse response = Await.join(vida.async().phoneNumbers().returnPhoneNumber(Requests.RETURN));

    assertThat(response.message()).isEqualTo("Success");
  }

  @Test
  void asyncViewFailsTheFutureForAnInvalidRequestAndSendsNothing() {
    var future = truedy.async().telephony().unassignPhoneNumber(Requests.UNASSIGN.toBuilder().numberId(null).build());

    assertThat(catchThrowable(future::join)).isInstanceOf(CompletionException.class).cause().isInstanceOf(InvalidRequestException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void rawResponseCarriesStatusHeadersAndTypedBody() {
    server.enqueue(new MockResponse().setResponseCode(200).addHeader("X-Request-Id", "req_1").setBody(Requests.TRUEDY_200));

    RawResponse<UnassignPhoneNumberResponse> raw = truedy.telephony().withRawResponse().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().firstValue("x-request-id")).contains("req_1");
    assertThat(raw.body().data().number()).isEqualTo("+18005559876");
  }

  @Test
  void rawResponseReportsTheAttemptThatSucceededAfterARetry() {
    server.enqueue(new MockResponse().setResponseCode(503).addHeader("X-Attempt", "1"));
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200).addHeader("X-Attempt", "2"));

    RawResponse<UnassignPhoneNumberResponse> raw = truedy.telephony().withRawResponse().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.headers().values("X-Attempt")).containsExactly("2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void rawResponseMapsAnErrorStatusToItsException() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"error\":{\"code\":\"not_found\",\"message\":\"no\"}}"));

    Throwable error = catchThrowable(() -> truedy.telephony().withRawResponse().unassignPhoneNumber(Requests.UNASSIGN));

    assertThat(error).isInstanceOf(NotFoundException.class);
  }

  @Test
  void rawResponseValidatesTheRequestBeforeSending() {
    Throwable error = catchThrowable(
        () -> truedy.telephony().withRawResponse().unassignPhoneNumber(Requests.UNASSIGN.toBuilder().numberId(null).build()));

    assertThat(error).isInstanceOf(InvalidRequestException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void rawResponseKeepsTheSuccessFlagCheck() {
    server.enqueue(new MockResponse().setBody("{\"success\":false,\"message\":\"Number not found\"}"));

    Throwable error = catchThrowable(() -> vida.phoneNumbers().withRawResponse().returnPhoneNumber(Requests.RETURN));

    assertThat(error).isInstanceOf(UnsuccessfulResponseException.class);
  }

  @Test
  void asyncRawResponseCompletesWithStatusAndBody() {
    server.enqueue(new MockResponse().setResponseCode(201).setBody(Requests.VIDA_200));

    RawResponse<ReturnPhoneNumberResponse> raw =
        Await.join(vida.async().phoneNumbers().withRawResponse().returnPhoneNumber(Requests.RETURN));

    assertThat(raw.statusCode()).isEqualTo(201);
    assertThat(raw.body().success()).isTrue();
  }

  @Test
  void asyncRawResponseKeepsTheSuccessFlagCheck() {
    server.enqueue(new MockResponse().setBody("{\"success\":false,\"message\":\"Number not found\"}"));

    Throwable error = catchThrowable(() -> Await.join(vida.async().phoneNumbers().withRawResponse().returnPhoneNumber(Requests.RETURN)));

    assertThat(error).isInstanceOf(CompletionException.class).hasCauseInstanceOf(UnsuccessfulResponseException.class);
  }

  @Test
  void cancellingAnAsyncRawResponseCancelsTheCall() throws Exception {
    CancelledCalls calls = new CancelledCalls();
    TruedyClient withListener = truedy.newBuilder().okHttpClient(calls.http()).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    var future = withListener.async().telephony().withRawResponse().unassignPhoneNumber(Requests.UNASSIGN);
    server.takeRequest(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS);
    future.cancel(true);

    assertThat(calls.awaitCancel()).isTrue();
  }

  @Test
  void asyncRawResponseFailureArrivesUnwrapped() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
    var seen = new java.util.concurrent.atomic.AtomicReference<Throwable>();

    Await.join(truedy.async().telephony().withRawResponse().unassignPhoneNumber(Requests.UNASSIGN)
        .handle((raw, failure) -> {
          seen.set(failure);
          return null;
        }));

    assertThat(seen.get()).isInstanceOf(NotFoundException.class);
  }

  @Test
  void retrofitInterfacesStayReachableAndAuthenticated() throws Exception {
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));

    var response = truedy.retrofit().telephony().unassignPhoneNumber(Requests.UNASSIGN).execute();

    assertThat(response.code()).isEqualTo(200);
    assertThat(server.takeRequest(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS).getHeader("Authorization")).isEqualTo("Bearer tr_secret_key");
  }

  @Test
  void retrofitCallCancelledBeforeItIsSentNeverReachesTheServer() {
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));
    var call = truedy.retrofit().telephony().unassignPhoneNumber(Requests.UNASSIGN);
    call.cancel();

    Throwable error = catchThrowable(call::execute);

    assertThat(error).isInstanceOf(IOException.class);
    assertThat(call.isCanceled()).isTrue();
    assertThat(server.getRequestCount()).isZero();
  }
}
