package dev.telewire.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.matchingrules.NullMatcher;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import dev.telewire.TruedyClient;
import dev.telewire.errors.BadRequestException;
import dev.telewire.errors.FieldError;
import dev.telewire.errors.InternalServerException;
import dev.telewire.errors.NotFoundException;
import dev.telewire.errors.RateLimitException;
import dev.telewire.errors.UnauthorizedException;
import dev.telewire.errors.UnprocessableEntityException;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.truedy.model.UnassignPhoneNumberResponse;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract between our Truedy client and {@code POST /telephony/numbers/unassign}: one
 * interaction per response the spec documents, each driven through {@link TruedyClient}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contracts.TRUEDY, pactVersion = PactSpecVersion.V4)
class TruedyUnassignPactTest {
  private static final String PATH = "/api/public/v1/telephony/numbers/unassign";
  private static final String ASSIGNED_INBOUND = ProviderStates.TRUEDY_ASSIGNED_INBOUND;
  private static final String NOT_ASSIGNED_OUTBOUND = ProviderStates.TRUEDY_NOT_ASSIGNED_OUTBOUND;
  private static final String UNKNOWN = ProviderStates.TRUEDY_UNKNOWN;
  private static final String MALFORMED = "num_not-a-uuid";

  private final RequestCounter requests = new RequestCounter();

