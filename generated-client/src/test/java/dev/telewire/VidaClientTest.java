package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.vida.model.ReturnPhoneNumberRequest;
import dev.telewire.vida.model.ReturnPhoneNumberResponse;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VidaClientTest {
  static final String DOCUMENTED_200 = "{\"success\":true,\"message\":\"Success\",\"extra\":{\"a\":[1,2]}}";

  private final MockWebServer server = Servers.failingFast();
  private VidaClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = VidaClient.builder().apiToken("tok+en/=&?x").baseUrl(server.url("/").toString()).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static ReturnPhoneNumberRequest request() {
    return ReturnPhoneNumberRequest.builder().number("+12145551234").build();
  }

  @Test
  void returnPostsToTheOperationPath() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    client.phoneNumbers().returnPhoneNumber(request());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getRequestUrl().encodedPath()).isEqualTo("/api/v2/phoneNumber/return");
  }

  @Test
  void returnSendsTheTokenUrlEncodedAsQueryParameter() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    client.phoneNumbers().returnPhoneNumber(request());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getRequestUrl().encodedQuery()).isEqualTo("token=tok%2Ben%2F%3D%26%3Fx");
    assertThat(recorded.getRequestUrl().queryParameter("token")).isEqualTo("tok+en/=&?x");
    assertThat(recorded.getHeader("Authorization")).isNull();
  }

  @Test
  void returnSendsJsonWithTheSpecFieldNames() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    client.phoneNumbers().returnPhoneNumber(request());

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(recorded.getBody().readUtf8()).isEqualTo("{\"number\":\"+12145551234\"}");
  }

  @Test
  void returnParsesTheDocumentedResponseIgnoringUnknownFields() {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    ReturnPhoneNumberResponse response = client.phoneNumbers().returnPhoneNumber(request());

    assertThat(response.success()).isTrue();
    assertThat(response.message()).isEqualTo("Success");
  }

  @Test
  void generatedInterfaceIsReachableAndAuthenticated() throws Exception {
    server.enqueue(new MockResponse().setBody(DOCUMENTED_200));

    var response = client.retrofit().phoneNumbers().returnPhoneNumber(request()).execute();

    assertThat(response.body().success()).isTrue();
    assertThat(server.takeRequest().getRequestUrl().queryParameter("token")).isEqualTo("tok+en/=&?x");
  }
}
