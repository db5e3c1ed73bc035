package dev.telewire.contracts;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies our Truedy pact (written by the consumer tests, in the earlier test phase) with Pact
 * JVM's provider verifier against {@link SpecStub}: a provider that does only what Truedy's
 * effective spec documents. A pact that asks more than the spec promises fails here.
 */
@Provider(Contracts.TRUEDY)
@PactFolder("target/pacts")
class TruedyProviderVerificationIT {
  private static SpecStub provider;

  @BeforeAll
  static void startProvider() {
    provider = SpecStub.start(EffectiveSpec.of("truedy"), ProviderStates.TRUEDY_STATUS, 0);
  }

  @AfterAll
  static void stopProvider() throws IOException {
    provider.close();
  }

  @BeforeEach
  void aimAtProvider(PactVerificationContext context) {
    context.setTarget(new HttpTestTarget("127.0.0.1", provider.port()));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void interactionVerifiesAgainstASpecFollowingProvider(PactVerificationContext context) {
    context.verifyInteraction();
  }

  @State(ProviderStates.TRUEDY_NUMBER_ASSIGNED_INBOUND)
  void numberAssignedInbound() {
    provider.enter(ProviderStates.TRUEDY_NUMBER_ASSIGNED_INBOUND);
  }

  @State(ProviderStates.TRUEDY_NUMBER_NOT_ASSIGNED_OUTBOUND)
  void numberNotAssignedOutbound() {
    provider.enter(ProviderStates.TRUEDY_NUMBER_NOT_ASSIGNED_OUTBOUND);
  }

  @State(ProviderStates.TRUEDY_API_KEY_REVOKED)
  void apiKeyRevoked() {
    provider.enter(ProviderStates.TRUEDY_API_KEY_REVOKED);
  }

  @State(ProviderStates.TRUEDY_NO_SUCH_NUMBER)
  void noSuchNumber() {
    provider.enter(ProviderStates.TRUEDY_NO_SUCH_NUMBER);
  }

  @State(ProviderStates.TRUEDY_NUMBER_IDS_VALIDATED)
  void numberIdsValidated() {
    provider.enter(ProviderStates.TRUEDY_NUMBER_IDS_VALIDATED);
  }

  @State(ProviderStates.TRUEDY_RATE_USED_UP)
  void rateUsedUp() {
    provider.enter(ProviderStates.TRUEDY_RATE_USED_UP);
  }

  @State(ProviderStates.TRUEDY_NUMBER_STORE_FAILING)
  void numberStoreFailing() {
    provider.enter(ProviderStates.TRUEDY_NUMBER_STORE_FAILING);
  }
}
