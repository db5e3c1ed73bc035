package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which credentials satisfy each kind of security scheme (specs/checker.yaml). */
class SecurityTest {
  private final SpecCheck spec = Exchange.checkerSpec();

  @Test
  void basicCredentialSatisfiesBasicScheme() {
    assertThat(spec.check(Exchange.get("/v1/basic").header("Authorization", "Basic dXNlcjpwYXNz").build())).isEmpty();
  }

  @Test
  void bearerCredentialDoesNotSatisfyBasicScheme() {
    assertThat(spec.check(Exchange.get("/v1/basic").header("Authorization", "Bearer abc").build()))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.SECURITY))
        .satisfies(v -> assertThat(v.detail()).contains("basicAuth (Authorization: basic <credential>)"));
  }

  @Test
  void bearerCredentialSatisfiesOAuth2Scheme() {
    assertThat(spec.check(Exchange.get("/v1/oauth").header("Authorization", "Bearer abc").build())).isEmpty();
  }

  @Test
  void basicCredentialDoesNotSatisfyOAuth2Scheme() {
    assertThat(spec.check(Exchange.get("/v1/oauth").header("Authorization", "Basic dXNlcjpwYXNz").build()))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("oauth (oauth2)"));
  }

  @Test
  void headerApiKeyFromTheDocumentDefaultSatisfiesIt() {
    assertThat(spec.check(Exchange.get("/v1/header-key").header("X-Api-Key", "k1").build())).isEmpty();
  }

  @Test
  void blankHeaderApiKeyDoesNotSatisfyIt() {
    assertThat(spec.check(Exchange.get("/v1/header-key").header("X-Api-Key", " ").build()))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("headerKey (header 'X-Api-Key')"));
  }

  @Test
  void blankQueryTokenDoesNotSatisfyIt() {
    assertThat(spec.check(Exchange.get("/v1/query-key").query("token", "").build()))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.SECURITY))
        .satisfies(v -> assertThat(v.detail()).contains("queryKey (query 'token')"));
  }

  @Test
  void queryTokenSatisfiesItAndIsNotAnUndeclaredParameter() {
    assertThat(spec.check(Exchange.get("/v1/query-key").query("token", "t1").build())).isEmpty();
  }

  @Test
  void cookieApiKeySatisfiesItAndIsNotAnUndeclaredCookie() {
    assertThat(spec.check(Exchange.get("/v1/cookie-key").header("Cookie", "sid=abc").build())).isEmpty();
  }

  @Test
  void cookieWhoseNameOnlyEndsInTheKeyNameDoesNotSatisfyIt() {
    assertThat(spec.check(Exchange.get("/v1/cookie-key").header("Cookie", "xsid=abc").build()))
        .filteredOn(v -> v.rule() == Rule.SECURITY)
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("cookieKey (cookie 'sid')"));
  }

  @Test
  void blankCookieApiKeyDoesNotSatisfyIt() {
    assertThat(spec.check(Exchange.get("/v1/cookie-key").header("Cookie", "sid=").build()))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.SECURITY));
  }

  @Test
  void operationWithEmptySecurityNeedsNoCredential() {
    assertThat(spec.check(Exchange.get("/v1/open").build())).isEmpty();
  }
}
