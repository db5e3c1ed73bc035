package dev.telewire.sdkgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sdkgen.codegen.GeneratedApi;
import org.junit.jupiter.api.Test;

/** The report's client API is what the telewire-java codegen makes of each spec. */
class ReportedApiTest {

  @Test
  void truedyOperationIsAMethodOfTheTagInterfaceNamedByOperationId() {
    assertThat(GeneratedApi.of(ChangeFixture.effective("truedy")).declarations())
        .extracting(GeneratedApi.Declaration::text)
        .contains("interface TelephonyApi",
            "Call<UnassignPhoneNumberResponse> TelephonyApi.unassignPhoneNumber(PhoneNumberUnassignRequest)");
  }

  @Test
  void vendorClientMethodIsListedWhenTheSpecAsksForAClient() {
    com.fasterxml.jackson.databind.node.ObjectNode spec =
        (com.fasterxml.jackson.databind.node.ObjectNode) ChangeFixture.effective("truedy");
    spec.withObjectProperty("info").withObjectProperty("x-telewire-client").put("name", "TruedyClient");

    assertThat(GeneratedApi.of(spec).declarations())
        .extracting(GeneratedApi.Declaration::text)
        .contains("UnassignPhoneNumberResponse TelephonyService.unassignPhoneNumber(PhoneNumberUnassignRequest)");
  }

  @Test
  void truedySchemasAreRecordsWithCamelCaseComponents() {
    assertThat(GeneratedApi.of(ChangeFixture.effective("truedy")).declarations())
        .extracting(GeneratedApi.Declaration::text)
        .contains("record UnassignedPhoneNumber",
            "String UnassignedPhoneNumber.agentId()",
            "OffsetDateTime UnassignedPhoneNumber.unassignedAt()",
            "List<ValidationErrorItem> HTTPValidationError.detail()",
            "Object ErrorDetail.details()");
  }

  @Test
  void truedyInlineEnumIsAnEnumNamedByItsTitle() {
    assertThat(GeneratedApi.of(ChangeFixture.effective("truedy")).declarations())
        .extracting(GeneratedApi.Declaration::text)
        .contains("enum AssignmentType", "AssignmentType.INBOUND", "AssignmentType.OUTBOUND",
            "AssignmentType PhoneNumberUnassignRequest.assignmentType()");
  }

  @Test
  void vidaInlineSchemasAreRecordsNamedByTheirTitles() {
    assertThat(GeneratedApi.of(ChangeFixture.effective("vida")).declarations())
        .extracting(GeneratedApi.Declaration::text)
        .contains("Call<ReturnPhoneNumberResponse> PhoneNumbersApi.returnPhoneNumber(ReturnPhoneNumberRequest)",
            "Boolean ReturnPhoneNumberResponse.success()",
            "String VidaError.message()");
  }

  @Test
  void removedEnumValueRemovesItsConstant() {
    ChangeFixture change = ChangeFixture.load("truedy", "request-enum-value-removed");

    ChangeReport report = change.report();

    assertThat(report.removedApi()).containsExactly("AssignmentType.OUTBOUND");
    assertThat(report.addedApi()).isEmpty();
  }

  @Test
  void changedTypeRemovesTheOldComponentAndAddsTheNew() {
    ChangeFixture change = ChangeFixture.load("vida", "type-string-to-integer");

    ChangeReport report = change.report();

    assertThat(report.removedApi()).containsExactly("String ReturnPhoneNumberRequest.number()");
    assertThat(report.addedApi()).containsExactly("Long ReturnPhoneNumberRequest.number()");
  }

  @Test
  void newOperationAddsItsMethod() {
    ChangeFixture change = ChangeFixture.load("truedy", "operation-added");

    ChangeReport report = change.report();

    assertThat(report.addedApi())
        .containsExactly("Call<Void> TelephonyApi.assignPhoneNumber(PhoneNumberUnassignRequest)");
  }

  @Test
  void reportListsTheClientApiChange() {
    String markdown = ChangeFixture.load("truedy", "response-field-added").report().markdown();

    assertThat(markdown.substring(markdown.indexOf("## Generated client API")))
        .contains("Added:\n\n- `String ResponseMeta.region()`");
  }
}
