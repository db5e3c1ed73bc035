package dev.telewire.kitchensink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sinkops.model.DeleteReason;
import dev.telewire.sinkops.model.Note;
import dev.telewire.sinkops.model.NoteDraft;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Optional request bodies and operations with several 2xx responses, through the generated client. */
class SinkOpsBodiesTest {
  private static final String NOTE = "{\"id\":\"n_1\",\"title\":\"Hi\"}";
  private final SinkOpsServer wire = new SinkOpsServer();

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  @Test
  void optionalBodyLeftOutSendsNoBody() {
    wire.json(201, NOTE);

    Note note = wire.client.notes().createNote(null);

    RecordedRequest request = wire.request();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeader("Content-Type")).isNull();
    assertThat(note.id()).isEqualTo("n_1");
  }

  @Test
  void optionalBodyGivenIsSentAsJson() {
    wire.json(201, NOTE);

    wire.client.notes().createNote(NoteDraft.builder().title("Hi").build());

    RecordedRequest request = wire.request();
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"title\":\"Hi\"}");
  }

  @Test
  void optionalBodyOnDeleteCanBeLeftOut() {
    wire.empty(204);

    wire.client.notes().deleteNote("n_1", null);

    RecordedRequest request = wire.request();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void optionalBodyOnDeleteIsSentWhenGiven() {
    wire.empty(204);

    wire.client.notes().deleteNote("n_1", DeleteReason.builder().reason("dup").build());

    assertThat(wire.request().getBody().readUtf8()).isEqualTo("{\"reason\":\"dup\"}");
  }

  @Test
  void optionalBinaryBodyLeftOutSendsNoBody() {
    wire.empty(204);

    wire.client.attachments().replaceRaw("n_1", null);

    RecordedRequest request = wire.request();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void optionalBinaryBodyGivenIsSentAsIs() {
    wire.empty(204);

    wire.client.attachments().replaceRaw("n_1", okhttp3.RequestBody.create(new byte[] {4, 2}, okhttp3.MediaType.get("application/octet-stream")));

    assertThat(wire.request().getBody().readByteArray()).containsExactly(4, 2);
  }

  @Test
  void jsonBodyOfA201IsReturnedBesideAnEmpty200() {
    wire.json(201, NOTE);

    Note created = wire.client.notes().putNote("n_1", NoteDraft.builder().title("Hi").build());

    assertThat(created).isEqualTo(Note.builder().id("n_1").title("Hi").build());
  }

  @Test
  void emptyAnswerOfTheSameOperationReturnsNull() {
    wire.empty(200);

    Note replaced = wire.client.notes().putNote("n_1", NoteDraft.builder().title("Hi").build());

    assertThat(replaced).isNull();
  }

  @Test
  void emptyAnswerOfTheAsyncTwinCompletesWithNull() throws Exception {
    wire.empty(200);

    assertThat(wire.client.async().notes().putNote("n_1", NoteDraft.builder().title("Hi").build()).get()).isNull();
  }

  @Test
  void emptyAnswerThroughTheRetrofitInterfaceIsANullBody() throws Exception {
    wire.empty(200);

    retrofit2.Response<Note> response = wire.client.retrofit().notes().putNote("n_1", NoteDraft.builder().build()).execute();

    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body()).isNull();
  }

  @Test
  void jsonAnswerThroughTheRetrofitInterfaceIsTheTypedBody() throws Exception {
    wire.json(201, NOTE);

    Note created = wire.client.retrofit().notes().putNote("n_1", NoteDraft.builder().build()).execute().body();

    assertThat(created.id()).isEqualTo("n_1");
  }

  @Test
  void differentJsonTypesOfTwo2xxResponsesReadAsFreeFormJson() {
    wire.json(202, "{\"jobId\":\"j_9\",\"state\":\"queued\"}");

    Object answer = wire.client.notes().archiveNote("n_1");

    assertThat(answer).isEqualTo(Map.of("jobId", "j_9", "state", "queued"));
  }
}
