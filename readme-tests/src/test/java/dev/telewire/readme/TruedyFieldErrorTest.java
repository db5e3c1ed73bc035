package dev.telewire.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.TruedyClient;
import dev.telewire.errors.InvalidRequestException;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The field error the README's Errors snippet gives as its example is the one Truedy's client reports. */
class TruedyFieldErrorTest {
  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void blankNumberIdIsRefusedAsNumberIdNotBlankWithoutSending() {
    TruedyClient truedy = TruedyClient.builder()
        .apiKey(LoopbackVendors.TRUEDY_KEY).baseUrl(server.url("/").toString()).build();
    PhoneNumberUnassignRequest request =
        PhoneNumberUnassignRequest.builder().numberId(" ").assignmentType(AssignmentType.INBOUND).build();

    InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> truedy.telephony().unassignPhoneNumber(request));

    assertThat(e.field() + ": " + e.rule()).isEqualTo("number_id: notBlank");
    assertThat(server.getRequestCount()).isZero();
  }
}
