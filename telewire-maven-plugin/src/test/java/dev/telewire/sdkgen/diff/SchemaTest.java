package dev.telewire.sdkgen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.SpecDocuments;
import org.junit.jupiter.api.Test;

/** OpenAPI 3.0 and 3.1 spell nullability and types differently; the comparator must not care. */
class SchemaTest {
  private static final JsonNode NO_DOCUMENT = SpecDocuments.parse("{}");

  private static Schema schema(String yaml) {
    return Schema.of(NO_DOCUMENT, SpecDocuments.parse(yaml));
  }

  @Test
  void openApi31TypeListWithNullEqualsOpenApi30Nullable() {
    assertThat(schema("type: [string, 'null']").sameTypeAs(schema("{type: string, nullable: true}"))).isTrue();
  }

  @Test
  void anyOfWithNullEqualsNullableType() {
    assertThat(schema("anyOf: [{type: integer}, {type: 'null'}]").sameTypeAs(schema("type: [integer, 'null']"))).isTrue();
  }

  @Test
  void droppingNullFromTheTypeListIsATypeChange() {
    assertThat(schema("type: [object, 'null']").sameTypeAs(schema("type: object"))).isFalse();
  }

  @Test
  void droppingOpenApi30NullableIsATypeChange() {
    assertThat(schema("{type: object, nullable: true}").sameTypeAs(schema("{type: object, nullable: false}"))).isFalse();
  }

  @Test
  void formatChangeIsATypeChange() {
    assertThat(schema("{type: string, format: date-time}").sameTypeAs(schema("type: string"))).isFalse();
  }

  @Test
  void referencedSchemaIsNamedByItsComponent() {
    JsonNode document = SpecDocuments.parse(
        "components: {schemas: {Meta: {title: Other, type: object, properties: {id: {type: string}}}}}");

    Schema meta = Schema.of(document, SpecDocuments.parse("$ref: '#/components/schemas/Meta'"));

    assertThat(meta.render()).isEqualTo("object Meta");
  }

  @Test
  void singleAllOfIsTheSchemaItWraps() {
    JsonNode document = SpecDocuments.parse("components: {schemas: {Id: {type: string, format: uuid}}}");

    Schema wrapped = Schema.of(document, SpecDocuments.parse("allOf: [{$ref: '#/components/schemas/Id'}]"));

    assertThat(wrapped.render()).isEqualTo("string (uuid)");
  }
}
