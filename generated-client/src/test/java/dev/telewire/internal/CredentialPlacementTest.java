package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.telewire.LogLevel;
import dev.telewire.LogLines;
import dev.telewire.Servers;
import dev.telewire.errors.UnexpectedStatusException;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Url;

/**
 * Every placement of the credential (bearer, another header, the query, a cookie) goes to the
 * configured origin only: never to another host named with Retrofit's {@code @Url}, never after a
 * redirect elsewhere, and never readable in HEADERS or BODY logs.
 */
class CredentialPlacementTest {
  private static final String SECRET = "s3cr3t_credential_42";

  private final MockWebServer api = Servers.failingFast();
  private final MockWebServer elsewhere = Servers.failingFast();
  private final Logger httpLogger = Logger.getLogger(HttpLogging.LOGGER);
  private final LogLines capture = new LogLines();
  private final List<String> logLines = capture.lines();

  /** A raw interface like the generated ones, with a call to any URL. */
  interface Raw {
    @GET
    Call<ResponseBody> get(@Url String url);

    @GET("things")
    Call<ResponseBody> things(@Header("Cookie") String cookie);
  }

  @BeforeEach
  void start() throws Exception {
    api.start();
    elsewhere.start();
    httpLogger.setLevel(Level.ALL);
    httpLogger.addHandler(capture);
  }

  @AfterEach
  void stop() throws Exception {
    httpLogger.removeHandler(capture);
    httpLogger.setLevel(null);
    api.shutdown();
    elsewhere.shutdown();
  }

  private static String nameOf(Credentials.Placement placement) {
    return switch (placement) {
      case BEARER_HEADER -> "Authorization";
      case HEADER -> "X-Api-Key";
      case QUERY -> "api_key";
      case COOKIE -> "session";
    };
  }

  private ClientSettings settings(Credentials.Placement placement, LogLevel level) {
    Vendor vendor = new Vendor(
        "Acme", "apiKey", "ACME_API_KEY", "ACME_BASE_URL", "https://api.acme.test/", placement, nameOf(placement));
    ClientSettings.Builder builder = ClientSettings.builder(vendor);
    builder.key(SECRET);
    builder.options().baseUrl(api.url("/").toString());
    builder.options().logLevel(level);
    builder.options().environment(name -> null);
    builder.options().sleeper(new NoWaits());
    return builder.build();
  }

  private Raw raw(Credentials.Placement placement, LogLevel level) {
    return settings(placement, level).retrofit().create(Raw.class);
  }

  private static void send(Call<ResponseBody> call) throws java.io.IOException {
    try (ResponseBody body = call.execute().body()) {
      // Only the request matters.
    }
  }

  /** The request line and every header value (Headers.toString() would mask Authorization and Cookie). */
  private static String everything(RecordedRequest request) {
    StringBuilder text = new StringBuilder(request.getRequestLine());
    request.getHeaders().forEach(header -> text.append('\n').append(header.getFirst()).append(": ").append(header.getSecond()));
    return text.toString();
  }

  @ParameterizedTest
  @EnumSource(Credentials.Placement.class)
  void credentialTravelsToTheConfiguredOrigin(Credentials.Placement placement) throws Exception {
    api.enqueue(new MockResponse());

    send(raw(placement, LogLevel.NONE).get(api.url("/things").toString()));

    assertThat(everything(api.takeRequest())).contains(SECRET);
  }

  @ParameterizedTest
  @EnumSource(Credentials.Placement.class)
  void requestToAnotherHostWithUrlNeverCarriesTheCredential(Credentials.Placement placement) throws Exception {
    elsewhere.enqueue(new MockResponse());

    send(raw(placement, LogLevel.NONE).get(elsewhere.url("/download?x=1").toString()));

    assertThat(everything(elsewhere.takeRequest())).doesNotContain(SECRET);
  }

  @Test
  void cookieCredentialIsAddedToTheRequestsOwnCookies() throws Exception {
    api.enqueue(new MockResponse());

    send(raw(Credentials.Placement.COOKIE, LogLevel.NONE).things("theme=dark"));

    assertThat(api.takeRequest().getHeader("Cookie")).isEqualTo("theme=dark; session=" + SECRET);
  }

