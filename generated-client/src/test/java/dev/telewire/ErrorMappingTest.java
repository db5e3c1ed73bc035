package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.ApiException;
import dev.telewire.errors.BadRequestException;
import dev.telewire.errors.PermissionDeniedException;
import dev.telewire.errors.UnexpectedStatusException;
import dev.telewire.errors.InternalServerException;
import dev.telewire.errors.NotFoundException;
import dev.telewire.errors.RateLimitException;
import dev.telewire.errors.UnauthorizedException;
import dev.telewire.errors.UnprocessableEntityException;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.vida.model.ReturnPhoneNumberRequest;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
  private final MockWebServer server = Servers.failingFast();
  private TruedyClient truedy;
  private VidaClient vida;

  @BeforeEach
  void start() throws Exception {
    server.start();
    truedy = TruedyClient.builder().apiKey("tr_secret").baseUrl(server.url("/v1/").toString()).maxRetries(0).build();
    vida = VidaClient.builder().apiToken("vida_secret").baseUrl(server.url("/").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private ApiException truedyFailure() {
    return catchThrowableOfType(
        ApiException.class,
        () -> truedy.telephony().unassignPhoneNumber(
            PhoneNumberUnassignRequest.builder().numberId("num_1").assignmentType(AssignmentType.INBOUND).build()));
  }

  @Test
  void truedy404CarriesTheVendorCodeAndMessage() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody("{\"error\":{\"code\":\"not_found\",\"message\":\"Phone number not found\"}}"));

    ApiException error = truedyFailure();

    assertThat(error).isInstanceOf(NotFoundException.class);
    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.errorCode()).hasValue("not_found");
    assertThat(error.errorMessage()).hasValue("Phone number not found");
    assertThat(error.getMessage()).contains("404").contains("not_found").doesNotContain("tr_secret");
  }

  @Test
  void truedy422CarriesTheFieldErrors() {
    server.enqueue(new MockResponse().setResponseCode(422)
        .setBody("{\"detail\":[{\"loc\":[\"body\",\"assignment_type\"],\"msg\":\"bad value\",\"type\":\"enum\"}]}"));

    ApiException error = truedyFailure();

    assertThat(error).isInstanceOf(UnprocessableEntityException.class);
    var fieldError = ((UnprocessableEntityException) error).fieldErrors().get(0);
    assertThat(fieldError.field()).isEqualTo("body.assignment_type");
    assertThat(fieldError.message()).isEqualTo("bad value");
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7")
        .setBody("{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}"));

    ApiException error = truedyFailure();

    assertThat(((RateLimitException) error).retryAfter()).hasValue(Duration.ofSeconds(7));
  }

  @Test
  void htmlFromAProxyStillGivesTheStatusException() {
    server.enqueue(new MockResponse().setResponseCode(502).setBody("<html><body>Bad Gateway</body></html>"));

    ApiException error = truedyFailure();

    assertThat(error).isInstanceOf(InternalServerException.class);
    assertThat(error.errorCode()).isEmpty();
    assertThat(error.body()).contains("Bad Gateway");
  }

  @Test
  void vida404CarriesTheMessage() {
    server.enqueue(new MockResponse().setResponseCode(404)
        .setBody("{\"success\":false,\"message\":\"Number not on this account\"}"));

    ApiException error = catchThrowableOfType(ApiException.class,
        () -> vida.phoneNumbers().returnPhoneNumber(ReturnPhoneNumberRequest.builder().number("+12145551234").build()));

    assertThat(error).isInstanceOf(NotFoundException.class);
    assertThat(error.errorMessage()).hasValue("Number not on this account");
    assertThat(error.getMessage()).doesNotContain("vida_secret");
  }

  @Test
  void vida401WithoutBodyIsUnauthorized() {
    server.enqueue(new MockResponse().setResponseCode(401));

    ApiException error = catchThrowableOfType(ApiException.class,
        () -> vida.phoneNumbers().returnPhoneNumber(ReturnPhoneNumberRequest.builder().number("+12145551234").build()));

    assertThat(error).isInstanceOf(UnauthorizedException.class);
    assertThat(error.body()).isEmpty();
  }

  @ParameterizedTest(name = "Truedy HTTP {0} throws {1}")
  @CsvSource({
    "400, BadRequestException",
    "401, UnauthorizedException",
    "403, PermissionDeniedException",
    "404, NotFoundException",
    "422, UnprocessableEntityException",
    "429, RateLimitException",
    "500, InternalServerException",
    "502, InternalServerException",
    "503, InternalServerException",
    "504, InternalServerException",
    "409, UnexpectedStatusException",
    "418, UnexpectedStatusException",
    "304, UnexpectedStatusException"
  })
  void truedyStatusMapsToItsException(int status, String exception) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setBody(status == 304 ? "" : "{\"error\":{\"code\":\"c\",\"message\":\"m\"}}"));

    ApiException error = truedyFailure();

    assertThat(error.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(error.statusCode()).isEqualTo(status);
  }

  @ParameterizedTest(name = "Vida HTTP {0} throws {1}")
  @CsvSource({
    "400, BadRequestException",
    "401, UnauthorizedException",
    "403, PermissionDeniedException",
    "404, NotFoundException",
    "422, UnprocessableEntityException",
    "429, RateLimitException",
    "500, InternalServerException",
    "503, InternalServerException",
    "409, UnexpectedStatusException"
  })
  void vidaStatusMapsToItsException(int status, String exception) {
    server.enqueue(new MockResponse().setResponseCode(status).setBody("{\"success\":false,\"message\":\"no\"}"));

    ApiException error = catchThrowableOfType(ApiException.class, () -> vida.phoneNumbers().returnPhoneNumber(Requests.RETURN));

    assertThat(error.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(error.errorMessage()).hasValue("no");
  }

  @Test
  void requestIdComesFromTheResponseHeader() {
    server.enqueue(new MockResponse().setResponseCode(400).setHeader("X-Request-Id", "req_hdr_1").setBody("{}"));

    ApiException error = truedyFailure();

    assertThat(error).isInstanceOf(BadRequestException.class);
    assertThat(error.requestId()).hasValue("req_hdr_1");
    assertThat(error.getMessage()).contains("req_hdr_1");
  }

  @Test
  void errorBodySnippetIsBounded() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("x".repeat(100_000)));

    ApiException error = truedyFailure();

    assertThat(error.body()).hasSize(4096);
  }

  @Test
  void truncatedErrorJsonStillGivesTheStatusException() {
    server.enqueue(new MockResponse().setResponseCode(403).setBody("{\"error\":{\"code\":\"forb"));

    ApiException error = truedyFailure();

    assertThat(error).isInstanceOf(PermissionDeniedException.class);
    assertThat(error.errorCode()).isEmpty();
    assertThat(error.body()).isEqualTo("{\"error\":{\"code\":\"forb");
  }

  @Test
  void errorBodyOfTheWrongShapeStillGivesTheStatusException() {
    server.enqueue(new MockResponse().setResponseCode(418).setBody("[1,2,3]"));

    ApiException error = truedyFailure();

    assertThat(error).isInstanceOf(UnexpectedStatusException.class);
    assertThat(error.errorMessage()).isEmpty();
  }
}
