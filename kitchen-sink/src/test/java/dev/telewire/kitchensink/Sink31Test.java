package dev.telewire.kitchensink;

import static dev.telewire.kitchensink.Wire.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.telewire.sink31.api.AccountsApi;
import dev.telewire.sink31.api.EventsApi;
import dev.telewire.sink31.model.Account;
import dev.telewire.sink31.model.AccountPatch;
import dev.telewire.sink31.model.AccountRef;
import dev.telewire.sink31.model.CreatedEvent;
import dev.telewire.sink31.model.CreatedEventType;
import dev.telewire.sink31.model.DeletedEvent;
import dev.telewire.sink31.model.EventKind;
import dev.telewire.sink31.model.EventPage;
import dev.telewire.sink31.model.Plan;
import dev.telewire.sink31.model.PurgeRequest;
import dev.telewire.sink31.model.Region;
import dev.telewire.sink31.model.Severity;
import dev.telewire.sink31.model.Target;
import dev.telewire.sink31.model.Tier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI 3.1 kitchen sink: type arrays with null, nullable $refs, unions, and more methods. */
class Sink31Test {
  private static final UUID ACCOUNT = UUID.fromString("00000000-0000-4000-8000-00000000000a");
  private final Wire wire = new Wire();
  private final EventsApi events = wire.api(EventsApi.class);
  private final AccountsApi accounts = wire.api(AccountsApi.class);

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  private EventPage page(String json) {
    wire.json(200, json);
    return execute(events.listEvents(null, null, null));
  }

  @Test
  void typeArrayWithNullReadsNullAndValues() {
    EventPage page = page("{\"events\":[],\"next\":null,\"total\":9007199254740993}");
    assertThat(page.next()).isNull();
    assertThat(page.total()).isEqualTo(9007199254740993L);
  }

  @Test
  void requiredTypeArrayWithNullIsWrittenAsNull() {
    assertThat(dev.telewire.internal.Json.MOSHI.adapter(EventPage.class).toJson(EventPage.builder().events(List.of()).build()))
        .isEqualTo("{\"events\":[],\"next\":null}");
  }

  @Test
  void enumTypedDiscriminatorPicksTheVariant() {
    EventPage page = page("{\"events\":[{\"type\":\"created\",\"id\":\"e1\",\"at\":\"2024-01-02T03:04:05Z\",\"severity\":20},"
        + "{\"type\":\"deleted\",\"id\":\"e2\",\"reason\":null}],\"next\":\"c2\"}");
    assertThat(page.events()).containsExactly(
        CreatedEvent.builder().type(CreatedEventType.CREATED).id("e1").at(OffsetDateTime.parse("2024-01-02T03:04:05Z"))
            .severity(Severity.NUMBER_20).build(),
        DeletedEvent.builder().type("deleted").id("e2").build());
  }

  @Test
  void writingAVariantWithAnEnumDiscriminatorFillsItIn() {
    assertThat(dev.telewire.internal.Json.MOSHI.adapter(EventPage.class).toJson(
        EventPage.builder().events(List.of(CreatedEvent.builder().id("e1").build())).next("n").build()))
        .isEqualTo("{\"events\":[{\"type\":\"created\",\"id\":\"e1\"}],\"next\":\"n\"}");
  }

  @Test
  void oneOfWithoutDiscriminatorReadsEveryVariantKind() {
    EventPage page = page("{\"events\":[],\"next\":null,\"targets\":[{\"accountId\":\"a1\"},"
        + "\"00000000-0000-4000-8000-00000000000a\",[\"x\",\"y\"],\"updated\",false,2.5,\"not a uuid or kind\",{\"other\":1}]}");
    assertThat(page.targets()).containsExactly(
        AccountRef.builder().accountId("a1").build(),
        new Target.OfUUID(ACCOUNT),
        new Target.OfListOfString(List.of("x", "y")),
        new Target.OfEventKind(EventKind.UPDATED),
        new Target.OfBoolean(false),
        new Target.OfDouble(2.5),
        new Target.Unknown("not a uuid or kind"),
        new Target.Unknown(Map.of("other", 1L)));
  }

