package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.NotFoundException;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** The SDK's own response headers, as {@code ApiException.headers()} hands them out. */
class HeadersTest {
  private static NotFoundException notFound(MockResponse response) throws Exception {
    try (MockWebServer server = Servers.failingFast()) {
      server.enqueue(response.setResponseCode(404));
      TruedyClient client = TruedyClient.builder().apiKey("tr_secret_123").baseUrl(server.url("/").toString()).build();
      return catchThrowableOfType(NotFoundException.class, () -> client.telephony().unassignPhoneNumber(Requests.UNASSIGN));
    }
  }

  @Test
  void exceptionHeadersAreReadIgnoringCase() throws Exception {
    NotFoundException error = notFound(new MockResponse().setHeader("X-Request-Id", "req-9"));

    assertThat(error.headers().firstValue("x-request-id")).contains("req-9");
    assertThat(error.headers().values("X-REQUEST-ID")).containsExactly("req-9");
  }

  @Test
  void headerThatWasNotSentIsEmpty() throws Exception {
    NotFoundException error = notFound(new MockResponse());

    assertThat(error.headers().firstValue("X-Missing")).isEmpty();
    assertThat(error.headers().values("X-Missing")).isEmpty();
  }

  @Test
  void repeatedHeaderKeepsEveryValueInOrder() throws Exception {
    NotFoundException error = notFound(new MockResponse().addHeader("Warning", "one").addHeader("Warning", "two"));

    assertThat(error.headers().values("warning")).containsExactly("one", "two");
  }

  @Test
  void toStringMasksCookiesAndTokensButShowsTheRest() throws Exception {
    NotFoundException error = notFound(new MockResponse()
        .setHeader("Set-Cookie", "session=abc123def").setHeader("X-Refresh-Token", "rt_456789").setHeader("X-Trace", "t-1"));

    assertThat(error.headers().toString()).doesNotContain("abc123def").doesNotContain("rt_456789").contains("X-Trace: t-1");
  }

  @Test
  void namesDifferingOnlyInCaseAreMerged() {
    Headers headers = Headers.of(Map.of("Accept", List.of("a"), "ACCEPT", List.of("b")));

    assertThat(headers.values("accept")).containsExactlyInAnyOrder("a", "b");
    assertThat(headers.size()).isEqualTo(1);
  }
}
