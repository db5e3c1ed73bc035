package dev.telewire.kitchensink;

import static dev.telewire.kitchensink.Wire.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sinkshapes.api.DefaultApi;
import dev.telewire.sinkshapes.model.BookAction;
import dev.telewire.sinkshapes.model.CancelAction;
import dev.telewire.sinkshapes.model.Cat;
import dev.telewire.sinkshapes.model.Event;
import dev.telewire.sinkshapes.model.ModelTag;
import dev.telewire.sinkshapes.model.Order;
import dev.telewire.sinkshapes.model.OrderAllOfShippingSpeed;
import dev.telewire.sinkshapes.model.Org;
import dev.telewire.sinkshapes.model.PaymentBank;
import dev.telewire.sinkshapes.model.Square;
import dev.telewire.sinkshapes.model.Ticket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The schema shapes of real vendor specs (kitchen-sink/spec/sinkshapes), read over MockWebServer. */
class SinkShapesTest {
  private final Wire wire = new Wire();
  private final DefaultApi api = wire.api(DefaultApi.class);

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  @Test
  void integerWithoutFormatReadsMillisecondTimestampsAsLong() {
    wire.json(200, "{\"at\":1703413636133,\"count\":3,\"big\":9999999999}");
    Event event = execute(api.getEvent());
    assertThat(event.at()).isEqualTo(1703413636133L);
    assertThat(event.big()).isEqualTo(9999999999L);
    assertThat(event.count()).isEqualTo(3);
  }

  @Test
  void base64PropertyIsItsText() {
    wire.json(200, "{\"at\":1,\"count\":1,\"payload\":\"aGk=\"}");
    assertThat(execute(api.getEvent()).payload()).isEqualTo("aGk=");
  }

  @Test
  void singleValueEnumOrConstPicksTheVariant() {
    wire.json(200, "{\"type\":\"cancel\"}");
    assertThat(execute(api.getAction())).isInstanceOf(CancelAction.class);
  }

  @Test
  void discriminatorWithoutMappingUsesTheVariantsOneAllowedValue() {
    wire.json(200, "{\"kind\":\"cat\"}");
    assertThat(execute(api.getAnimal())).isInstanceOf(Cat.class);
  }

  @Test
  void unknownExtraFieldDoesNotDefeatVariantChoice() {
    wire.json(200, "{\"type\":\"book_appointment\",\"when\":\"noon\",\"added_later\":1}");
    assertThat(execute(api.getAction())).isInstanceOf(BookAction.class)
        .extracting(action -> ((BookAction) action).when()).isEqualTo("noon");
  }

  @Test
  void allOfWithOneOfDistributesIntoTheVariants() {
    wire.json(200, "{\"amount\":5,\"iban\":\"DE89370400440532013000\"}");
    assertThat(execute(api.getPayment()))
        .isEqualTo(PaymentBank.builder().amount(5L).iban("DE89370400440532013000").build());
  }

  @Test
  void nestedOneOfIsFlattenedIntoItsVariants() {
    wire.json(200, "{\"tag\":\"cute\"}");
    assertThat(execute(api.getPetOrLabel())).isEqualTo(ModelTag.builder().tag("cute").build());
  }

  @Test
  void inlineEnumInsideAnInlineObjectOfAnAllOfPartIsGenerated() {
    wire.json(200, "{\"id\":\"o1\",\"shipping\":{\"speed\":\"fast\"}}");
    Order order = execute(api.getOrder());
    assertThat(order.shipping().speed()).isEqualTo(OrderAllOfShippingSpeed.FAST);
  }

  @Test
  void collidingPropertyNamesGetNumberedNamesAndXTelewireNameChoosesOne() {
    wire.json(200, "{\"org_name\":\"legacy\",\"orgName\":\"current\",\"legacy_id\":\"L1\"}");
    Org org = execute(api.getOrg());
    assertThat(org.orgName()).isEqualTo("current");
    assertThat(org.orgName2()).isEqualTo("legacy");
    assertThat(org.legacyIdentifier()).isEqualTo("L1");
  }

  @Test
  void jsonNamesWithAQuoteOrABackslashAreReadByThoseNames() {
    wire.json(200, "{\"say\\\"hi\":\"quoted\",\"back\\\\slash\":\"slashed\"}");
    Org org = execute(api.getOrg());
    assertThat(org.sayDoubleQuoteHi()).isEqualTo("quoted");
    assertThat(org.backSlash()).isEqualTo("slashed");
  }

  @Test
  void jsonNamesWithAQuoteOrABackslashAreWrittenByThoseNames() {
    String json = dev.telewire.internal.Json.MOSHI.adapter(Org.class)
        .toJson(Org.builder().sayDoubleQuoteHi("quoted").backSlash("slashed").build());
    assertThat(json).isEqualTo("{\"say\\\"hi\":\"quoted\",\"back\\\\slash\":\"slashed\"}");
  }

  @Test
  void variantsWithPropertiesThatWouldCollideWhenMergedStillGenerate() {
    wire.json(200, "{\"side\":2,\"orgName\":\"x\"}");
    assertThat(execute(api.getShape())).isEqualTo(Square.builder().side(new java.math.BigDecimal("2")).orgName("x").build());
  }

  @Test
  void requiredButUndefinedPropertyIsAFreeFormField() {
    wire.json(200, "{\"id\":\"t1\",\"ghost\":{\"a\":1}}");
    Ticket ticket = execute(api.getTicket());
    assertThat(ticket.ghost()).isEqualTo(Map.of("a", 1L));
  }
}
