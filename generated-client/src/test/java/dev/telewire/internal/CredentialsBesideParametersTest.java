package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.Servers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The credential is added beside an operation's own parameter of the same name (the generated
 * {@code queryToken}, {@code headerXKey}), never over it.
 */
class CredentialsBesideParametersTest {
  private final MockWebServer server = Servers.failingFast();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private RecordedRequest send(Credentials.Placement placement, String name, Request.Builder request) throws Exception {
    server.enqueue(new MockResponse());
    Credentials credentials = new Credentials(server.url("/"), placement, name, Secret.of("token", "s3cret-value"));
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(credentials).build();
    try (Response ignored = client.newCall(request.build()).execute()) {
      return server.takeRequest();
    }
  }

  @Test
  void queryCredentialIsAddedAfterAParameterOfTheSameName() throws Exception {
    RecordedRequest request = send(Credentials.Placement.QUERY, "token",
        new Request.Builder().url(server.url("/notes?token=page-2")));

    assertThat(request.getRequestUrl().queryParameterValues("token")).containsExactly("page-2", "s3cret-value");
  }

  @Test
  void headerCredentialIsAddedBesideAHeaderOfTheSameName() throws Exception {
    RecordedRequest request = send(Credentials.Placement.HEADER, "X-Key",
        new Request.Builder().url(server.url("/notes")).header("X-Key", "own"));

    assertThat(request.getHeaders().values("X-Key")).containsExactly("own", "s3cret-value");
  }
}
