package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class UserAgentTest {
  @Test
  void userAgentNamesTheSdkItsVersionAndJava() throws Exception {
    try (MockWebServer server = Servers.failingFast()) {
      server.enqueue(new MockResponse().setBody(Requests.VIDA_200));
      VidaClient client = VidaClient.builder().apiToken("vida_secret").baseUrl(server.url("/").toString()).build();

      client.phoneNumbers().returnPhoneNumber(Requests.RETURN);

      assertThat(server.takeRequest().getHeader("User-Agent"))
          .matches("telewire-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? Java/" + System.getProperty("java.version").replace(".", "\\."));
    }
  }
}
