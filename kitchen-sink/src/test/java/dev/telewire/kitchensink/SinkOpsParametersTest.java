package dev.telewire.kitchensink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.InvalidRequestException;
import dev.telewire.sinkops.model.NoteKind;
import dev.telewire.sinkops.model.NotePage;
import dev.telewire.sinkops.model.SearchNotesFieldsParameterInner;
import dev.telewire.sinkops.model.SearchNotesOrderParameter;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Path, query and header values checked against their schema before sending, and a query
 * parameter named like the credential, through the generated client.
 */
class SinkOpsParametersTest {
  private final SinkOpsServer wire = new SinkOpsServer();

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  private NotePage search(String token, String q, Long limit, SearchNotesOrderParameter order, NoteKind kind,
      List<SearchNotesFieldsParameterInner> fields, String region) {
    return wire.client.notes().searchNotes(token, q, limit, order, kind, fields, null, region, null);
  }

  private InvalidRequestException refused(Executable call) {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, call::execute);
    assertThat(wire.requestCount()).as("requests sent").isZero();
    return error;
  }

  @Test
  void queryParameterNamedLikeTheCredentialKeepsItsOwnValue() {
    wire.json(200, "{\"notes\":[]}");

    search("page-2", null, null, null, null, null, null);

    assertThat(wire.request().getRequestUrl().queryParameterValues("token")).containsExactly("page-2", SinkOpsServer.TOKEN);
  }

  @Test
  void credentialAloneTravelsWhenTheClashingParameterIsLeftOut() {
    wire.json(200, "{\"notes\":[]}");

    search(null, null, null, null, null, null, null);

    assertThat(wire.request().getRequestUrl().queryParameterValues("token")).containsExactly(SinkOpsServer.TOKEN);
  }

  @Test
  void validParametersAreSent() {
    wire.json(200, "{\"notes\":[],\"next\":\"p3\"}");

    NotePage page = search(null, "hi", 100L, SearchNotesOrderParameter.DESC, NoteKind.TEXT,
        List.of(SearchNotesFieldsParameterInner.TITLE), "eu-1");

    assertThat(page.next()).isEqualTo("p3");
    assertThat(wire.request().getPath()).startsWith("/v1/notes/search?q=hi&limit=100&order=desc&kind=text&fields=title");
  }

  @Test
  void queryValueAboveItsMaximumIsRefused() {
    InvalidRequestException error = refused(() -> search(null, null, 101L, null, null, null, null));

    assertThat(error.field()).isEqualTo("limit");
    assertThat(error.rule()).isEqualTo("maximum");
  }

  @Test
  void queryValueBelowItsMinimumIsRefused() {
    assertThat(refused(() -> search(null, null, 0L, null, null, null, null)).rule()).isEqualTo("minimum");
  }

  @Test
  void queryValueShorterThanItsMinLengthIsRefused() {
    InvalidRequestException error = refused(() -> search(null, "h", null, null, null, null, null));

    assertThat(error.field()).isEqualTo("q");
    assertThat(error.rule()).isEqualTo("minLength");
  }

  @Test
  void queryValueLongerThanItsMaxLengthIsRefused() {
    assertThat(refused(() -> search(null, "x".repeat(21), null, null, null, null, null)).rule()).isEqualTo("maxLength");
  }

  @Test
  void unrecognizedEnumQueryValueIsRefused() {
    InvalidRequestException error = refused(() -> search(null, null, null, SearchNotesOrderParameter.UNRECOGNIZED, null, null, null));

    assertThat(error.field()).isEqualTo("order");
    assertThat(error.rule()).isEqualTo("enum");
  }

  @Test
  void unrecognizedEnumInAnArrayIsRefusedNamingTheElement() {
    InvalidRequestException error = refused(() -> search(null, null, null, null, null,
        List.of(SearchNotesFieldsParameterInner.TITLE, SearchNotesFieldsParameterInner.UNRECOGNIZED), null));

    assertThat(error.field()).isEqualTo("fields[1]");
  }

  @Test
  void arrayWithMoreItemsThanItsMaxItemsIsRefused() {
    List<SearchNotesFieldsParameterInner> three = List.of(
        SearchNotesFieldsParameterInner.TITLE, SearchNotesFieldsParameterInner.BODY, SearchNotesFieldsParameterInner.TITLE);

    assertThat(refused(() -> search(null, null, null, null, null, three, null)).rule()).isEqualTo("maxItems");
  }

  @Test
  void headerValueBreakingItsPatternIsRefused() {
    InvalidRequestException error = refused(() -> search(null, null, null, null, null, null, "EU-1"));

    assertThat(error.field()).isEqualTo("X-Region");
    assertThat(error.rule()).isEqualTo("pattern");
  }

  @Test
  void pathValueBreakingItsPatternIsRefused() {
    InvalidRequestException error = refused(() -> wire.client.notes().getNote("x_1"));

    assertThat(error.field()).isEqualTo("noteId");
    assertThat(error.rule()).isEqualTo("pattern");
  }

  @Test
  void pathValueLongerThanItsMaxLengthIsRefused() {
    assertThat(refused(() -> wire.client.notes().getNote("n_12345678901")).rule()).isEqualTo("maxLength");
  }

  @Test
  void headerValueWithALineBreakIsRefusedNamingTheHeader() {
    InvalidRequestException error = refused(() -> wire.client.attachments().attachToNote("n_1", "a\r\nX-Evil: 1", null));

    assertThat(error.field()).isEqualTo("X-Trace");
    assertThat(error.rule()).isEqualTo("header");
    assertThat(error.getMessage()).doesNotContain("Evil");
  }

  @Test
  void pathValueThatWouldClimbTheUrlIsRefused() {
    InvalidRequestException error = refused(() -> wire.client.attachments().attachToNote("..", null, null));

    assertThat(error.field()).isEqualTo("noteId");
    assertThat(error.rule()).isEqualTo("path");
  }

  @Test
  void emptyPathValueIsRefused() {
    assertThat(refused(() -> wire.client.attachments().attachToNote("", null, null)).rule()).isEqualTo("path");
  }

  @Test
  void asyncTwinFailsWithTheSameRefusal() {
    ExecutionException error = catchThrowableOfType(ExecutionException.class, () -> wire.client.async().notes().getNote("x_1").get());

    assertThat(error).hasCauseInstanceOf(InvalidRequestException.class);
    assertThat(wire.requestCount()).isZero();
  }
}
