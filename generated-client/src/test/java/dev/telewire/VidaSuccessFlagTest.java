package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.UnsuccessfulResponseException;
import dev.telewire.vida.model.ReturnPhoneNumberRequest;
import dev.telewire.vida.model.ReturnPhoneNumberResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Vida's overlay marks {@code success} as the 200 body's success flag: false there is a failure. */
class VidaSuccessFlagTest {
  private static final String TOKEN = "tok+en/=&?x";

  private final MockWebServer server = Servers.failingFast();
  private VidaClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = VidaClient.builder().apiToken(TOKEN).baseUrl(server.url("/").toString()).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static ReturnPhoneNumberRequest request() {
    return ReturnPhoneNumberRequest.builder().number("+12145551234").build();
  }

  @Test
  void successFalseThrowsWithTheVendorsMessageAndTheBody() {
    server.enqueue(new MockResponse().setBody("{\"success\":false,\"message\":\"Number is not yours\"}"));

    UnsuccessfulResponseException error =
        catchThrowableOfType(UnsuccessfulResponseException.class, () -> client.phoneNumbers().returnPhoneNumber(request()));

    assertThat(error).hasMessageContaining("success=false").hasMessageContaining("Number is not yours");
    assertThat(((ReturnPhoneNumberResponse) error.body()).message()).isEqualTo("Number is not yours");
  }

  @Test
  void bodyAsTheDocumentedTypeGivesTheTypedResponse() {
    server.enqueue(new MockResponse().setBody("{\"success\":false,\"message\":\"Number is not yours\"}"));

    UnsuccessfulResponseException error =
        catchThrowableOfType(UnsuccessfulResponseException.class, () -> client.phoneNumbers().returnPhoneNumber(request()));

    assertThat(error.body(ReturnPhoneNumberResponse.class).message()).isEqualTo("Number is not yours");
  }

  @Test
  void bodyAsAnotherTypeFailsNamingTheBodysType() {
    server.enqueue(new MockResponse().setBody("{\"success\":false,\"message\":\"Number is not yours\"}"));

    UnsuccessfulResponseException error =
        catchThrowableOfType(UnsuccessfulResponseException.class, () -> client.phoneNumbers().returnPhoneNumber(request()));

    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> error.body(String.class)))
        .hasMessageContaining(ReturnPhoneNumberResponse.class.getName());
  }

  @Test
  void successFalseIsNotRetried() {
    server.enqueue(new MockResponse().setBody("{\"success\":false,\"message\":\"no\"}"));
    server.enqueue(new MockResponse().setBody("{\"success\":true,\"message\":\"Success\"}"));

    catchThrowableOfType(UnsuccessfulResponseException.class, () -> client.phoneNumbers().returnPhoneNumber(request()));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBodyWithoutTheFlagIsReturned() {
    server.enqueue(new MockResponse().setBody("{\"message\":\"Success\"}"));

    assertThat(client.phoneNumbers().returnPhoneNumber(request()).message()).isEqualTo("Success");
  }

  @Test
  void theCredentialEchoedInTheBodyIsRedactedFromTheMessage() {
    server.enqueue(new MockResponse().setBody("{\"success\":false,\"message\":\"token " + TOKEN + " is revoked\"}"));

    UnsuccessfulResponseException error =
        catchThrowableOfType(UnsuccessfulResponseException.class, () -> client.phoneNumbers().returnPhoneNumber(request()));

    assertThat(error.getMessage()).doesNotContain(TOKEN).contains("is revoked");
  }

  @Test
  void asyncFailsWithTheSameExceptionUnwrapped() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"success\":false,\"message\":\"Number is not yours\"}"));

    Throwable failure = client.async().phoneNumbers().returnPhoneNumber(request()).handle((body, e) -> e).get(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS);

    assertThat(failure).isInstanceOf(UnsuccessfulResponseException.class).hasMessageContaining("Number is not yours");
  }

  @Test
  void cancellingTheAsyncCallCancelsTheHttpCall() throws Exception {
    CancelledCalls calls = new CancelledCalls();
    VidaClient withListener = client.newBuilder().okHttpClient(calls.http()).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    CompletableFuture<ReturnPhoneNumberResponse> future = withListener.async().phoneNumbers().returnPhoneNumber(request());
    server.takeRequest(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS);
    future.cancel(true);

    assertThat(calls.awaitCancel()).isTrue();
  }
}
