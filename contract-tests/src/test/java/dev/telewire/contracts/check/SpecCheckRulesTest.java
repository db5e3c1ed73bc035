package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the check on one small variation of a valid exchange with the checker's own spec
 * (specs/checker.yaml): paths, parameters in every location, response headers and statuses, bodies.
 */
class SpecCheckRulesTest {
  private final SpecCheck spec = Exchange.checkerSpec();

  /** A GET of /numbers/7 that satisfies every rule; each test changes one thing. */
  private static Exchange number() {
    return numberRequest()
        .status(200)
        .responseHeader("X-Rate-Remaining", "5")
        .responseJson("{\"id\": 7}")
        .responseBodyByType("$.id");
  }

  /** The request of {@link #number()}, answered by an empty 204 until a test says otherwise. */
  private static Exchange numberRequest() {
    return Exchange.get("/v1/numbers/7")
        .query("limit", "10")
        .header("X-Trace", "t-00af")
        .header("Cookie", "session=s1");
  }

  private List<Violation> check(Exchange exchange) {
    return spec.check(exchange.build());
  }

  @Test
  void exchangeAsTheSpecDescribesItHasNoViolations() {
    assertThat(check(number())).isEmpty();
  }

  @Test
  void serverVariableDefaultGivesTheBasePath() {
    assertThat(check(Exchange.get("/numbers/7")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.PATH))
        .satisfies(v -> assertThat(v.detail()).contains("not under the server base path [/v1]"));
  }

  @Test
  void pathNoTemplateMatchesIsCaught() {
    assertThat(check(Exchange.get("/v1/missing")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.PATH))
        .satisfies(v -> assertThat(v.detail()).isEqualTo("no path of the spec matches /missing (from /v1/missing)"));
  }

