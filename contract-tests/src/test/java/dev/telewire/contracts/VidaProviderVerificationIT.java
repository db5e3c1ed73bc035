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
 * Verifies our Vida pact with Pact JVM's provider verifier against {@link SpecStub}, a provider
 * that does only what Vida's effective spec documents.
 */
@Provider(Contracts.VIDA)
@PactFolder("target/pacts")
class VidaProviderVerificationIT {
  private static SpecStub provider;

  @BeforeAll
  static void startProvider() {
    provider = SpecStub.start(EffectiveSpec.of("vida"), ProviderStates.VIDA_STATUS, 0);
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

  @State(ProviderStates.VIDA_NUMBER_ON_RESELLER_ACCOUNT)
  void numberOnResellerAccount() {
    provider.enter(ProviderStates.VIDA_NUMBER_ON_RESELLER_ACCOUNT);
  }

  @State(ProviderStates.VIDA_NOT_A_RESELLER)
  void notAReseller() {
    provider.enter(ProviderStates.VIDA_NOT_A_RESELLER);
  }

  @State(ProviderStates.VIDA_TOKEN_REVOKED)
  void tokenRevoked() {
    provider.enter(ProviderStates.VIDA_TOKEN_REVOKED);
  }

  @State(ProviderStates.VIDA_NO_SUCH_NUMBER)
  void noSuchNumber() {
    provider.enter(ProviderStates.VIDA_NO_SUCH_NUMBER);
  }
}
