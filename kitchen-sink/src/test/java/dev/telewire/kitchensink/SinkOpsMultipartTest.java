package dev.telewire.kitchensink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.InvalidRequestException;
import dev.telewire.sinkops.model.AttachmentMeta;
import dev.telewire.sinkops.model.Stored;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Multipart forms with file arrays, JSON parts, constrained fields and no part at all. */
class SinkOpsMultipartTest {
  private static final MediaType TEXT = MediaType.get("text/plain");
  private final SinkOpsServer wire = new SinkOpsServer();

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  private static RequestBody file(String content) {
    return RequestBody.create(content, TEXT);
  }

  private static String boundary(RecordedRequest request) {
    return request.getHeader("Content-Type").replaceFirst("^multipart/form-data; boundary=", "");
  }

  @Test
  void arrayOfFilesIsSentAsOnePartPerFile() {
    wire.json(200, "{\"parts\":2}");

    Stored stored = wire.client.attachments().uploadAttachments(List.of(file("one"), file("two")), null, null, null);

    RecordedRequest request = wire.request();
    String b = boundary(request);
    assertThat(request.getBody().readUtf8()).isEqualTo("--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"files\"; filename=\"files\"\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 3\r\n\r\none\r\n"
        + "--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"files\"; filename=\"files\"\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: 3\r\n\r\ntwo\r\n"
        + "--" + b + "--\r\n");
    assertThat(stored.parts()).isEqualTo(2);
  }

  @Test
  void objectFieldIsSentAsAJsonPart() {
    wire.json(200, "{\"parts\":1}");

    wire.client.attachments().uploadAttachments(null, AttachmentMeta.builder().owner("ann").tags(List.of("x")).build(), null, null);

    RecordedRequest request = wire.request();
    String b = boundary(request);
    assertThat(request.getBody().readUtf8()).isEqualTo("--" + b + "\r\n"
        + "Content-Disposition: form-data; name=\"meta\"\r\n"
        + "Content-Type: application/json; charset=UTF-8\r\nContent-Length: 28\r\n\r\n"
        + "{\"owner\":\"ann\",\"tags\":[\"x\"]}\r\n"
        + "--" + b + "--\r\n");
  }

  @Test
  void invalidObjectFieldIsRefusedBeforeSending() {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
        () -> wire.client.attachments().uploadAttachments(null, AttachmentMeta.builder().owner("").build(), null, null));

    assertThat(error.field()).isEqualTo("owner");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void moreFilesThanMaxItemsAreRefused() {
    List<RequestBody> four = List.of(file("1"), file("2"), file("3"), file("4"));

    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
        () -> wire.client.attachments().uploadAttachments(four, null, null, null));

    assertThat(error.field()).isEqualTo("files");
    assertThat(error.rule()).isEqualTo("maxItems");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void textFieldLongerThanItsMaxLengthIsRefused() {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
        () -> wire.client.attachments().uploadAttachments(null, null, "x".repeat(11), null));

    assertThat(error.field()).isEqualTo("label");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void numberFieldAboveItsMaximumIsRefused() {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
        () -> wire.client.attachments().uploadAttachments(null, null, null, 6L));

    assertThat(error.field()).isEqualTo("priority");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void requiredMultipartBodyWithoutAnyPartIsRefused() {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class,
        () -> wire.client.attachments().uploadAttachments(null, null, null, null));

    assertThat(error.field()).isEqualTo("body");
    assertThat(error.rule()).isEqualTo("required");
    assertThat(wire.requestCount()).isZero();
  }

  @Test
  void optionalMultipartBodyWithoutAnyPartSendsNoBody() {
    wire.empty(204);

    wire.client.attachments().attachToNote("n_1", null, null);

    RecordedRequest request = wire.request();
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeader("Content-Type")).isNull();
  }
}
