package dev.telewire.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.telewire.VidaClient;
import dev.telewire.errors.BadRequestException;
import dev.telewire.errors.NotFoundException;
import dev.telewire.errors.UnauthorizedException;
import dev.telewire.vida.model.ReturnPhoneNumberRequest;
import dev.telewire.vida.model.ReturnPhoneNumberResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract between our Vida client and {@code POST /api/v2/phoneNumber/return}: one
 * interaction per response the spec documents, each driven through {@link VidaClient}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contracts.VIDA, pactVersion = PactSpecVersion.V4)
class VidaReturnPactTest {
  private static final String PATH = "/api/v2/phoneNumber/return";
  private static final String ON_ACCOUNT = ProviderStates.VIDA_ON_ACCOUNT;
  private static final String NOT_ON_ACCOUNT = ProviderStates.VIDA_NOT_ON_ACCOUNT;

  private final RequestCounter requests = new RequestCounter();

  @AfterEach
  void eachInteractionIsSentExactlyOnce() {
    assertThat(requests.count()).as("HTTP requests sent for the interaction").isEqualTo(1);
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact returnsANumberOnTheAccount(PactDslWithProvider builder) {
    return returnNumber(builder
            .given(ProviderStates.VIDA_NUMBER_ON_RESELLER_ACCOUNT)
            .uponReceiving("a request to return a number on the account"),
            ON_ACCOUNT)
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", Contracts.JSON_CONTENT_TYPE, "application/json")
        .body(new PactDslJsonBody()
            // Exactly true: the overlay's x-telewire-success-flag makes a 200 with success=false a failure.
            .booleanValue("success", true)
            .stringType("message", "Success"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "returnsANumberOnTheAccount")
  void http200ReturnsSuccess(MockServer server) {
    ReturnPhoneNumberResponse response = client(server).phoneNumbers().returnPhoneNumber(request(ON_ACCOUNT));

    assertThat(response.success()).isTrue();
    assertThat(response.message()).isEqualTo("Success");
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact refusesAnAccountThatIsNotAReseller(PactDslWithProvider builder) {
    return returnNumber(builder
            .given(ProviderStates.VIDA_NOT_A_RESELLER)
            .uponReceiving("a request to return a number from an account that is not a reseller"),
            ON_ACCOUNT)
        .willRespondWith()
        .status(400)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "refusesAnAccountThatIsNotAReseller")
  void http400WithoutBodyThrowsBadRequest(MockServer server) {
    BadRequestException error = catchThrowableOfType(BadRequestException.class,
        () -> client(server).phoneNumbers().returnPhoneNumber(request(ON_ACCOUNT)));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.errorMessage()).isEmpty();
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact rejectsARevokedToken(PactDslWithProvider builder) {
    return returnNumber(builder
            .given(ProviderStates.VIDA_TOKEN_REVOKED)
            .uponReceiving("a request to return a number with a revoked token"),
            ON_ACCOUNT)
        .willRespondWith()
        .status(401)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "rejectsARevokedToken")
  void http401WithoutBodyThrowsUnauthorized(MockServer server) {
    UnauthorizedException error = catchThrowableOfType(UnauthorizedException.class,
        () -> client(server).phoneNumbers().returnPhoneNumber(request(ON_ACCOUNT)));

    assertThat(error.statusCode()).isEqualTo(401);
    assertThat(error.errorMessage()).isEmpty();
  }

  @Pact(consumer = Contracts.CONSUMER)
  V4Pact cannotReturnANumberNotOnTheAccount(PactDslWithProvider builder) {
    return returnNumber(builder
            .given(ProviderStates.VIDA_NO_SUCH_NUMBER)
            .uponReceiving("a request to return a number the account does not have"),
            NOT_ON_ACCOUNT)
        .willRespondWith()
        .status(404)
        .matchHeader("Content-Type", Contracts.JSON_CONTENT_TYPE, "application/json")
        .body(new PactDslJsonBody()
            // By type: a 404 is a failure whatever the flag says, and the client does not read it.
            .booleanType("success", false)
            .stringType("message", "Unable to return phone number"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "cannotReturnANumberNotOnTheAccount")
  void http404ThrowsNotFoundWithTheVendorMessage(MockServer server) {
    NotFoundException error = catchThrowableOfType(NotFoundException.class,
        () -> client(server).phoneNumbers().returnPhoneNumber(request(NOT_ON_ACCOUNT)));

    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.errorMessage()).contains("Unable to return phone number");
  }

  /**
   * The request our client sends: method, path, content type and body exactly, since the client
   * controls them; the token only by its shape.
   */
  private static PactDslRequestWithPath returnNumber(PactDslRequestWithoutPath request, String number) {
    return request
        .method("POST")
        .path(PATH)
        .matchQuery("token", Contracts.TOKEN_CREDENTIAL, Contracts.TEST_CREDENTIAL)
        .headers("Content-Type", Contracts.REQUEST_CONTENT_TYPE)
        .body(new PactDslJsonBody().stringValue("number", number));
  }

  private static ReturnPhoneNumberRequest request(String number) {
    return ReturnPhoneNumberRequest.builder().number(number).build();
  }

  /** A client aimed at the mock server that sends each call once (no retries). */
  private VidaClient client(MockServer server) {
    return VidaClient.builder()
        .apiToken(Contracts.TEST_CREDENTIAL)
        .baseUrl(server.getUrl() + "/")
        .okHttpClient(requests.client())
        .maxRetries(0)
        .build();
  }
}
