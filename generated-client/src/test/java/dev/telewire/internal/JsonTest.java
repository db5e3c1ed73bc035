package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.ErrorResponse;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void unknownEnumValueReadsAsUnrecognized() throws Exception {
    AssignmentType type = Json.MOSHI.adapter(AssignmentType.class).fromJson("\"sideways\"");

    assertThat(type).isEqualTo(AssignmentType.UNRECOGNIZED);
  }

  @Test
  void unrecognizedEnumValueIsNeverSent() {
    PhoneNumberUnassignRequest request =
        PhoneNumberUnassignRequest.builder().numberId("num_1").assignmentType(AssignmentType.UNRECOGNIZED).build();

    assertThatThrownBy(() -> Json.MOSHI.adapter(PhoneNumberUnassignRequest.class).toJson(request))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("AssignmentType.UNRECOGNIZED")
        .hasMessageContaining("assignment_type");
  }

  @Test
  void nullOptionalFieldsAreLeftOut() {
    String json = Json.MOSHI.adapter(PhoneNumberUnassignRequest.class)
        .toJson(PhoneNumberUnassignRequest.builder().numberId("num_1").build());

    assertThat(json).isEqualTo("{\"number_id\":\"num_1\"}");
  }

  @Test
  void errorEnvelopeKeepsFreeFormDetails() throws Exception {
    ErrorResponse error = Json.MOSHI.adapter(ErrorResponse.class)
        .fromJson("{\"error\":{\"code\":\"not_found\",\"message\":\"gone\",\"details\":{\"resource\":\"agent\"}}}");

    assertThat(error.error().code()).isEqualTo("not_found");
    assertThat(error.error().details()).isEqualTo(java.util.Map.of("resource", "agent"));
  }

  @Test
  void freeFormIntegerAbove2To53KeepsEveryDigit() throws Exception {
    ErrorResponse error = Json.MOSHI.adapter(ErrorResponse.class)
        .fromJson("{\"error\":{\"code\":\"c\",\"message\":\"m\",\"details\":{\"id\":9007199254740993}}}");

    assertThat(error.error().details()).isEqualTo(java.util.Map.of("id", 9007199254740993L));
  }

  @Test
  void freeFormFractionReadsAsTheExactDecimal() throws Exception {
    Object value = Json.MOSHI.adapter(Object.class).fromJson("{\"ratio\":0.10}");

    assertThat(value).isEqualTo(java.util.Map.of("ratio", new java.math.BigDecimal("0.10")));
  }

  @Test
  void freeFormJsonIsWrittenBackWithEveryDigit() throws Exception {
    String json = "{\"a\":[1,2.50,{\"b\":-12345678901234567890}],\"c\":true,\"d\":\"x\"}";
    com.squareup.moshi.JsonAdapter<Object> adapter = Json.MOSHI.adapter(Object.class);

    assertThat(adapter.toJson(adapter.fromJson(json))).isEqualTo(json);
  }

  @Test
  void badDateTimeNamesThePath() {
    assertThatThrownBy(() -> Json.MOSHI.adapter(dev.telewire.truedy.model.ResponseMeta.class)
            .fromJson("{\"request_id\":\"r\",\"ts\":\"yesterday\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("$.ts");
  }

  @Test
  void generatedAdaptersAreUsedInsteadOfReflection() {
    assertThat(Json.MOSHI.adapter(PhoneNumberUnassignRequest.class).toString())
        .contains("JsonAdapter(PhoneNumberUnassignRequest)");
  }
}
