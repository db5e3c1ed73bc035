package dev.telewire.kitchensink;

import static dev.telewire.kitchensink.Wire.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.telewire.sink30.api.NamesApi;
import dev.telewire.sink30.api.PetsApi;
import dev.telewire.sink30.model.Names;
import dev.telewire.sink30.model.NamesKind;
import dev.telewire.sink30.model.NewPet;
import dev.telewire.sink30.model.Pet;
import dev.telewire.sink30.model.PetOwner;
import dev.telewire.sink30.model.PetOwnerAddress;
import dev.telewire.sink30.model.PetPatch;
import dev.telewire.sink30.model.PetSize;
import dev.telewire.sink30.model.PetStatus;
import dev.telewire.sink30.model.Priority;
import dev.telewire.sink30.model.Toy;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JSON bodies of the OpenAPI 3.0 kitchen sink: exact request bytes out, typed values in. */
class Sink30ModelsTest {
  private static final String FULL_PET = "{\"id\":9007199254740993,\"name\":\"Rex\",\"tag\":null,\"status\":\"available\","
      + "\"priority\":2,\"size\":\"large\",\"birthday\":\"2020-02-29\",\"createdAt\":\"2024-05-06T07:08:09.123+02:00\","
      + "\"chip\":\"6f1c2a3b-0000-4000-8000-000000000001\",\"homepage\":\"https://rex.example/a?b=c\","
      + "\"weight\":12.50,\"height\":0.5,\"legs\":3,\"vaccinated\":true,\"legacyCode\":\"L1\","
      + "\"owner\":{\"name\":\"Ann\",\"address\":{\"city\":\"Oslo\",\"zip\":\"0150\"}},"
      + "\"attributes\":{\"colour\":\"brown\"},\"scores\":{\"agility\":7},"
      + "\"toys\":[{\"name\":\"ball\",\"squeaks\":true},{\"name\":\"rope\"}],\"nicknames\":[\"R\"],"
      + "\"extra\":{\"anything\":[1,\"two\",false]},\"unknownField\":{\"ignored\":true}}";

  private final Wire wire = new Wire();
  private final PetsApi pets = wire.api(PetsApi.class);

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  private Pet readPet(String json) {
    wire.json(200, json);
    return execute(pets.getPet(1L));
  }

  @Test
  void responseMissingARequiredFieldFailsNamingIt() {
    Throwable error = catchThrowable(() -> readPet("{\"id\":1,\"status\":\"sold\"}"));

    assertThat(error).hasStackTraceContaining("Required value 'name' missing");
  }

