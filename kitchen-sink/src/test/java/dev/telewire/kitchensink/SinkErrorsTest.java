package dev.telewire.kitchensink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.SinkErrorsClient;
import dev.telewire.errors.ApiException;
import dev.telewire.errors.FieldError;
import dev.telewire.errors.UnprocessableEntityException;
import dev.telewire.sinkerrors.model.Widget;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A vendor whose error bodies are {@code {errors:[{code,detail,source:{pointer}}],traceId}}, a shape
 * the runtime's defaults do not read: the code, message, request id and field errors come from the
 * {@code errors} map in its overlay's {@code x-telewire-client} alone.
 */
class SinkErrorsTest {
  private final MockWebServer server = new MockWebServer();
  private SinkErrorsClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = SinkErrorsClient.builder().apiKey("sink-token").baseUrl(server.url("/v1/").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private void json(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body));
  }

  private ApiException createFails() {
    return catchThrowableOfType(ApiException.class,
        () -> client.widgets().createWidget(Widget.builder().name("w").build()));
  }

  @Test
  void errorCodeComesFromTheDeclaredPointer() {
    json(409, "{\"errors\":[{\"code\":\"E1\",\"detail\":\"bad\"}],\"traceId\":\"t-1\"}");

    assertThat(createFails().errorCode()).hasValue("E1");
  }

  @Test
  void errorMessageComesFromTheDeclaredPointer() {
    json(409, "{\"errors\":[{\"code\":\"E1\",\"detail\":\"bad\"}],\"traceId\":\"t-1\"}");

    assertThat(createFails().errorMessage()).hasValue("bad");
  }

  @Test
  void requestIdComesFromTheDeclaredPropertyName() {
    json(409, "{\"errors\":[{\"code\":\"E1\",\"detail\":\"bad\"}],\"traceId\":\"t-1\"}");

    assertThat(createFails().requestId()).hasValue("t-1");
  }

  @Test
  void fieldErrorsComeFromTheDeclaredArrayAndItsItemPointers() {
    json(422, "{\"errors\":[{\"code\":\"too_long\",\"detail\":\"At most 10\",\"source\":{\"pointer\":\"/name\"}}],\"traceId\":\"t-2\"}");

    ApiException error = createFails();

    assertThat(error).isInstanceOf(UnprocessableEntityException.class);
    assertThat(((UnprocessableEntityException) error).fieldErrors())
        .containsExactly(new FieldError("/name", "At most 10", "too_long"));
  }

  @Test
  void theCommonShapesAreNotReadOnceAnEnvelopeIsDeclared() {
    json(409, "{\"error\":{\"code\":\"other\",\"message\":\"not this one\"}}");

    ApiException error = createFails();

    assertThat(error.errorCode()).isEmpty();
    assertThat(error.errorMessage()).isEmpty();
  }
}
