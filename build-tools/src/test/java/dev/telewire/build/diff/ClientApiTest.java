package dev.telewire.build.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The client API derived from a spec matches what openapi-generator makes of it with our templates. */
class ClientApiTest {

  @Test
  void truedyOperationIsAMethodOfTheTagInterfaceNamedByOperationId() {
    assertThat(ClientApi.of(ChangeFixture.effective("truedy")))
        .extracting(ClientApi.Declaration::text)
        .contains("interface TelephonyApi",
            "Call<UnassignPhoneNumberResponse> TelephonyApi.unassignPhoneNumber(PhoneNumberUnassignRequest)");
  }

  @Test
  void vendorClientMethodIsListedWhenTheSpecAsksForAClient() {
    com.fasterxml.jackson.databind.node.ObjectNode spec =
        (com.fasterxml.jackson.databind.node.ObjectNode) ChangeFixture.effective("truedy");
    spec.withObjectProperty("info").withObjectProperty("x-telewire-client").put("name", "TruedyClient");

    assertThat(ClientApi.of(spec))
        .extracting(ClientApi.Declaration::text)
        .contains("UnassignPhoneNumberResponse TruedyClient.unassignPhoneNumber(PhoneNumberUnassignRequest)");
  }

  @Test
  void truedySchemasAreRecordsWithCamelCaseComponents() {
    assertThat(ClientApi.of(ChangeFixture.effective("truedy")))
        .extracting(ClientApi.Declaration::text)
        .contains("record UnassignedPhoneNumber",
            "String UnassignedPhoneNumber.agentId()",
            "OffsetDateTime UnassignedPhoneNumber.unassignedAt()",
            "List<ValidationErrorItem> HTTPValidationError.detail()",
            "Object ErrorDetail.details()");
  }

  @Test
  void truedyInlineEnumIsAnEnumNamedByItsTitle() {
    assertThat(ClientApi.of(ChangeFixture.effective("truedy")))
        .extracting(ClientApi.Declaration::text)
        .contains("enum AssignmentType", "AssignmentType.INBOUND", "AssignmentType.OUTBOUND",
            "AssignmentType PhoneNumberUnassignRequest.assignmentType()");
  }

  @Test
  void vidaInlineSchemasAreRecordsNamedByTheirTitles() {
    assertThat(ClientApi.of(ChangeFixture.effective("vida")))
        .extracting(ClientApi.Declaration::text)
        .contains("Call<ReturnPhoneNumberResponse> PhoneNumbersApi.returnPhoneNumber(ReturnPhoneNumberRequest)",
            "Boolean ReturnPhoneNumberResponse.success()",
            "String VidaError.message()");
  }

  @Test
  void removedEnumValueRemovesItsConstant() {
    ChangeFixture change = ChangeFixture.load("truedy", "request-enum-value-removed");

    ClientApi.Delta delta = ClientApi.between(change.baseline(), change.current());

    assertThat(delta.removed()).extracting(ClientApi.Declaration::text).containsExactly("AssignmentType.OUTBOUND");
    assertThat(delta.added()).isEmpty();
  }

  @Test
  void changedTypeRemovesTheOldComponentAndAddsTheNew() {
    ChangeFixture change = ChangeFixture.load("vida", "type-string-to-integer");

    ClientApi.Delta delta = ClientApi.between(change.baseline(), change.current());

    assertThat(delta.removed()).extracting(ClientApi.Declaration::text).containsExactly("String ReturnPhoneNumberRequest.number()");
    assertThat(delta.added()).extracting(ClientApi.Declaration::text).containsExactly("Integer ReturnPhoneNumberRequest.number()");
  }

  @Test
  void newOperationAddsItsMethod() {
    ChangeFixture change = ChangeFixture.load("truedy", "operation-added");

    ClientApi.Delta delta = ClientApi.between(change.baseline(), change.current());

    assertThat(delta.added()).extracting(ClientApi.Declaration::text)
        .containsExactly("Call<Void> TelephonyApi.assignPhoneNumber(PhoneNumberUnassignRequest)");
  }

  @Test
  void reportListsTheClientApiChange() {
    String markdown = ChangeFixture.load("truedy", "response-field-added").report().markdown();

    assertThat(markdown.substring(markdown.indexOf("## Generated client API")))
        .contains("Added:\n\n- `String ResponseMeta.region()`");
  }
}