  @Test
  void everyScalarFormatReadsToItsJavaType() {
    Pet pet = readPet(FULL_PET);
    assertThat(pet.id()).isEqualTo(9007199254740993L);
    assertThat(pet.birthday()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(pet.createdAt()).isEqualTo(OffsetDateTime.parse("2024-05-06T07:08:09.123+02:00"));
    assertThat(pet.chip()).isEqualTo(UUID.fromString("6f1c2a3b-0000-4000-8000-000000000001"));
    assertThat(pet.homepage()).isEqualTo(URI.create("https://rex.example/a?b=c"));
    assertThat(pet.weight()).isEqualTo(new BigDecimal("12.50"));
    assertThat(pet.height()).isEqualTo(0.5);
    assertThat(pet.vaccinated()).isTrue();
  }

  @Test
  void stringAndIntegerEnumsReadToConstants() {
    Pet pet = readPet(FULL_PET);
    assertThat(pet.status()).isEqualTo(PetStatus.AVAILABLE);
    assertThat(pet.priority()).isEqualTo(Priority.NUMBER_2);
    assertThat(pet.size()).isEqualTo(PetSize.LARGE);
  }

  @Test
  void unknownEnumValueReadsAsUnrecognized() {
    Pet pet = readPet("{\"id\":1,\"name\":\"Rex\",\"status\":\"adopted\",\"priority\":9}");
    assertThat(pet.status()).isEqualTo(PetStatus.UNRECOGNIZED);
    assertThat(pet.priority()).isEqualTo(Priority.UNRECOGNIZED);
  }

  @Test
  void nestedInlineObjectsMapsArraysOfObjectsAndSetsRead() {
    Pet pet = readPet(FULL_PET);
    assertThat(pet.owner()).isEqualTo(PetOwner.builder().name("Ann")
        .address(PetOwnerAddress.builder().city("Oslo").zip("0150").build()).build());
    assertThat(pet.attributes()).containsExactly(Map.entry("colour", "brown"));
    assertThat(pet.scores()).containsExactly(Map.entry("agility", 7L));
    assertThat(pet.toys()).containsExactly(Toy.builder().name("ball").squeaks(true).build(), Toy.builder().name("rope").build());
    assertThat(pet.nicknames()).containsExactly("R");
  }

  @Test
  void freeFormObjectReadsAsPlainJsonValues() {
    assertThat(readPet(FULL_PET).extra()).isEqualTo(Map.of("anything", List.of(1L, "two", false)));
  }

  @Test
  void absentFieldsTakeTheirSchemaDefaults() {
    Pet pet = readPet("{\"id\":1,\"name\":\"Rex\",\"status\":\"sold\"}");
    assertThat(pet.legs()).isEqualTo(4);
    assertThat(pet.vaccinated()).isFalse();
  }

  @Test
  void builderStartsFromSchemaDefaults() {
    Pet pet = Pet.builder().name("Rex").status(PetStatus.SOLD).build();
    assertThat(pet.legs()).isEqualTo(4);
    assertThat(pet.vaccinated()).isFalse();
  }

  @Test
  void readOnlyFieldsAreNotSentAndWriteOnlyFieldsAre() {
    wire.json(200, "{\"id\":7,\"name\":\"Rex\",\"status\":\"sold\"}");
    Pet pet = Pet.builder().id(7L).name("Rex").status(PetStatus.SOLD).createdAt(OffsetDateTime.parse("2024-01-01T00:00Z"))
        .secret("s3").legs(null).vaccinated(null).build();
    execute(pets.replacePet(7L, pet));
    RecordedRequest request = wire.request();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"name\":\"Rex\",\"status\":\"sold\",\"secret\":\"s3\"}");
  }

  @Test
  void fullPetWritesEveryTypeInItsWireForm() {
    Pet pet = readPet(FULL_PET).toBuilder().extra(null).build();
    wire.request();
    wire.json(200, "{\"id\":1,\"name\":\"Rex\",\"status\":\"available\"}");
    execute(pets.replacePet(1L, pet));
    assertThat(wire.request().getBody().readUtf8()).isEqualTo("{\"name\":\"Rex\",\"status\":\"available\",\"priority\":2,"
        + "\"size\":\"large\",\"birthday\":\"2020-02-29\",\"chip\":\"6f1c2a3b-0000-4000-8000-000000000001\","
        + "\"homepage\":\"https://rex.example/a?b=c\",\"weight\":12.50,\"height\":0.5,\"legs\":3,\"vaccinated\":true,"
        + "\"legacyCode\":\"L1\",\"owner\":{\"name\":\"Ann\",\"address\":{\"city\":\"Oslo\",\"zip\":\"0150\"}},"
        + "\"attributes\":{\"colour\":\"brown\"},\"scores\":{\"agility\":7},"
        + "\"toys\":[{\"name\":\"ball\",\"squeaks\":true},{\"name\":\"rope\"}],\"nicknames\":[\"R\"]}");
  }

