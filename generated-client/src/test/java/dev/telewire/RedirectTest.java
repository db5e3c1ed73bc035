package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.telewire.errors.UnexpectedStatusException;
import java.io.IOException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A redirect from the vendor's origin to another origin (here another port) is not followed, so
 * neither the credential (Truedy's header, Vida's query token, even when the Location repeats
 * it) nor the body reaches it, sync or async; redirects within the origin are followed.
 */
class RedirectTest {
  private final MockWebServer api = Servers.failingFast();
  private final MockWebServer elsewhere = Servers.failingFast();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void start() throws Exception {
    api.start();
    elsewhere.start();
  }

  @AfterEach
  void stop() throws Exception {
    api.shutdown();
    elsewhere.shutdown();
  }

  /** A redirect to {@code server} that keeps the query string (with the credential), as a careless gateway does. */
  private static MockResponse redirectTo(MockWebServer server, VendorCall call, int code) {
    return new MockResponse().setResponseCode(code)
        .setHeader("Location", server.url(call.path() + "?token=" + call.credential()));
  }

  private void enqueueCrossOriginRedirects(VendorCall call) {
    for (int i = 0; i < 3; i++) {
      api.enqueue(redirectTo(elsewhere, call, 307));
      elsewhere.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(call.success()));
    }
  }

  private Throwable send(VendorCall call) {
    return call.failure(api.url("/").toString(), builder -> builder.sleeper(sleeper));
  }

  @ParameterizedTest
  @EnumSource(VendorCall.class)
  void redirectToAnotherOriginIsNotFollowed(VendorCall call) {
    enqueueCrossOriginRedirects(call);

    send(call);

    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(VendorCall.class)
  void redirectToAnotherOriginThrowsUnexpectedStatusNamingBothOrigins(VendorCall call) {
    enqueueCrossOriginRedirects(call);

    Throwable error = send(call);

    assertThat(error).isInstanceOf(UnexpectedStatusException.class)
        .hasMessageContaining("HTTP 307")
        .hasMessageContaining("another origin")
        .hasMessageContaining(":" + elsewhere.getPort())
        .hasMessageContaining(":" + api.getPort());
    assertThat(((UnexpectedStatusException) error).statusCode()).isEqualTo(307);
  }

  @ParameterizedTest
  @EnumSource(VendorCall.class)
  void redirectToAnotherOriginIsNotRetried(VendorCall call) {
    enqueueCrossOriginRedirects(call);

    send(call);

    assertThat(api.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(VendorCall.class)
  void refusedRedirectNeverShowsTheCredential(VendorCall call) {
    enqueueCrossOriginRedirects(call);

    Throwable error = send(call);

    assertThat(error.getMessage()).doesNotContain(call.credential());
    assertThat(((UnexpectedStatusException) error).headers().toString()).doesNotContain(call.credential());
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void noRedirectCodeLeadsToAnotherOrigin(int code) {
    api.enqueue(redirectTo(elsewhere, VendorCall.VIDA_SYNC, code));

    VendorCall.VIDA_SYNC.failure(api.url("/").toString(), builder -> builder.sleeper(sleeper));

    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(VendorCall.class)
  void redirectWithinTheOriginIsFollowed(VendorCall call) {
    api.enqueue(redirectTo(api, call, 307));
    api.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(call.success()));

    Throwable error = send(call);

    assertThat(error).isNull();
    assertThat(api.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(VendorCall.class)
  void redirectWithinTheOriginCarriesTheCredentialEvenWhenTheLocationDropsIt(VendorCall call) throws Exception {
    api.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", call.path() + "?moved=1"));
    api.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(call.success()));

    Throwable error = send(call);

    assertThat(error).isNull();
    api.takeRequest();
    RecordedRequest followed = api.takeRequest();
    assertThat(followed.getRequestUrl().queryParameter("moved")).isEqualTo("1");
    if (call.truedy) {
      assertThat(followed.getHeader("Authorization")).isEqualTo("Bearer " + VendorCall.TRUEDY_KEY);
    } else {
      assertThat(followed.getRequestUrl().queryParameterValues("token")).containsExactly(VendorCall.VIDA_TOKEN);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {304, 305})
  void statusOkHttpDoesNotFollowIsNotRefusedAsARedirectWhateverItsLocation(int code) {
    api.enqueue(redirectTo(elsewhere, VendorCall.TRUEDY_SYNC, code));

    Throwable error = send(VendorCall.TRUEDY_SYNC);

    assertThat(error).isInstanceOf(UnexpectedStatusException.class).hasMessageNotContaining("another origin");
    assertThat(((UnexpectedStatusException) error).statusCode()).isEqualTo(code);
  }

  @Test
  void truedyRawInterfaceCallIsNotRedirectedToAnotherOrigin() {
    api.enqueue(redirectTo(elsewhere, VendorCall.TRUEDY_SYNC, 307));
    TruedyClient client = TruedyClient.builder().apiKey(VendorCall.TRUEDY_KEY).baseUrl(api.url("/").toString()).build();

    Throwable error = catchThrowable(() -> client.retrofit().telephony().unassignPhoneNumber(Requests.UNASSIGN).execute());

    assertThat(error).isInstanceOf(IOException.class).hasMessageContaining("another origin");
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void vidaRawInterfaceCallIsNotRedirectedToAnotherOrigin() {
    api.enqueue(redirectTo(elsewhere, VendorCall.VIDA_SYNC, 307));
    VidaClient client = VidaClient.builder().apiToken(VendorCall.VIDA_TOKEN).baseUrl(api.url("/").toString()).build();

    Throwable error = catchThrowable(() -> client.retrofit().phoneNumbers().returnPhoneNumber(Requests.RETURN).execute());

    assertThat(error).isInstanceOf(IOException.class).hasMessageContaining("another origin");
    assertThat(elsewhere.getRequestCount()).isZero();
  }
}
