package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The services build simple requests themselves rather than through Retrofit: what reaches the
 * server must be what the generated Retrofit interface sends for the same arguments.
 */
class ServiceRequestTest {
  private final MockWebServer server = Servers.failingFast();

  @BeforeEach
  void start() throws IOException {
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @Test
  void truedyServiceSendsWhatItsRetrofitInterfaceSends() throws Exception {
    TruedyClient client = TruedyClient.builder().apiKey(VendorCall.TRUEDY_KEY).baseUrl(server.url("/").toString()).build();
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));
    server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));

    client.telephony().unassignPhoneNumber(Requests.UNASSIGN);
    client.retrofit().telephony().unassignPhoneNumber(Requests.UNASSIGN).execute();

    RecordedRequest service = server.takeRequest();
    assertThat(service.getHeader("X-Idempotency-Key")).isNotBlank();
    assertSameRequest(service, server.takeRequest(), "X-Idempotency-Key");
  }

  @Test
  void vidaServiceSendsWhatItsRetrofitInterfaceSends() throws Exception {
    VidaClient client = VidaClient.builder().apiToken(VendorCall.VIDA_TOKEN).baseUrl(server.url("/v2/").toString()).build();
    server.enqueue(new MockResponse().setBody(Requests.VIDA_200));
    server.enqueue(new MockResponse().setBody(Requests.VIDA_200));

    client.phoneNumbers().returnPhoneNumber(Requests.RETURN);
    client.retrofit().phoneNumbers().returnPhoneNumber(Requests.RETURN).execute();

    assertSameRequest(server.takeRequest(), server.takeRequest(), null);
  }

  @Test
  void vidaTokenIsSentOnceBesideExtraQueryParameters() throws Exception {
    VidaClient client = VidaClient.builder().apiToken(VendorCall.VIDA_TOKEN).baseUrl(server.url("/").toString()).build();
    server.enqueue(new MockResponse().setBody(Requests.VIDA_200));

    client.phoneNumbers().returnPhoneNumber(Requests.RETURN, RequestOptions.builder().putQueryParam("trace", "on").build());

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getRequestUrl().queryParameterValues("token")).containsExactly(VendorCall.VIDA_TOKEN);
    assertThat(sent.getRequestUrl().queryParameter("trace")).isEqualTo("on");
  }

  @Test
  void vidaTokenIsSentOnceThroughTheCallersClientWithAnInterceptor() throws Exception {
    OkHttpClient withInterceptor = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Trace", "1").build()))
        .build();
    VidaClient client = VidaClient.builder().apiToken(VendorCall.VIDA_TOKEN).baseUrl(server.url("/").toString())
        .okHttpClient(withInterceptor).build();
    server.enqueue(new MockResponse().setBody(Requests.VIDA_200));

    client.phoneNumbers().returnPhoneNumber(Requests.RETURN);

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getRequestUrl().queryParameterValues("token")).containsExactly(VendorCall.VIDA_TOKEN);
    assertThat(sent.getHeader("X-Trace")).isEqualTo("1");
  }

  /** Same method, path with query, headers (but the per-call idempotency key) and body bytes. */
  private static void assertSameRequest(RecordedRequest service, RecordedRequest retrofit, String perCallHeader) {
    assertThat(service.getMethod()).isEqualTo(retrofit.getMethod());
    assertThat(service.getPath()).isEqualTo(retrofit.getPath());
    assertThat(headers(service, perCallHeader)).isEqualTo(headers(retrofit, perCallHeader));
    assertThat(service.getBody().readUtf8()).isEqualTo(retrofit.getBody().readUtf8()).isNotEmpty();
  }

  private static Map<String, Object> headers(RecordedRequest request, String perCallHeader) {
    Map<String, Object> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.getHeaders().toMultimap().forEach((name, values) -> {
      if (!name.equalsIgnoreCase(perCallHeader)) {
        headers.put(name, values);
      }
    });
    return headers;
  }
}