  @Test
  void pathParameterOfTheWrongTypeIsCaught() {
    assertThat(spec.check(Exchange.get("/v1/numbers/seven").query("limit", "10").header("X-Trace", "t-00af")
            .header("Cookie", "session=s1").status(200).responseHeader("X-Rate-Remaining", "5")
            .responseJson("{\"id\": 7}").responseBodyByType("$.id").build()))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.PATH))
        .satisfies(v -> assertThat(v.detail()).contains("path parameter 'id' value 'seven'"));
  }

  @Test
  void missingRequiredQueryParameterIsCaught() {
    Exchange exchange = Exchange.get("/v1/numbers/7").header("X-Trace", "t-00af").header("Cookie", "session=s1")
        .status(200).responseHeader("X-Rate-Remaining", "5").responseJson("{\"id\": 7}").responseBodyByType("$.id");
    assertThat(check(exchange))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.QUERY))
        .satisfies(v -> assertThat(v.detail()).isEqualTo("required query parameter 'limit' is missing"));
  }

  @Test
  void integerQueryParameterAboveItsMaximumIsCaught() {
    assertThat(check(number().query("limit", "101")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("query parameter 'limit' value '101'").contains("[maximum]"));
  }

  @Test
  void integerQueryParameterThatIsNotANumberIsCaught() {
    assertThat(check(number().query("limit", "ten")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("query parameter 'limit' value 'ten'").contains("[type]"));
  }

  @Test
  void numberQueryParameterWithAFractionIsAccepted() {
    assertThat(check(number().query("ratio", "0.5"))).isEmpty();
  }

  @Test
  void numberQueryParameterThatIsNotANumberIsCaught() {
    assertThat(check(number().query("ratio", "half")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("query parameter 'ratio' value 'half'"));
  }

  @Test
  void booleanQueryParameterIsAccepted() {
    assertThat(check(number().query("verbose", "true"))).isEmpty();
  }

  @Test
  void booleanQueryParameterThatIsNotABooleanIsCaught() {
    assertThat(check(number().query("verbose", "yes")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("query parameter 'verbose' value 'yes'"));
  }

  @Test
  void missingRequiredHeaderParameterIsCaught() {
    Exchange exchange = Exchange.get("/v1/numbers/7").query("limit", "10").header("Cookie", "session=s1")
        .status(200).responseHeader("X-Rate-Remaining", "5").responseJson("{\"id\": 7}").responseBodyByType("$.id");
    assertThat(check(exchange))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.HEADER))
        .satisfies(v -> assertThat(v.detail()).isEqualTo("required header 'X-Trace' is missing"));
  }

  @Test
  void headerParameterBreakingItsPatternIsCaught() {
    assertThat(check(number().header("X-Trace", "trace-1")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.HEADER))
        .satisfies(v -> assertThat(v.detail()).contains("header 'X-Trace' value 'trace-1'").contains("[pattern]"));
  }

  @Test
  void headerParameterMatcherLooserThanItsPatternIsCaught() {
    assertThat(check(number().requestRegex("header", "X-Trace", "t-[0-9a-f]+")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.HEADER))
        .satisfies(v -> assertThat(v.detail()).contains("matcher regex 't-[0-9a-f]+' accepts 't-0'"));
  }

  @Test
  void queryParameterMatcherLooserThanItsSchemaIsIgnoredWithoutAPattern() {
    assertThat(check(number().requestRegex("query", "limit", "[0-9]+"))).isEmpty();
  }

  @Test
  void missingRequiredCookieIsCaught() {
    assertThat(check(number().header("Cookie", "theme=dark")))
        .extracting(Violation::detail)
        .containsExactlyInAnyOrder("required cookie 'session' is missing", "cookie 'theme' is not declared");
  }

  @Test
  void cookieBreakingItsPatternIsCaught() {
    assertThat(check(number().header("Cookie", "theme=dark; session=x1").header("Cookie", "session=x1")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.COOKIE))
        .satisfies(v -> assertThat(v.detail()).contains("cookie 'session' value 'x1'"));
  }

  @Test
  void cookiesAreReadFromEveryPairOfTheHeader() {
    assertThat(check(number().header("Cookie", "broken; theme=dark; session=s2")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).isEqualTo("cookie 'theme' is not declared"));
  }

  @Test
  void missingRequiredResponseHeaderIsCaught() {
    Exchange exchange = Exchange.get("/v1/numbers/7").query("limit", "10").header("X-Trace", "t-00af")
        .header("Cookie", "session=s1").status(200).responseJson("{\"id\": 7}").responseBodyByType("$.id");
    assertThat(check(exchange))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_HEADER))
        .satisfies(v -> assertThat(v.detail()).contains("requires header 'X-Rate-Remaining'"));
  }

  @Test
  void responseHeaderOfTheWrongTypeIsCaught() {
    assertThat(check(number().responseHeader("x-rate-remaining", "lots")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_HEADER))
        .satisfies(v -> assertThat(v.detail()).contains("value 'lots'"));
  }

  @Test
  void responseHeaderMatcherLooserThanItsPatternIsCaught() {
    assertThat(check(number().responseHeader("X-Request-Id", "req_1").responseHeaderRegex("X-Request-Id", "req_.+")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_HEADER))
        .satisfies(v -> assertThat(v.detail()).contains("header 'X-Request-Id': matcher regex 'req_.+'"));
  }

  @Test
  void responseHeaderNamedInAnotherCaseIsDocumented() {
    assertThat(check(number().responseHeader("x-request-id", "req_1"))).isEmpty();
  }

  @Test
  void statusCoveredByARangeIsDocumented() {
    assertThat(check(numberRequest().status(404).responseJson("{\"message\": \"gone\"}").responseBodyByType("$.message"))).isEmpty();
  }

  @Test
  void statusCoveredOnlyByDefaultIsDocumented() {
    assertThat(check(numberRequest().status(503).responseJson("{\"message\": \"later\"}").responseBodyByType("$.message"))).isEmpty();
  }

  @Test
  void responseWithoutTheDocumentedBodyIsCaught() {
    Exchange exchange = Exchange.get("/v1/numbers/7").query("limit", "10").header("X-Trace", "t-00af")
        .header("Cookie", "session=s1").status(200).responseHeader("X-Rate-Remaining", "5");
    assertThat(check(exchange))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_BODY))
        .satisfies(v -> assertThat(v.detail()).isEqualTo("status 200 documents a body ([application/json]) and the interaction has none"));
  }

  @Test
  void responseBodyWithoutContentTypeIsCaught() {
    Exchange exchange = Exchange.get("/v1/numbers/7").query("limit", "10").header("X-Trace", "t-00af")
        .header("Cookie", "session=s1").status(200).responseHeader("X-Rate-Remaining", "5")
        .responseJsonWithoutContentType("{\"id\": 7}");
    assertThat(check(exchange))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_CONTENT_TYPE))
        .satisfies(v -> assertThat(v.detail()).isEqualTo("status 200 has a body but no Content-Type header"));
  }

  @Test
  void responseBodyOfTheWrongTypeIsCaught() {
    assertThat(check(number().responseJson("{\"id\": \"seven\"}")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("/id").contains("[type]"));
  }

  @Test
  void nullableFieldMayBeNullInOpenApi30() {
    assertThat(check(number().responseJson("{\"id\": 7, \"nickname\": null}").responseBodyByType("$"))).isEmpty();
  }

  @Test
  void parameterInALocationOpenApiDoesNotDefineIsReported() {
    assertThat(check(Exchange.get("/v1/matrix/a")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).isEqualTo("parameter 'id' is in 'matrix', which OpenAPI does not define"));
  }

  @Test
  void valueTheSchemaFixesMayBePinned() {
    assertThat(check(number().responseJson("{\"id\": 7, \"kind\": \"number\"}"))).isEmpty();
  }

  @Test
  void fieldsOfAnAdditionalPropertiesSchemaAreDocumented() {
    assertThat(check(number().responseJson("{\"id\": 7, \"labels\": {\"colour\": \"red\"}}").responseBodyByType("$.labels"))).isEmpty();
  }

  @Test
  void arrayItemMatcherLooserThanTheItemPatternIsCaught() {
    assertThat(check(number().responseJson("{\"id\": 7, \"tags\": [\"red\"]}").responseBodyRegex("$.tags[*]", "[a-z0-9]+")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("/tags/0: matcher regex '[a-z0-9]+' accepts '0'"));
  }

  @Test
  void matcherOnAParentCoversTheValuesInside() {
    assertThat(check(number().responseJson("{\"id\": 7, \"labels\": {\"colour\": \"red\"}}").responseBodyByType("$"))).isEmpty();
  }

  @Test
  void queryParameterMatcherLooserThanItsPatternIsCaught() {
    assertThat(check(number().query("code", "GB").requestRegex("query", "code", "[A-Z]+")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.QUERY))
        .satisfies(v -> assertThat(v.detail()).contains("query parameter 'code': matcher regex '[A-Z]+' accepts 'A'"));
  }

  @Test
  void literalPathWinsOverATemplateThatAlsoMatches() {
    assertThat(check(Exchange.get("/v1/numbers/latest"))).isEmpty();
  }

  @Test
  void responseGivenByReferenceIsFollowed() {
    assertThat(check(numberRequest().status(401)
            .responseHeader("Content-Type", "application/problem+json")
            .responseJsonWithoutContentType("{\"message\": \"no\"}").responseBodyByType("$.message")))
        .isEmpty();
  }

  @Test
  void contentTypeOnAResponseDocumentedWithoutBodyIsAnUndocumentedHeader() {
    assertThat(check(Exchange.get("/v1/open").responseHeader("Content-Type", "application/json")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_HEADER))
        .satisfies(v -> assertThat(v.detail()).contains("status 204 documents no header 'Content-Type' (it documents [])"));
  }

  @Test
  void requirementNamingAnUndefinedSchemeCannotBeSatisfied() {
    assertThat(check(Exchange.get("/v1/undefined-scheme").header("Authorization", "Bearer abc")))
        .singleElement()
        .satisfies(v -> assertThat(v.detail()).contains("ghost (undefined scheme)"));
  }

  @Test
  void specCheckNamesItsSpec() {
    assertThat(spec).hasToString("SpecCheck{checker.yaml}");
  }

  @Test
  void missingRequiredRequestBodyIsCaught() {
    assertThat(check(Exchange.request("POST", "/v1/uploads")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.REQUEST_BODY))
        .satisfies(v -> assertThat(v.detail()).isEqualTo("POST /uploads requires a request body and the interaction sends none"));
  }

  @Test
  void requestBodyOnAnOperationThatTakesNoneIsCaught() {
    assertThat(check(Exchange.request("PUT", "/v1/uploads").body("application/json", "{\"name\": \"a\"}")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.REQUEST_BODY))
        .satisfies(v -> assertThat(v.detail()).isEqualTo("PUT /uploads takes no request body and the interaction sends one"));
  }

  @Test
  void requestBodyBreakingItsSchemaIsCaught() {
    assertThat(check(Exchange.request("POST", "/v1/uploads").body("application/json", "{\"name\": \"A1\"}")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.REQUEST_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("/name").contains("[pattern]"));
  }

  @Test
  void requestBodyMatcherLooserThanThePatternIsCaught() {
    assertThat(check(Exchange.request("POST", "/v1/uploads").body("application/json", "{\"name\": \"a\"}")
            .requestBodyRegex("$.name", "\\w+")))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.REQUEST_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("matcher regex '\\w+' accepts"));
  }

  @Test
  void requestBodyValuesMayBePinned() {
    assertThat(check(Exchange.request("POST", "/v1/uploads").body("application/json", "{\"name\": \"a\"}"))).isEmpty();
  }
}