  @Test
  void allOfModelCarriesEveryPartsFields() {
    wire.json(201, "{\"id\":1,\"name\":\"Rex\",\"status\":\"pending\"}");
    execute(pets.createPet(NewPet.builder().name("Rex").tag("good").status(PetStatus.PENDING).priority(Priority.NUMBER_3).build()));
    RecordedRequest request = wire.request();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"name\":\"Rex\",\"tag\":\"good\",\"status\":\"pending\",\"priority\":3}");
  }

  @Test
  void requiredNullableFieldIsSentAsNullToClearIt() {
    wire.json(200, "{\"id\":1,\"name\":\"Rex\",\"status\":\"sold\"}");
    execute(pets.updatePet(1L, PetPatch.builder().build()));
    RecordedRequest request = wire.request();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"tag\":null}");
  }

  @Test
  void optionalNullableFieldLeftNullIsLeftOut() {
    assertThat(json(PetPatch.builder().build())).isEqualTo("{\"tag\":null}");
  }

  @Test
  void optionalNullableFieldIsSentAsNullThroughItsNullSetter() {
    wire.json(200, "{\"id\":1,\"name\":\"Rex\",\"status\":\"sold\"}");
    execute(pets.updatePet(1L, PetPatch.builder().noteNull().build()));

    assertThat(wire.request().getBody().readUtf8()).isEqualTo("{\"tag\":null,\"note\":null}");
  }

  @Test
  void aValueSetAfterTheNullSetterIsSent() {
    assertThat(json(PetPatch.builder().noteNull().note("calm").build())).isEqualTo("{\"tag\":null,\"note\":\"calm\"}");
  }

  @Test
  void toBuilderKeepsTheFieldsToSendAsNull() {
    PetPatch patch = PetPatch.builder().noteNull().build();

    assertThat(patch.toBuilder().build()).isEqualTo(patch);
    assertThat(json(patch.toBuilder().name("Rex").build())).isEqualTo("{\"name\":\"Rex\",\"tag\":null,\"note\":null}");
  }

  @Test
  void aNullReadFromJsonIsNotSentBack() {
    Pet pet = readPet(FULL_PET);

    assertThat(pet.tag()).isNull();
    assertThat(pet.explicitNulls()).isEmpty();
  }

  private static String json(PetPatch patch) {
    return dev.telewire.internal.Json.MOSHI.adapter(PetPatch.class).toJson(patch);
  }

  @Test
  void deleteWithNoContentReturnsNull() {
    wire.respond(new okhttp3.mockwebserver.MockResponse().setResponseCode(204));
    @SuppressWarnings("deprecation")
    Void result = execute(pets.deletePet(3L, "moved"));
    assertThat(result).isNull();
    RecordedRequest request = wire.request();
    assertThat(request.getMethod() + " " + request.getPath()).isEqualTo("DELETE /v1/pets/3?reason=moved");
  }

  @Test
  void deprecatedOperationAndPropertyCarryDeprecated() throws Exception {
    assertThat(PetsApi.class.getMethod("deletePet", Long.class, String.class).isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(Pet.class.getMethod("legacyCode").isAnnotationPresent(Deprecated.class)).isTrue();
  }

  @Test
  void formUrlEncodedBodyCarriesTheFields() {
    wire.json(200, "{\"rex\":{\"id\":1,\"name\":\"Rex\",\"status\":\"sold\"}}");
    Map<String, Pet> found = execute(pets.searchPets("rex & co", 2L));
    RecordedRequest request = wire.request();
    assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(request.getBody().readUtf8()).isEqualTo("q=rex%20%26%20co&page=2");
    assertThat(found.get("rex").name()).isEqualTo("Rex");
  }

  @Test
  void keywordDashDigitAndObjectMethodNamesRoundTrip() {
    String json = "{\"class\":\"c\",\"default\":\"d\",\"first-name\":\"f\",\"2fa\":true,\"hashCode\":\"h\",\"toString\":\"t\","
        + "\"getClass\":\"g\",\"equals\":\"e\",\"build\":\"b\",\"builder\":\"bd\",\"toBuilder\":\"tb\",\"kind\":\"first-name\"}";
    wire.json(200, json);
    Names names = execute(wire.api(NamesApi.class).keywordNames("x", Names.builder().class_("c").default_("d").firstName("f")._2fa(true)
        .hashCode_("h").toString_("t").getClass_("g").equals_("e").build_("b").builder_("bd").toBuilder_("tb")
        .kind(NamesKind.FIRST_NAME).build(), null, null));
    assertThat(wire.request().getBody().readUtf8()).isEqualTo(json);
    assertThat(names.class_() + names.hashCode_() + names.getClass_() + names.build_() + names.kind())
        .isEqualTo("chgbfirst-name");
  }

  @Test
  void enumValuesThatAreKeywordsDigitsOrTheFallbackNameGetDistinctConstants() {
    assertThat(NamesKind.fromValue("class")).isEqualTo(NamesKind.CLASS);
    assertThat(NamesKind.fromValue("2nd")).isEqualTo(NamesKind._2ND);
    assertThat(NamesKind.fromValue("UNRECOGNIZED")).isEqualTo(NamesKind.UNRECOGNIZED_);
    assertThat(NamesKind.fromValue("public")).isEqualTo(NamesKind.PUBLIC);
  }
}
