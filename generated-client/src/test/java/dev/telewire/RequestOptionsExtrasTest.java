package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.InvalidRequestException;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Extra headers and query parameters per call, and {@code withOptions} variants. */
class RequestOptionsExtrasTest {
  private final MockWebServer server = Servers.failingFast();
  private TruedyClient truedy;
  private VidaClient vida;

  @BeforeEach
  void start() throws Exception {
    server.start();
    truedy = TruedyClient.builder().apiKey("tr_secret_key").baseUrl(server.url("/").toString()).build();
    vida = VidaClient.builder().apiToken("vida_secret_token").baseUrl(server.url("/").toString()).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private RecordedRequest unassign(TruedyClient client, RequestOptions options) throws Exception {
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));
    client.telephony().unassignPhoneNumber(Requests.UNASSIGN, options);
    return server.takeRequest();
  }

  @Test
  void extraHeaderIsSent() throws Exception {
    RecordedRequest request = unassign(truedy, RequestOptions.builder().putHeader("X-Trace", "t-1").build());

    assertThat(request.getHeader("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void extraQueryParameterIsSent() throws Exception {
    RecordedRequest request = unassign(truedy, RequestOptions.builder().putQueryParam("dry_run", "true").build());

    assertThat(request.getRequestUrl().queryParameter("dry_run")).isEqualTo("true");
  }

  @Test
  void extraHeaderNamedAsTheCredentialIsRefusedAndNothingSent() {
    RequestOptions options = RequestOptions.builder().putHeader("authorization", "Bearer other").build();

    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
        () -> truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN, options));

    assertThat(error.field()).isEqualTo("authorization");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void extraQueryParameterNamedAsTheCredentialIsRefusedAndNothingSent() {
    RequestOptions options = RequestOptions.builder().putQueryParam("token", "other").build();

    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
        () -> vida.phoneNumbers().returnPhoneNumber(Requests.RETURN, options));

    assertThat(error.field()).isEqualTo("token");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void extraHeaderNamedLikeAQueryCredentialIsSent() throws Exception {
    server.enqueue(new MockResponse().setBody(Requests.VIDA_200));

    vida.phoneNumbers().returnPhoneNumber(Requests.RETURN, RequestOptions.builder().putHeader("token", "trace-1").build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeader("token")).isEqualTo("trace-1");
    assertThat(request.getRequestUrl().queryParameter("token")).isEqualTo("vida_secret_token");
  }

  @Test
  void extraQueryParameterIsSentBesideTheQueryCredential() throws Exception {
    server.enqueue(new MockResponse().setBody(Requests.VIDA_200));

    vida.phoneNumbers().returnPhoneNumber(Requests.RETURN, RequestOptions.builder().putQueryParam("dry_run", "true").build());

    HttpUrl url = server.takeRequest().getRequestUrl();
    assertThat(url.queryParameter("dry_run")).isEqualTo("true");
    assertThat(url.queryParameter("token")).isEqualTo("vida_secret_token");
  }

  @Test
  void extraQueryParameterNamedLikeAHeaderCredentialIsSent() throws Exception {
    RecordedRequest request = unassign(truedy, RequestOptions.builder().putQueryParam("authorization", "a-1").build());

    assertThat(request.getRequestUrl().queryParameter("authorization")).isEqualTo("a-1");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tr_secret_key");
  }

  @Test
  void withOptionsVariantSendsItsHeadersOnEveryCall() throws Exception {
    TruedyClient traced = truedy.withOptions(options -> options.putHeader("X-Trace", "t-2"));

    assertThat(unassign(traced, RequestOptions.none()).getHeader("X-Trace")).isEqualTo("t-2");
    assertThat(unassign(traced, RequestOptions.none()).getHeader("X-Trace")).isEqualTo("t-2");
  }

  @Test
  void withOptionsLeavesTheOriginalClientUnchanged() throws Exception {
    truedy.withOptions(options -> options.putHeader("X-Trace", "t-3"));

    assertThat(unassign(truedy, RequestOptions.none()).getHeader("X-Trace")).isNull();
  }

  @Test
  void perCallHeaderWinsOverTheVariantsHeader() throws Exception {
    TruedyClient traced = truedy.withOptions(options -> options.putHeader("X-Trace", "variant"));

    RecordedRequest request = unassign(traced, RequestOptions.builder().putHeader("x-trace", "call").build());

    assertThat(request.getHeaders().values("X-Trace")).containsExactly("call");
  }

  @Test
  void withOptionsVariantSharesTheConnection() throws Exception {
    OkHttpClient http = new OkHttpClient.Builder().connectionPool(new ConnectionPool()).build();
    TruedyClient client = truedy.newBuilder().okHttpClient(http).build();
    TruedyClient variant = client.withOptions(options -> options.putHeader("X-Trace", "t-4"));

    unassign(client, RequestOptions.none());
    RecordedRequest second = unassign(variant, RequestOptions.none());

    // MockWebServer numbers requests per connection: 1 means the variant reused the first one's.
    assertThat(second.getSequenceNumber()).isEqualTo(1);
  }

  @Test
  void requestOptionsToStringShowsHeaderNamesNotValues() {
    RequestOptions options = RequestOptions.builder().putHeader("X-Api-Secret", "s3cr3t_value").build();

    assertThat(options.toString()).contains("X-Api-Secret").doesNotContain("s3cr3t_value");
  }

  @Test
  void extraHeaderNamedLikeACredentialIsMaskedInLogs() throws Exception {
    Logger logger = Logger.getLogger("dev.telewire");
    LogLines capture = new LogLines();
    List<String> lines = capture.lines();
    logger.setLevel(Level.ALL);
    logger.addHandler(capture);
    try {
      TruedyClient logged = truedy.newBuilder().logLevel(LogLevel.HEADERS).build();
      unassign(logged, RequestOptions.builder().putHeader("X-Partner-Token", "p4rtn3r_secret").build());
    } finally {
      logger.removeHandler(capture);
      logger.setLevel(null);
    }

    assertThat(lines).anyMatch(line -> line.startsWith("X-Partner-Token:"));
    assertThat(lines).noneMatch(line -> line.contains("p4rtn3r_secret"));
  }
}