  @Test
  void arrayOfEnumsQueryRepeatsWireValues() {
    wire.json(200, "{\"events\":[],\"next\":null}");
    execute(events.listEvents(List.of(EventKind.CREATED, EventKind.DELETED), OffsetDateTime.parse("2024-01-02T03:04:05Z"), "c1"));
    assertThat(wire.request().getPath())
        .isEqualTo("/v1/events?kinds=created&kinds=deleted&since=2024-01-02T03%3A04%3A05Z&cursor=c1");
  }

  @Test
  void deleteWithBodySendsTheBody() {
    wire.respond(new MockResponse().setResponseCode(204));
    execute(events.purgeEvents(PurgeRequest.builder().before(OffsetDateTime.parse("2024-01-01T00:00Z")).build()));
    RecordedRequest request = wire.request();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"before\":\"2024-01-01T00:00Z\"}");
  }

  @Test
  void headReturnsNoBody() {
    wire.respond(new MockResponse().setResponseCode(200));
    assertThat(execute(events.probeEvents())).isNull();
    assertThat(wire.request().getMethod()).isEqualTo("HEAD");
  }

  @Test
  void nullableRefAndDefaultsRead() {
    wire.json(200, "{\"id\":\"00000000-0000-4000-8000-00000000000a\",\"email\":\"a@b.c\",\"plan\":null,"
        + "\"balance\":0.10,\"limits\":{\"calls\":[1,2]},\"region\":\"eu-west\",\"extraField\":true}");
    Account account = execute(accounts.getAccount(ACCOUNT));
    assertThat(wire.request().getPath()).isEqualTo("/v1/accounts/" + ACCOUNT);
    assertThat(account).isEqualTo(Account.builder().id(ACCOUNT).email("a@b.c").balance(new BigDecimal("0.10"))
        .limits(Map.of("calls", List.of(1L, 2L))).region(Region.EU_WEST).build());
    assertThat(account.tier()).isEqualTo(Tier.FREE);
  }

  @Test
  void deprecatedSchemaIsDeprecatedAndItsDefaultsApply() {
    @SuppressWarnings("deprecation")
    Plan plan = Plan.builder().name("team").build();
    assertThat(Plan.class.isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(plan.seats()).isEqualTo(1);
  }

  @Test
  void mergePatchSendsExplicitNullForRequiredNullableObject() {
    wire.json(200, "{\"id\":\"00000000-0000-4000-8000-00000000000a\",\"email\":\"n@b.c\"}");
    execute(accounts.patchAccount(ACCOUNT, AccountPatch.builder().email("n@b.c").build()));
    RecordedRequest request = wire.request();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"email\":\"n@b.c\",\"plan\":null}");
  }

  @Test
  void optionalTypeOrNullFieldIsSentAsNullThroughItsNullSetter() {
    String json = dev.telewire.internal.Json.MOSHI.adapter(DeletedEvent.class)
        .toJson(DeletedEvent.builder().type("deleted").id("e1").reasonNull().build());

    assertThat(json).isEqualTo("{\"type\":\"deleted\",\"id\":\"e1\",\"reason\":null}");
  }

  @Test
  void writeOnlyIsSentReadOnlyIsNot() {
    assertThat(dev.telewire.internal.Json.MOSHI.adapter(Account.class).toJson(
        Account.builder().id(ACCOUNT).email("a@b.c").password("pw").tier(null).build()))
        .isEqualTo("{\"email\":\"a@b.c\",\"password\":\"pw\"}");
  }

  @Test
  void csvResponseIsTheRawResponseBody() throws Exception {
    wire.respond(new MockResponse().setHeader("Content-Type", "text/csv").setBody("a,b\n1,2\n"));
    try (ResponseBody body = execute(accounts.exportAccount(ACCOUNT))) {
      assertThat(body.string()).isEqualTo("a,b\n1,2\n");
    }
  }

  @Test
  void webhooksDoNotBecomeClientMethods() {
    assertThatThrownBy(() -> Class.forName("dev.telewire.sink31.api.WebhooksApi")).isInstanceOf(ClassNotFoundException.class);
    assertThat(List.of(EventsApi.class.getMethods()).stream().map(java.lang.reflect.Method::getName))
        .doesNotContain("eventCreated");
  }
}