  @ParameterizedTest
  @EnumSource(Credentials.Placement.class)
  void redirectToAnotherOriginIsNotFollowed(Credentials.Placement placement) {
    api.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", elsewhere.url("/steal?api_key=" + SECRET)));
    elsewhere.enqueue(new MockResponse());

    catchThrowable(() -> raw(placement, LogLevel.NONE).get(api.url("/things").toString()).execute());

    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Credentials.Placement.class)
  void redirectToAnotherOriginThroughTheCallerThrowsUnexpectedStatus(Credentials.Placement placement) {
    api.enqueue(new MockResponse().setResponseCode(308).setHeader("Location", elsewhere.url("/steal")));
    ClientSettings settings = settings(placement, LogLevel.NONE);

    Throwable error = catchThrowable(() -> settings.caller().execute(
        settings.retrofit().create(Raw.class).get(api.url("/things").toString()).request(), null, dev.telewire.RequestOptions.none()));

    assertThat(error).isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("another origin");
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = LogLevel.class, names = {"HEADERS", "BODY"})
  void authorizationHeaderIsRedactedByNameInTheLog(LogLevel level) throws Exception {
    api.enqueue(new MockResponse());

    send(raw(Credentials.Placement.BEARER_HEADER, level).get(api.url("/things").toString()));

    assertThat(logLines).contains("Authorization: \u2588\u2588");
  }

  @ParameterizedTest
  @EnumSource(value = LogLevel.class, names = {"HEADERS", "BODY"})
  void apiKeyHeaderIsRedactedByNameInTheLog(LogLevel level) throws Exception {
    api.enqueue(new MockResponse());

    send(raw(Credentials.Placement.HEADER, level).get(api.url("/things").toString()));

    assertThat(logLines).contains("X-Api-Key: \u2588\u2588");
  }

  @ParameterizedTest
  @EnumSource(value = LogLevel.class, names = {"HEADERS", "BODY"})
  void cookieHeaderIsRedactedByNameInTheLog(LogLevel level) throws Exception {
    api.enqueue(new MockResponse());

    send(raw(Credentials.Placement.COOKIE, level).get(api.url("/things").toString()));

    assertThat(logLines).contains("Cookie: \u2588\u2588");
  }

  @Test
  void queryParameterNamedByTheSchemeIsMaskedInTheLogWhateverItsValue() throws Exception {
    elsewhere.enqueue(new MockResponse());

    send(raw(Credentials.Placement.QUERY, LogLevel.BASIC).get(elsewhere.url("/things?api_key=someone_elses").toString()));

    assertThat(String.join("\n", logLines)).contains("api_key=" + Secret.MASK).doesNotContain("someone_elses");
  }

  @Test
  void queryParameterTheSchemeDoesNotNameIsLoggedAsIs() throws Exception {
    api.enqueue(new MockResponse());

    send(raw(Credentials.Placement.BEARER_HEADER, LogLevel.BASIC).get(api.url("/things?token=page_two").toString()));

    assertThat(String.join("\n", logLines)).contains("token=page_two");
  }

  @Test
  void cookieCredentialWithASemicolonIsRefused() {
    Vendor vendor = new Vendor("Acme", "apiKey", "ACME_API_KEY", "ACME_BASE_URL", "https://api.acme.test/",
        Credentials.Placement.COOKIE, "session");
    ClientSettings.Builder builder = ClientSettings.builder(vendor);
    builder.key("abc;def=ghi");

    assertThat(catchThrowable(builder::build)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiKey").hasMessageContaining("cookie").hasMessageNotContaining("abc;def");
  }

  /** Never waits. */
  private static final class NoWaits implements Sleeper {
    @Override
    public void sleep(java.time.Duration duration) {}

    @Override
    public java.util.concurrent.CompletableFuture<Void> delay(java.time.Duration duration) {
      return java.util.concurrent.CompletableFuture.completedFuture(null);
    }
  }
}
