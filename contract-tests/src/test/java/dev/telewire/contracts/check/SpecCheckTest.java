package dev.telewire.contracts.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deliberately wrong pact fixtures (src/test/resources/fixtures) checked against the effective
 * specs: each breaks one rule, and the check must name that rule and the field at fault.
 */
class SpecCheckTest {
  // Loaded for each test rather than once per class, so that mutation testing counts the loading as covered.
  private final SpecCheck truedy = SpecCheck.load(EffectiveSpecs.of("truedy"));
  private final SpecCheck vida = SpecCheck.load(EffectiveSpecs.of("vida"));

  @Test
  void unassignAsTheSpecDescribesItHasNoViolations() {
    assertThat(violations(truedy, "truedy-valid.json")).isEmpty();
  }

  @Test
  void returnAsTheSpecDescribesItHasNoViolations() {
    assertThat(violations(vida, "vida-valid.json")).isEmpty();
  }

  @Test
  void requestFieldTheSpecLacksIsCaughtWhereExtrasAreForbidden() throws IOException {
    SpecCheck strict = withoutExtraRequestFields();

    assertThat(violations(strict, "truedy-extra-request-field.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.REQUEST_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("reason").contains("additionalProperties"));
  }

  @Test
  void wrongTypeIsCaughtByTheOpenApi31Spec() {
    assertThat(violations(truedy, "truedy-wrong-type.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("/data/number").contains("[type]"));
  }

  @Test
  void wrongTypeIsCaughtByTheOpenApi30Spec() {
    assertThat(violations(vida, "vida-wrong-type.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("/success").contains("[type]"));
  }

  @Test
  void enumValueTheSpecDoesNotListIsCaught() {
    assertThat(violations(truedy, "truedy-unlisted-enum.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.REQUEST_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("/assignment_type").contains("[enum]"));
  }

  @Test
  void statusTheSpecDoesNotDocumentIsCaught() {
    assertThat(violations(truedy, "truedy-undocumented-status.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_STATUS))
        .satisfies(v -> assertThat(v.detail()).contains("403"));
  }

  @Test
  void missingBearerKeyIsCaughtWhenSecurityIsDeclaredOnlyAtTheTop() {
    assertThat(violations(truedy, "truedy-missing-credential.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.SECURITY))
        .satisfies(v -> assertThat(v.detail()).contains("BearerAuth"));
  }

  @Test
  void missingQueryTokenIsCaught() {
    assertThat(violations(vida, "vida-missing-token.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.SECURITY))
        .satisfies(v -> assertThat(v.detail()).contains("'token'"));
  }

  @Test
  void pathOutsideTheServerBasePathIsCaught() {
    assertThat(violations(truedy, "truedy-outside-base-path.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.PATH))
        .satisfies(v -> assertThat(v.detail()).contains("/api/public/v1"));
  }

  @Test
  void methodThePathDoesNotHaveIsCaught() {
    assertThat(violations(truedy, "truedy-wrong-method.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.METHOD))
        .satisfies(v -> assertThat(v.detail()).contains("GET"));
  }

  @Test
  void requestMediaTypeTheSpecDoesNotAcceptIsCaught() {
    assertThat(violations(truedy, "truedy-wrong-content-type.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.REQUEST_CONTENT_TYPE))
        .satisfies(v -> assertThat(v.detail()).contains("text/plain"));
  }

  @Test
  void undeclaredQueryParameterIsCaught() {
    assertThat(violations(vida, "vida-undeclared-query.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.QUERY))
        .satisfies(v -> assertThat(v.detail()).contains("dryRun"));
  }

  @Test
  void bodyOnAResponseDocumentedWithoutOneIsCaught() {
    assertThat(violations(vida, "vida-undocumented-body.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("status 401 documents no body"));
  }

  @Test
  void responseHeaderTheSpecDoesNotDocumentIsCaught() {
    assertThat(violations(truedy, "truedy-undocumented-header.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_HEADER))
        .satisfies(v -> assertThat(v.detail()).contains("status 429 documents no header 'Retry-After'"));
  }

  @Test
  void responseFieldTheSchemaDoesNotDeclareIsCaughtEvenWhereExtrasAreAllowed() {
    assertThat(violations(truedy, "truedy-undocumented-field.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("field /data/label is not in the spec's schema"));
  }

  @Test
  void responseValuePinnedExactlyWhereTheSpecLetsItVaryIsCaught() {
    assertThat(violations(truedy, "truedy-pinned-value.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("pins /data/agent_id to null"));
  }

  @Test
  void matcherRegexLooserThanTheSpecPatternIsCaughtWithAValueItLetsThrough() {
    assertThat(violations(truedy, "truedy-loose-regex.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_BODY))
        .satisfies(v -> assertThat(v.detail())
            .contains("/data/number: matcher regex '\\+[0-9]+' accepts '+0'")
            .contains("pattern '^\\+[1-9][0-9]{1,14}$'"));
  }

  @Test
  void matcherRegexLooserThanTheSpecFormatIsCaught() {
    assertThat(violations(truedy, "truedy-loose-date-time.json"))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.RESPONSE_BODY))
        .satisfies(v -> assertThat(v.detail()).contains("/data/unassigned_at").contains("format date-time refuses"));
  }

  @Test
  void matcherExampleThatFailsTheSpecPatternIsCaught() {
    assertThat(violations(truedy, "truedy-example-breaks-pattern.json"))
        .extracting(Violation::detail)
        .anySatisfy(detail -> assertThat(detail).contains("/data/number").contains("[pattern]"));
  }

  @Test
  void violationNamesTheInteractionAndTheRule() {
    Violation violation = violations(truedy, "truedy-undocumented-status.json").get(0);

    assertThat(violation.toString())
        .startsWith("\"an unassign answered with a status the spec does not document\" breaks response.status: ");
  }

  private static List<Violation> violations(SpecCheck spec, String fixture) {
    return spec.check(PactFile.read(fixture(fixture)));
  }

  /** The effective Truedy spec, but with a request schema that forbids fields it does not list. */
  private static SpecCheck withoutExtraRequestFields() throws IOException {
    YAMLMapper yaml = new YAMLMapper();
    ObjectNode spec = (ObjectNode) yaml.readTree(EffectiveSpecs.of("truedy").toFile());
    ((ObjectNode) spec.at("/components/schemas/PhoneNumberUnassignRequest")).put("additionalProperties", false);
    return SpecCheck.parse("truedy.yaml with additionalProperties: false", yaml.writeValueAsString(spec));
  }

  static Path fixture(String name) {
    try {
      return Path.of(SpecCheckTest.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("No fixture " + name, e);
    }
  }
}
