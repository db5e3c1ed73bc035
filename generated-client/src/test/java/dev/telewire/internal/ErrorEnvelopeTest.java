package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.squareup.moshi.JsonAdapter;
import dev.telewire.RequestOptions;
import dev.telewire.Servers;
import dev.telewire.errors.ApiException;
import dev.telewire.errors.FieldError;
import dev.telewire.errors.UnprocessableEntityException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * A made-up third vendor whose error bodies look like {@code {"errors":[{"code","detail"}],
 * "traceId"}}: its declared {@link ErrorEnvelope} alone gives the exceptions their code, message,
 * request id and field errors, through the same runtime the generated clients use.
 */
class ErrorEnvelopeTest {
  // Built per test rather than while the class loads, so the envelope code runs inside each test.
  private final ErrorEnvelope acme = ErrorEnvelope.builder()
      .code("/errors/0/code")
      .message("/errors/0/detail")
      .requestId("traceId")
      .fieldErrors("/errors", "/source/pointer", "/detail", "/code")
      .build();
  private static final JsonAdapter<Object> ANY = Json.MOSHI.adapter(Object.class);

  private final MockWebServer server = Servers.failingFast();

  interface Things {
    @GET("things")
    Call<Object> list();
  }

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private ClientSettings settings(ErrorEnvelope envelope) {
    Vendor vendor = new Vendor("Acme", "apiKey", "ACME_API_KEY", "ACME_BASE_URL", "https://api.acme.test/",
        Credentials.Placement.BEARER_HEADER, "Authorization", envelope);
    ClientSettings.Builder builder = ClientSettings.builder(vendor);
    builder.key("acme_secret_key");
    builder.options().baseUrl(server.url("/").toString()).environment(name -> null);
    return builder.build();
  }

  private ApiException failure(ErrorEnvelope envelope) {
    ClientSettings settings = settings(envelope);
    Things things = settings.retrofit().create(Things.class);
    return catchThrowableOfType(
        () -> settings.caller().execute(things.list().request(), ANY, RequestOptions.none()), ApiException.class);
  }

  @Test
  void declaredEnvelopeGivesCodeMessageAndRequestId() {
    server.enqueue(new MockResponse().setResponseCode(409)
        .setBody("{\"errors\":[{\"code\":\"name_taken\",\"detail\":\"That name is in use\"}],\"traceId\":\"tr-77\"}"));

    ApiException error = failure(acme);

    assertThat(error.statusCode()).isEqualTo(409);
    assertThat(error.errorCode()).contains("name_taken");
    assertThat(error.errorMessage()).contains("That name is in use");
    assertThat(error.requestId()).contains("tr-77");
  }

  @Test
  void declaredEnvelopeGivesFieldErrorsOfA422() {
    server.enqueue(new MockResponse().setResponseCode(422).setBody(
        "{\"errors\":[{\"code\":\"too_long\",\"detail\":\"At most 10\",\"source\":{\"pointer\":\"/name\"}}]}"));

    ApiException error = failure(acme);

    assertThat(error).isInstanceOf(UnprocessableEntityException.class);
    assertThat(((UnprocessableEntityException) error).fieldErrors())
        .containsExactly(new FieldError("/name", "At most 10", "too_long"));
  }

  @Test
  void fieldLocationGivenAsAListIsJoinedWithWholeNumbersAsIntegers() {
    ErrorEnvelope listed = ErrorEnvelope.builder().fieldErrors("/detail", "/loc", "/msg", "/type").build();
    server.enqueue(new MockResponse().setResponseCode(422).setBody(
        "{\"detail\":[{\"loc\":[\"body\",\"items\",0,\"price\",1.5],\"msg\":\"bad\",\"type\":\"value_error\"}]}"));

    ApiException error = failure(listed);

    assertThat(((UnprocessableEntityException) error).fieldErrors())
        .containsExactly(new FieldError("body.items.0.price.1.5", "bad", "value_error"));
  }

  @Test
  void numericAndBooleanCodesAreReadAsText() {
    ErrorEnvelope numeric = ErrorEnvelope.builder().code("/code").message("/retry").requestId("/ratio").build();
    server.enqueue(new MockResponse().setResponseCode(409).setBody("{\"code\":4091,\"retry\":true,\"ratio\":0.5}"));

    ApiException error = failure(numeric);

    assertThat(error.errorCode()).contains("4091");
    assertThat(error.errorMessage()).contains("true");
    assertThat(error.requestId()).contains("0.5");
  }

  @Test
  void objectWhereACodeShouldBeIsNoCode() {
    ErrorEnvelope nested = ErrorEnvelope.builder().code("/error").build();
    server.enqueue(new MockResponse().setResponseCode(409).setBody("{\"error\":{\"code\":\"x\"}}"));

    assertThat(failure(nested).errorCode()).isEmpty();
  }

  @Test
  void commonEnvelopeFindsNothingInTheThirdVendorsBody() {
    server.enqueue(new MockResponse().setResponseCode(409)
        .setBody("{\"errors\":[{\"code\":\"name_taken\",\"detail\":\"That name is in use\"}],\"traceId\":\"tr-77\"}"));

    ApiException error = failure(ErrorEnvelope.COMMON);

    assertThat(error.errorCode()).isEmpty();
    assertThat(error.errorMessage()).isEmpty();
    assertThat(error.requestId()).isEmpty();
  }

  @Test
  void propertyNamesAreReadAsTopLevelMembers() {
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"kind\":\"bad_input\",\"why/how\":\"Missing name\"}"));

    ApiException error = failure(ErrorEnvelope.builder().code("kind").message("why/how").build());

    assertThat(error.errorCode()).contains("bad_input");
    assertThat(error.errorMessage()).contains("Missing name");
  }

  @Test
  void pointerIntoAnHtmlBodyStillGivesTheStatusException() {
    server.enqueue(new MockResponse().setResponseCode(409).setBody("<html>busy</html>"));

    ApiException error = failure(acme);

    assertThat(error.statusCode()).isEqualTo(409);
    assertThat(error.errorCode()).isEmpty();
    assertThat(error.body()).isEqualTo("<html>busy</html>");
  }
}
