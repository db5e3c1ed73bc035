package dev.telewire.sdkgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sdkgen.diff.Change.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every change kind the gate knows, breaking and not, on the 3.1 spec (Truedy) and the 3.0 spec
 * (Vida): each fixture in {@code spec-changes/} is classified as exactly one change of its kind, and
 * the report lists it, by name, in the right section.
 */
class SpecChangeKindsTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        // Truedy, OpenAPI 3.1
        Arguments.of("truedy", "operation-removed", Kind.OPERATION_REMOVED, true, "TelephonyApi.unassignPhoneNumber"),
        Arguments.of("truedy", "response-removed", Kind.RESPONSE_REMOVED, true, "response 404 removed"),
        Arguments.of("truedy", "request-field-removed", Kind.REQUEST_FIELD_REMOVED, true, "PhoneNumberUnassignRequest.number_id"),
        Arguments.of("truedy", "request-field-newly-required", Kind.REQUEST_FIELD_REQUIRED, true, "new required field 'reason'"),
        Arguments.of("truedy", "request-enum-value-removed", Kind.REQUEST_ENUM_VALUE_REMOVED, true, "enum value 'outbound' removed"),
        Arguments.of("truedy", "type-string-to-integer", Kind.TYPE_CHANGED, true, "type changed from string to integer"),
        Arguments.of("truedy", "type-nullable-object-to-object", Kind.TYPE_CHANGED, true, "type changed from [object, null] to object"),
        Arguments.of("truedy", "response-field-removed", Kind.RESPONSE_FIELD_REMOVED, true, "ResponseMeta.request_id"),
        Arguments.of("truedy", "security-scheme-changed", Kind.SECURITY_CHANGED, true, "type http -> apiKey"),
        Arguments.of("truedy", "optional-request-field-added", Kind.REQUEST_FIELD_ADDED, false, "new optional field 'reason'"),
        Arguments.of("truedy", "request-enum-value-added", Kind.REQUEST_ENUM_VALUE_ADDED, false, "new enum value 'both'"),
        Arguments.of("truedy", "response-field-added", Kind.RESPONSE_FIELD_ADDED, false, "new field 'region'"),
        Arguments.of("truedy", "response-enum-value-added", Kind.RESPONSE_ENUM_VALUE_ADDED, false, "new enum value 'pending'"),
        Arguments.of("truedy", "operation-added", Kind.OPERATION_ADDED, false, "TelephonyApi.assignPhoneNumber"),
        // Vida, OpenAPI 3.0
        Arguments.of("vida", "operation-removed", Kind.OPERATION_REMOVED, true, "PhoneNumbersApi.returnPhoneNumber"),
        Arguments.of("vida", "response-removed", Kind.RESPONSE_REMOVED, true, "response 404 removed"),
        Arguments.of("vida", "request-field-removed", Kind.REQUEST_FIELD_REMOVED, true, "ReturnPhoneNumberRequest.number"),
        Arguments.of("vida", "request-field-newly-required", Kind.REQUEST_FIELD_REQUIRED, true, "new required field 'reason'"),
        Arguments.of("vida", "request-enum-value-removed", Kind.REQUEST_ENUM_VALUE_REMOVED, true, "enum value 'unused' removed"),
        Arguments.of("vida", "type-string-to-integer", Kind.TYPE_CHANGED, true, "type changed from string to integer"),
        Arguments.of("vida", "type-nullable-object-to-object", Kind.TYPE_CHANGED, true, "type changed from [object, null] to object"),
        Arguments.of("vida", "response-field-removed", Kind.RESPONSE_FIELD_REMOVED, true, "ReturnPhoneNumberResponse.message"),
        Arguments.of("vida", "security-scheme-changed", Kind.SECURITY_CHANGED, true, "name token -> api_token"),
        Arguments.of("vida", "optional-request-field-added", Kind.REQUEST_FIELD_ADDED, false, "new optional field 'reason'"),
        Arguments.of("vida", "request-enum-value-added", Kind.REQUEST_ENUM_VALUE_ADDED, false, "new enum value 'unused'"),
        Arguments.of("vida", "response-field-added", Kind.RESPONSE_FIELD_ADDED, false, "new field 'request_id'"),
        Arguments.of("vida", "response-enum-value-added", Kind.RESPONSE_ENUM_VALUE_ADDED, false, "new enum value 'pending'"),
        Arguments.of("vida", "operation-added", Kind.OPERATION_ADDED, false, "PhoneNumbersApi.buyPhoneNumber"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fixtures")
  void fixtureIsOneChangeOfItsKind(String vendor, String fixture, Kind kind, boolean breaking, String name) {
    ChangeFixture change = ChangeFixture.load(vendor, fixture);

    assertThat(SpecDiff.compare(change.baseline(), change.current()))
        .extracting(Change::kind, Change::breaking)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(kind, breaking));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fixtures")
  void markdownReportNamesTheChangeInItsSection(String vendor, String fixture, Kind kind, boolean breaking, String name) {
    String markdown = ChangeFixture.load(vendor, fixture).report().markdown();

    String breakingSection = between(markdown, "## Breaking changes", "## Non-breaking changes");
    String otherSection = between(markdown, "## Non-breaking changes", "## Generated client API");
    assertThat(breaking ? breakingSection : otherSection).contains(name).contains(kind.label());
    assertThat(breaking ? otherSection : breakingSection).doesNotContain(name);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fixtures")
  void htmlReportNamesTheChange(String vendor, String fixture, Kind kind, boolean breaking, String name) {
    String html = ChangeFixture.load(vendor, fixture).report().html();

    assertThat(html).contains(name.replace(">", "&gt;")).contains(kind.label());
  }

  private static String between(String text, String from, String to) {
    return text.substring(text.indexOf(from), text.indexOf(to));
  }
}
