package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.errors.InvalidRequestException;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.vida.model.ReturnPhoneNumberRequest;
import java.util.concurrent.CompletionException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests that break the effective spec are refused before a byte is sent. */
class ValidationTest {
  private final MockWebServer server = Servers.failingFast();
  private TruedyClient truedy;
  private VidaClient vida;

  @BeforeEach
  void start() throws Exception {
    server.start();
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));
    }
    truedy = TruedyClient.builder().apiKey("tr_secret").baseUrl(server.url("/").toString()).build();
    vida = VidaClient.builder().apiToken("vida_secret").baseUrl(server.url("/").toString()).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private InvalidRequestException unassign(PhoneNumberUnassignRequest request) {
    return catchThrowableOfType(InvalidRequestException.class, () -> truedy.telephony().unassignPhoneNumber(request));
  }

  private InvalidRequestException returnNumber(String number) {
    return catchThrowableOfType(
        InvalidRequestException.class,
        () -> vida.phoneNumbers().returnPhoneNumber(ReturnPhoneNumberRequest.builder().number(number).build()));
  }

  @Test
  void missingNumberIdIsRefusedByItsJsonName() {
    InvalidRequestException error = unassign(Requests.UNASSIGN.toBuilder().numberId(null).build());

    assertThat(error.field()).isEqualTo("number_id");
    assertThat(error.rule()).isEqualTo("required");
    assertThat(error.getMessage()).isEqualTo("Request not sent: number_id is required");
  }

  @Test
  void missingRequiredFieldSendsNothing() {
    unassign(Requests.UNASSIGN.toBuilder().numberId(null).build());

    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void blankNumberIdIsRefused() {
    InvalidRequestException error = unassign(Requests.UNASSIGN.toBuilder().numberId("   ").build());

    assertThat(error.field()).isEqualTo("number_id");
    assertThat(error.rule()).isEqualTo("notBlank");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void emptyNumberIdIsRefused() {
    InvalidRequestException error = unassign(Requests.UNASSIGN.toBuilder().numberId("").build());

    assertThat(error.field()).isEqualTo("number_id");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void missingAssignmentTypeIsRefused() {
    InvalidRequestException error = unassign(Requests.UNASSIGN.toBuilder().assignmentType(null).build());

    assertThat(error.field()).isEqualTo("assignment_type");
    assertThat(error.rule()).isEqualTo("required");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unrecognizedAssignmentTypeIsRefused() {
    InvalidRequestException error = unassign(Requests.UNASSIGN.toBuilder().assignmentType(AssignmentType.UNRECOGNIZED).build());

    assertThat(error.field()).isEqualTo("assignment_type");
    assertThat(error.rule()).isEqualTo("enum");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void vidaNumberNotInE164IsRefusedByThePattern() {
    InvalidRequestException error = returnNumber("2145551234");

    assertThat(error.field()).isEqualTo("number");
    assertThat(error.rule()).isEqualTo("pattern");
    assertThat(error.getMessage()).contains("^\\+[1-9][0-9]{1,14}$");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void vidaNumberTooLongForE164IsRefused() {
    InvalidRequestException error = returnNumber("+1234567890123456");

    assertThat(error.rule()).isEqualTo("pattern");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void vidaNumberWithATrailingNewlineIsRefusedByThePattern() {
    InvalidRequestException error = returnNumber("+12145551234\n");

    assertThat(error.field()).isEqualTo("number");
    assertThat(error.rule()).isEqualTo("pattern");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asyncVidaNumberWithATrailingNewlineFailsTheFutureNamingTheFieldAndSendsNothing() {
    var future = vida.async().phoneNumbers().returnPhoneNumber(ReturnPhoneNumberRequest.builder().number("+12145551234\n").build());

    CompletionException error = catchThrowableOfType(CompletionException.class, future::join);

    assertThat(error.getCause()).isInstanceOf(InvalidRequestException.class);
    assertThat(((InvalidRequestException) error.getCause()).field()).isEqualTo("number");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void vidaMissingNumberIsRefused() {
    InvalidRequestException error = returnNumber(null);

    assertThat(error.field()).isEqualTo("number");
    assertThat(error.rule()).isEqualTo("required");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void validRequestPassesValidationAndIsSent() {
    truedy.telephony().unassignPhoneNumber(Requests.UNASSIGN);

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncValidationFailureFailsTheFutureAndSendsNothing() {
    var future = truedy.async().telephony().unassignPhoneNumber(Requests.UNASSIGN.toBuilder().numberId(" ").build());

    CompletionException error = catchThrowableOfType(CompletionException.class, future::join);

    assertThat(error.getCause()).isInstanceOf(InvalidRequestException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
