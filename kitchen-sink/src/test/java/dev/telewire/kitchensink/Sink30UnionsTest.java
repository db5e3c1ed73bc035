package dev.telewire.kitchensink;

import static dev.telewire.kitchensink.Wire.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sink30.api.ShapesApi;
import dev.telewire.sink30.model.Circle;
import dev.telewire.sink30.model.Contact;
import dev.telewire.sink30.model.Drawing;
import dev.telewire.sink30.model.EmailContact;
import dev.telewire.sink30.model.Label;
import dev.telewire.sink30.model.PhoneContact;
import dev.telewire.sink30.model.Shape;
import dev.telewire.sink30.model.Square;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** oneOf / anyOf of the OpenAPI 3.0 kitchen sink: with a discriminator, by shape, and the Unknown fallback. */
class Sink30UnionsTest {
  private final Wire wire = new Wire();
  private final ShapesApi shapes = wire.api(ShapesApi.class);

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  private Drawing drawing(String json) {
    wire.json(200, json);
    return execute(shapes.getDrawing());
  }

  @Test
  void discriminatorPicksTheVariant() {
    Drawing drawing = drawing("{\"shapes\":[{\"kind\":\"circle\",\"radius\":1.5},{\"side\":2.0,\"kind\":\"square\"}]}");
    assertThat(drawing.shapes()).containsExactly(
        Circle.builder().kind("circle").radius(1.5).build(), Square.builder().kind("square").side(2.0).build());
  }

  @Test
  void unknownDiscriminatorValueKeepsTheJson() {
    Drawing drawing = drawing("{\"shapes\":[{\"kind\":\"hexagon\",\"side\":1}]}");
    assertThat(drawing.shapes()).containsExactly(new Shape.Unknown(Map.of("kind", "hexagon", "side", 1L)));
  }

  @Test
  void unionsInsideMapsRead() {
    assertThat(drawing("{\"named\":{\"sun\":{\"kind\":\"circle\",\"radius\":9}}}").named())
        .containsExactly(Map.entry("sun", Circle.builder().kind("circle").radius(9.0).build()));
  }

  @Test
  void writingAVariantFillsInItsDiscriminator() {
    wire.json(200, "{\"kind\":\"square\",\"side\":3}");
    Shape stored = execute(shapes.createShape(Square.builder().side(3.0).build()));
    assertThat(wire.request().getBody().readUtf8()).isEqualTo("{\"kind\":\"square\",\"side\":3.0}");
    assertThat(stored).isEqualTo(Square.builder().kind("square").side(3.0).build());
  }

  @Test
  void unknownVariantIsWrittenBackAsRead() {
    wire.json(200, "{}");
    execute(shapes.createShape(new Shape.Unknown(Map.of("kind", "hexagon"))));
    assertThat(wire.request().getBody().readUtf8()).isEqualTo("{\"kind\":\"hexagon\"}");
  }

  @Test
  void anyOfWithoutDiscriminatorPicksTheVariantByItsRequiredFields() {
    Drawing drawing = drawing("{\"contacts\":[{\"phone\":\"+4712345678\"},{\"email\":\"a@b.c\",\"verified\":true}]}");
    assertThat(drawing.contacts()).containsExactly(
        PhoneContact.builder().phone("+4712345678").build(), EmailContact.builder().email("a@b.c").verified(true).build());
  }

  @Test
  void objectMatchingNoVariantIsUnknown() {
    assertThat(drawing("{\"contacts\":[{\"fax\":\"1\"}]}").contacts()).containsExactly(new Contact.Unknown(Map.of("fax", "1")));
  }

  @Test
  void objectMatchingTwoVariantsEquallyIsUnknown() {
    assertThat(drawing("{\"contacts\":[{\"email\":\"a@b.c\",\"phone\":\"1\"}]}").contacts())
        .containsExactly(new Contact.Unknown(Map.of("email", "a@b.c", "phone", "1")));
  }

  @Test
  void scalarVariantsAreToldApartByJsonType() {
    assertThat(drawing("{\"labels\":[\"red\",9007199254740993,true]}").labels()).containsExactly(
        new Label.OfString("red"), new Label.OfLong(9007199254740993L), new Label.Unknown(true));
  }

  @Test
  void scalarVariantsAreWrittenBare() {
    assertThat(dev.telewire.internal.Json.MOSHI.adapter(Drawing.class).toJson(
        Drawing.builder().labels(List.of(new Label.OfString("red"), new Label.OfLong(7L))).build()))
        .isEqualTo("{\"labels\":[\"red\",7]}");
  }
}