  @AfterEach
  void eachInteractionIsSentExactlyOnce() {
    assertThat(requests.count()).as("HTTP requests sent for the interaction").isEqualTo(1);
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact unassignsAnInboundAssignment(PactDslWithProvider builder) {
    return unassign(builder
            .given(ProviderStates.TRUEDY_NUMBER_ASSIGNED_INBOUND)
            .uponReceiving("a request to unassign an inbound assignment"),
            ASSIGNED_INBOUND, "inbound")
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", Contracts.JSON_CONTENT_TYPE, "application/json")
        .body(new PactDslJsonBody()
            .object("data")
                .stringMatcher("number", Contracts.E164, "+18005559876")
                // The spec lets agent_id be a string or null and the client does not use it: either will do.
                .or("agent_id", null, NullMatcher.INSTANCE, new RegexMatcher(".*"))
                .stringMatcher("unassigned_at", Contracts.RFC3339, "2026-04-05T10:22:00Z")
                .closeObject()
            .object("meta")
                .stringType("request_id", "req_32e7531c")
                .stringMatcher("ts", Contracts.RFC3339, "2026-04-05T10:22:00.310278Z")
                .closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "unassignsAnInboundAssignment")
  void http200ReturnsTheUnassignedNumber(MockServer server) {
    UnassignPhoneNumberResponse response = client(server).telephony().unassignPhoneNumber(request(ASSIGNED_INBOUND, AssignmentType.INBOUND));

    assertThat(response.data().number()).isEqualTo("+18005559876");
    assertThat(response.data().unassignedAt()).isEqualTo(OffsetDateTime.parse("2026-04-05T10:22:00Z"));
    assertThat(response.meta().requestId()).isEqualTo("req_32e7531c");
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact refusesToUnassignAnAssignmentThatDoesNotExist(PactDslWithProvider builder) {
    return unassign(builder
            .given(ProviderStates.TRUEDY_NUMBER_NOT_ASSIGNED_OUTBOUND)
            .uponReceiving("a request to unassign an outbound assignment the number does not have"),
            NOT_ASSIGNED_OUTBOUND, "outbound")
        .willRespondWith()
        .status(400)
        .matchHeader("Content-Type", Contracts.JSON_CONTENT_TYPE, "application/json")
        .body(errorBody("not_assigned", "The phone number is not assigned outbound"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "refusesToUnassignAnAssignmentThatDoesNotExist")
  void http400ThrowsBadRequestWithTheVendorError(MockServer server) {
    BadRequestException error = catchThrowableOfType(BadRequestException.class,
        () -> client(server).telephony().unassignPhoneNumber(request(NOT_ASSIGNED_OUTBOUND, AssignmentType.OUTBOUND)));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.errorCode()).contains("not_assigned");
    assertThat(error.errorMessage()).contains("The phone number is not assigned outbound");
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact rejectsARevokedApiKey(PactDslWithProvider builder) {
    return unassign(builder
            .given(ProviderStates.TRUEDY_API_KEY_REVOKED)
            .uponReceiving("a request to unassign with a revoked API key"),
            ASSIGNED_INBOUND, "inbound")
        .willRespondWith()
        .status(401)
        .matchHeader("Content-Type", Contracts.JSON_CONTENT_TYPE, "application/json")
        .body(errorBody("unauthorized", "Invalid API key"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rejectsARevokedApiKey")
  void http401ThrowsUnauthorizedWithTheVendorError(MockServer server) {
    UnauthorizedException error = catchThrowableOfType(UnauthorizedException.class,
        () -> client(server).telephony().unassignPhoneNumber(request(ASSIGNED_INBOUND, AssignmentType.INBOUND)));

    assertThat(error.statusCode()).isEqualTo(401);
    assertThat(error.errorCode()).contains("unauthorized");
    assertThat(error.errorMessage()).contains("Invalid API key");
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact doesNotFindAnUnknownNumber(PactDslWithProvider builder) {
    return unassign(builder
            .given(ProviderStates.TRUEDY_NO_SUCH_NUMBER)
            .uponReceiving("a request to unassign a number the account does not have"),
            UNKNOWN, "inbound")
        .willRespondWith()
        .status(404)
        .matchHeader("Content-Type", Contracts.JSON_CONTENT_TYPE, "application/json")
        .body(errorBody("not_found", "The requested resource does not exist"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "doesNotFindAnUnknownNumber")
  void http404ThrowsNotFoundWithTheVendorError(MockServer server) {
    NotFoundException error = catchThrowableOfType(NotFoundException.class,
        () -> client(server).telephony().unassignPhoneNumber(request(UNKNOWN, AssignmentType.INBOUND)));

    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.errorCode()).contains("not_found");
    assertThat(error.errorMessage()).contains("The requested resource does not exist");
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact rejectsAMalformedNumberId(PactDslWithProvider builder) {
    return unassign(builder
            .given(ProviderStates.TRUEDY_NUMBER_IDS_VALIDATED)
            .uponReceiving("a request to unassign a number id that is not num_ and a UUID"),
            MALFORMED, "outbound")
        .willRespondWith()
        .status(422)
        .matchHeader("Content-Type", Contracts.JSON_CONTENT_TYPE, "application/json")
        .body(new PactDslJsonBody().eachLike("detail", validationItem()))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rejectsAMalformedNumberId")
  void http422ThrowsUnprocessableEntityWithTheFieldErrors(MockServer server) {
    UnprocessableEntityException error = catchThrowableOfType(UnprocessableEntityException.class,
        () -> client(server).telephony().unassignPhoneNumber(request(MALFORMED, AssignmentType.OUTBOUND)));

    assertThat(error.statusCode()).isEqualTo(422);
    assertThat(error.fieldErrors()).containsExactly(
        new FieldError("number_id", "number_id must be num_ followed by a UUID", "value_error"));
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact limitsTheRequestRate(PactDslWithProvider builder) {
    return unassign(builder
            .given(ProviderStates.TRUEDY_RATE_USED_UP)
            .uponReceiving("a request to unassign beyond the rate limit"),
            ASSIGNED_INBOUND, "inbound")
        .willRespondWith()
        .status(429)
        .matchHeader("Content-Type", Contracts.JSON_CONTENT_TYPE, "application/json")
        // No Retry-After: Truedy's spec and documentation give its 429 no headers, and the client treats it as optional.
        .body(errorBody("rate_limited", "Too many requests"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "limitsTheRequestRate")
  void http429WithoutRetryAfterThrowsRateLimitWithNoWait(MockServer server) {
    RateLimitException error = catchThrowableOfType(RateLimitException.class,
        () -> client(server).telephony().unassignPhoneNumber(request(ASSIGNED_INBOUND, AssignmentType.INBOUND)));

    assertThat(error.statusCode()).isEqualTo(429);
    assertThat(error.retryAfter()).isEmpty();
    assertThat(error.errorCode()).contains("rate_limited");
    assertThat(error.errorMessage()).contains("Too many requests");
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact failsInternally(PactDslWithProvider builder) {
    return unassign(builder
            .given(ProviderStates.TRUEDY_NUMBER_STORE_FAILING)
            .uponReceiving("a request to unassign while Truedy fails"),
            ASSIGNED_INBOUND, "inbound")
        .willRespondWith()
        .status(500)
        .matchHeader("Content-Type", Contracts.JSON_CONTENT_TYPE, "application/json")
        .body(errorBody("internal_error", "Something went wrong"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "failsInternally")
  void http500ThrowsInternalServerWithTheVendorError(MockServer server) {
    InternalServerException error = catchThrowableOfType(InternalServerException.class,
        () -> client(server).telephony().unassignPhoneNumber(request(ASSIGNED_INBOUND, AssignmentType.INBOUND)));

    assertThat(error.statusCode()).isEqualTo(500);
    assertThat(error.errorCode()).contains("internal_error");
    assertThat(error.errorMessage()).contains("Something went wrong");
  }

  /**
   * The request our client sends: method, path, content type and body exactly, since the client
   * controls them; the API key only by its shape.
   */
  private static PactDslRequestWithPath unassign(PactDslRequestWithoutPath request, String numberId, String assignmentType) {
    return request
        .method("POST")
        .path(PATH)
        .matchHeader("Authorization", Contracts.BEARER_CREDENTIAL, "Bearer " + Contracts.TEST_CREDENTIAL)
        .headers("Content-Type", Contracts.REQUEST_CONTENT_TYPE)
        .body(new PactDslJsonBody()
            .stringValue("number_id", numberId)
            .stringValue("assignment_type", assignmentType));
  }

  private static PactDslJsonBody errorBody(String code, String message) {
    return (PactDslJsonBody) new PactDslJsonBody()
        .object("error")
            .stringType("code", code)
            .stringType("message", message)
            .closeObject();
  }

  private static PactDslJsonBody validationItem() {
    // loc's items are untyped in the spec: one string, matched by type, is all the client reads.
    return new PactDslJsonBody()
        .eachLike("loc", PactDslJsonRootValue.stringType("number_id"), 1)
        .stringType("msg", "number_id must be num_ followed by a UUID")
        .stringType("type", "value_error");
  }

  private static PhoneNumberUnassignRequest request(String numberId, AssignmentType type) {
    return PhoneNumberUnassignRequest.builder().numberId(numberId).assignmentType(type).build();
  }

  /** A client aimed at the mock server that sends each call once (no retries). */
  private TruedyClient client(MockServer server) {
    return TruedyClient.builder()
        .apiKey(Contracts.TEST_CREDENTIAL)
        .baseUrl(server.getUrl() + "/api/public/v1/")
        .okHttpClient(requests.client())
        .maxRetries(0)
        .build();
  }
}
