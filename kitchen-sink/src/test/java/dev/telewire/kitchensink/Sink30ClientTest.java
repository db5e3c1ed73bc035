package dev.telewire.kitchensink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.telewire.RequestOptions;
import dev.telewire.Sink30Client;
import dev.telewire.errors.InvalidRequestException;
import dev.telewire.errors.NotFoundException;
import dev.telewire.sink30.model.Pet;
import dev.telewire.sink30.model.PetStatus;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vendor client generated for the 3.0 kitchen sink from {@code x-telewire-client} in its
 * overlay: a credential in a custom header, several tags, path/query/header parameters, a 204.
 */
class Sink30ClientTest {
  private static final String PET = "{\"id\":7,\"name\":\"Rex\",\"status\":\"sold\"}";

  private final MockWebServer server = new MockWebServer();
  private Sink30Client client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = Sink30Client.builder().apiKey("sink-secret").baseUrl(server.url("/v1/").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private void json(int status, String body) {
    server.enqueue(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body));
  }

  @Test
  void getPetSendsTheKeyInItsHeaderAndReturnsTheTypedPet() throws Exception {
    json(200, PET);

    Pet pet = client.pets().getPet(7L);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/v1/pets/7");
    assertThat(request.getHeader("X-Sink-Key")).isEqualTo("sink-secret");
    assertThat(pet.status()).isEqualTo(PetStatus.SOLD);
  }

  @Test
  void listPetsEncodesEveryKindOfParameter() throws Exception {
    json(200, "[" + PET + "]");

    List<Pet> pets = client.pets().listPets(List.of("a", "b"), List.of(1L, 2L), null, 5L, PetStatus.AVAILABLE, null, null, null, null, null);

    assertThat(pets).extracting(Pet::name).containsExactly("Rex");
    assertThat(server.takeRequest().getPath()).isEqualTo("/v1/pets?tag=a&tag=b&ids=1%2C2&limit=5&status=available");
  }

  @Test
  void operationWithoutABodyReturnsAfterA204() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));

    client.pets().deletePet(7L, "adopted");

    assertThat(server.takeRequest().getPath()).isEqualTo("/v1/pets/7?reason=adopted");
  }

  @Test
  void missingRequiredPathParameterIsRefusedBeforeSending() {
    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, () -> client.pets().getPet(null));

    assertThat(error.field()).isEqualTo("petId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void invalidBodyIsRefusedBeforeSending() {
    Pet nameless = Pet.builder().id(7L).status(PetStatus.SOLD).build();

    InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, () -> client.pets().replacePet(7L, nameless));

    assertThat(error.field()).isEqualTo("name");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void errorStatusThrowsTheTypedExceptionWithTheVendorMessage() {
    json(404, "{\"code\":\"gone\",\"message\":\"No pet 9\"}");

    NotFoundException error = catchThrowableOfType(NotFoundException.class, () -> client.pets().getPet(9L, RequestOptions.none()));

    assertThat(error.errorMessage()).hasValue("No pet 9");
    assertThat(error.getMessage()).startsWith("Sink answered HTTP 404");
  }

  @Test
  void asyncTwinCompletesWithTheTypedPet() throws Exception {
    json(200, PET);

    Pet pet = client.async().pets().getPet(7L).get();

    assertThat(pet.id()).isEqualTo(7L);
  }

  @Test
  void credentialNeverShowsInToString() {
    assertThat(client.toString()).doesNotContain("sink-secret");
    assertThat(client.newBuilder().toString()).doesNotContain("sink-secret");
  }
}
