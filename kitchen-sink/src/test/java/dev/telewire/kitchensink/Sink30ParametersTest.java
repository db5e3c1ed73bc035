package dev.telewire.kitchensink;

import static dev.telewire.kitchensink.Wire.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.telewire.sink30.api.NamesApi;
import dev.telewire.sink30.api.PetsApi;
import dev.telewire.sink30.model.PetStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Path, query, header and cookie parameters of the OpenAPI 3.0 kitchen sink, as they go on the wire. */
class Sink30ParametersTest {
  private final Wire wire = new Wire();
  private final PetsApi pets = wire.api(PetsApi.class);

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  private RecordedRequest list(List<String> tag, List<Long> ids, List<String> colours, List<String> trace, String session, String theme) {
    wire.json(200, "[]");
    execute(pets.listPets(tag, ids, colours, null, null, null, null, trace, session, theme));
    return wire.request();
  }

  @Test
  void explodedArrayQueryRepeatsTheParameter() {
    assertThat(list(List.of("a", "b"), null, null, null, null, null).getPath()).isEqualTo("/v1/pets?tag=a&tag=b");
  }

  @Test
  void nonExplodedArrayQueryIsCommaSeparated() {
    assertThat(list(null, List.of(1L, 9007199254740993L), null, null, null, null).getPath())
        .isEqualTo("/v1/pets?ids=1%2C9007199254740993");
  }

  @Test
  void pipeDelimitedArrayQueryIsPipeSeparated() {
    assertThat(list(null, null, List.of("red", "blue"), null, null, null).getPath()).isEqualTo("/v1/pets?colours=red%7Cblue");
  }

  @Test
  void arrayHeaderIsCommaSeparated() {
    assertThat(list(null, null, null, List.of("x", "y"), null, null).getHeader("X-Trace")).isEqualTo("x,y");
  }

  @Test
  void cookieParametersTravelInOneCookieHeader() {
    assertThat(list(null, null, null, null, "s1", "dark").getHeader("Cookie")).isEqualTo("session=s1; theme=dark");
  }

  @Test
  void nullCookieIsLeftOut() {
    assertThat(list(null, null, null, null, null, "dark").getHeader("Cookie")).isEqualTo("theme=dark");
  }

  @Test
  void cookieValueWithSemicolonIsRefusedNamingTheCookieNotTheValue() {
    assertThatThrownBy(() -> pets.listPets(null, null, null, null, null, null, null, null, "sec;ret", null))
        .isInstanceOf(dev.telewire.errors.InvalidRequestException.class)
        .hasMessageContaining("cookie session")
        .hasMessageNotContaining("sec;ret");
  }

  @Test
  void scalarQueryAndHeaderParametersUseTheirWireForms() {
    wire.json(200, "[]");
    UUID requestId = UUID.fromString("6f1c2a3b-0000-4000-8000-000000000001");
    execute(pets.listPets(null, null, null, 5L, PetStatus.PENDING, LocalDate.of(2024, 2, 29), requestId, null, null, null));
    RecordedRequest request = wire.request();
    assertThat(request.getPath()).isEqualTo("/v1/pets?limit=5&status=pending&born-after=2024-02-29");
    assertThat(request.getHeader("X-Request-Id")).isEqualTo(requestId.toString());
  }

  @Test
  void optionalParametersLeftNullAreNotSent() {
    RecordedRequest request = list(null, null, null, null, null, null);
    assertThat(request.getPath()).isEqualTo("/v1/pets");
    assertThat(request.getHeader("Cookie")).isNull();
    assertThat(request.getHeader("X-Request-Id")).isNull();
  }

  @Test
  void int64PathParameterIsWrittenInFull() {
    wire.json(200, "{\"id\":9007199254740993,\"name\":\"Rex\",\"status\":\"sold\"}");
    execute(pets.getPet(9007199254740993L));
    assertThat(wire.request().getPath()).isEqualTo("/v1/pets/9007199254740993");
  }

  @Test
  void keywordNamedPathQueryAndHeaderParametersKeepTheirWireNames() {
    wire.json(200, "{}");
    execute(wire.api(NamesApi.class).keywordNames("a b", dev.telewire.sink30.model.Names.builder().build(), "yes", "\"etag\""));
    RecordedRequest request = wire.request();
    assertThat(request.getPath()).isEqualTo("/v1/names/a%20b?default=yes");
    assertThat(request.getHeader("if-match")).isEqualTo("\"etag\"");
  }
}
