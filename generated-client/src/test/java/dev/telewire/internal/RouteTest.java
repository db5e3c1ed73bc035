package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.InvalidRequestException;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A route builds the URL and body of an operation's request as Retrofit would. */
class RouteTest {
  private static final HttpUrl BASE = HttpUrl.get("https://api.example.com/v2/");

  @Test
  void pathIsResolvedUnderTheBaseUrlsPath() {
    PreparedCall.Route route = PreparedCall.route("POST", "numbers/unassign", null);

    assertThat(route.url(BASE)).hasToString("https://api.example.com/v2/numbers/unassign");
  }

  @Test
  void urlIsResolvedOncePerBaseUrl() {
    PreparedCall.Route route = PreparedCall.route("GET", "numbers", null);

    assertThat(route.url(BASE)).isSameAs(route.url(BASE));
  }

  @Test
  void anotherBaseUrlIsResolvedAgain() {
    PreparedCall.Route route = PreparedCall.route("GET", "numbers", null);
    route.url(BASE);

    assertThat(route.url(HttpUrl.get("http://127.0.0.1:8080/sandbox/"))).hasToString("http://127.0.0.1:8080/sandbox/numbers");
  }

  @Test
  void bodyIsWrittenAsUtf8Json() throws IOException {
    PreparedCall.Route route = PreparedCall.route("POST", "numbers", Object.class);

    RequestBody body = route.body(Map.of("number", "+1 555 0100 ☎"));

    assertThat(body.contentType()).hasToString("application/json; charset=UTF-8");
    Buffer written = new Buffer();
    body.writeTo(written);
    assertThat(written.readUtf8()).isEqualTo("{\"number\":\"+1 555 0100 ☎\"}");
  }

  @ParameterizedTest
  @CsvSource({"POST, 0", "PUT, 0", "PATCH, 0", "DELETE, -2", "GET, -2"})
  void operationWithoutBodySendsAnEmptyOneOnlyWhereTheMethodNeedsIt(String method, long length) throws IOException {
    RequestBody body = PreparedCall.route(method, "numbers", null).body(null);

    assertThat(body == null ? -2 : body.contentLength()).isEqualTo(length);
  }

  @Test
  void bodyThatCannotBeWrittenIsRefusedNamingTheBody() {
    PreparedCall.Route route = PreparedCall.route("POST", "numbers", Object.class);

    InvalidRequestException refused = catchThrowableOfType(
        () -> route.body(Map.of("weight", Double.NaN)), InvalidRequestException.class);

    assertThat(refused.field()).isEqualTo("body");
    assertThat(refused).hasMessageContaining("not sent");
  }
}
