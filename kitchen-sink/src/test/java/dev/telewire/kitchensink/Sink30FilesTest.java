package dev.telewire.kitchensink;

import static dev.telewire.kitchensink.Wire.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sink30.api.DefaultApi;
import dev.telewire.sink30.api.FilesApi;
import dev.telewire.sink30.model.Upload;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Binary uploads (multipart and raw) and downloads of the OpenAPI 3.0 kitchen sink. */
class Sink30FilesTest {
  private static final MediaType PNG = MediaType.get("image/png");
  private final Wire wire = new Wire();
  private final FilesApi files = wire.api(FilesApi.class);

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  @Test
  void multipartUploadSendsFileTextAndRepeatedParts() {
    wire.json(200, "{\"size\":3,\"caption\":\"hi\"}");
    Upload upload = execute(files.uploadPhoto(5L, RequestBody.create(new byte[] {1, 2, 3}, PNG), "hi", List.of("a", "b")));
    RecordedRequest request = wire.request();
    String boundary = request.getHeader("Content-Type").replaceFirst("^multipart/form-data; boundary=", "");
    String body = request.getBody().readUtf8();
    assertThat(request.getPath()).isEqualTo("/v1/pets/5/photo");
    assertThat(body).isEqualTo("--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
        + "Content-Type: image/png\r\nContent-Length: 3\r\n\r\n\u0001\u0002\u0003\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\nContent-Length: 2\r\n\r\nhi\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"labels\"\r\nContent-Length: 1\r\n\r\na\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"labels\"\r\nContent-Length: 1\r\n\r\nb\r\n"
        + "--" + boundary + "--\r\n");
    assertThat(upload).isEqualTo(Upload.builder().size(3L).caption("hi").build());
  }

  @Test
  void multipartLeavesOutNullFields() {
    wire.json(200, "{}");
    execute(files.uploadPhoto(5L, RequestBody.create(new byte[] {9}, PNG), null, null));
    assertThat(wire.request().getBody().readUtf8()).doesNotContain("caption").doesNotContain("labels").contains("name=\"file\"");
  }

  @Test
  void rawBinaryBodyIsSentAsGiven() {
    wire.respond(new MockResponse().setResponseCode(204));
    execute(files.replacePhoto(5L, RequestBody.create(new byte[] {7, 8}, PNG)));
    RecordedRequest request = wire.request();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getHeader("Content-Type")).isEqualTo("image/png");
    assertThat(request.getBody().readByteArray()).containsExactly(7, 8);
  }

  @Test
  void binaryDownloadIsTheRawResponseBody() throws Exception {
    wire.respond(new MockResponse().setHeader("Content-Type", "application/octet-stream")
        .setBody(new Buffer().write(new byte[] {0, (byte) 0xff, 42})));
    try (ResponseBody body = execute(files.downloadPhoto(5L))) {
      assertThat(body.bytes()).containsExactly(0, 0xff, 42);
    }
  }

  @Test
  void textResponseIsTheRawResponseBody() throws Exception {
    wire.respond(new MockResponse().setHeader("Content-Type", "text/plain").setBody("ok"));
    try (ResponseBody body = execute(wire.api(DefaultApi.class).health())) {
      assertThat(body.string()).isEqualTo("ok");
    }
  }
}
