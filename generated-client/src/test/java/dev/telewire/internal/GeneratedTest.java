package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.squareup.moshi.JsonReader;
import dev.telewire.errors.InvalidRequestException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The entry points generated code calls, through which it reaches the runtime: each does what it
 * says, for the checks that the two vendor specs never use (kitchen-sink clients use them).
 */
class GeneratedTest {
  private enum Color { RED, UNRECOGNIZED }

  private static InvalidRequestException refusal(Runnable check) {
    return catchThrowableOfType(InvalidRequestException.class, check::run);
  }

  @Test
  void fieldIsTheNameInsideItsPath() {
    assertThat(Generated.field("call.agent", "name")).isEqualTo("call.agent.name");
  }

  @Test
  void indexIsTheElementOfTheArrayInsideItsPath() {
    assertThat(Generated.index("call", "tags", 2)).isEqualTo("call.tags[2]");
  }

  @Test
  void maxLengthRefusesLongerText() {
    assertThat(refusal(() -> Generated.maxLength("abcd", 3, "", "name")).field()).isEqualTo("name");
  }

  @Test
  void minLengthRefusesShorterText() {
    assertThat(refusal(() -> Generated.minLength("ab", 3, "", "name")).field()).isEqualTo("name");
  }

  @Test
  void minimumRefusesASmallerNumber() {
    assertThat(refusal(() -> Generated.minimum(1, "2", false, "", "count")).field()).isEqualTo("count");
  }

  @Test
  void maximumRefusesALargerNumber() {
    assertThat(refusal(() -> Generated.maximum(3, "2", false, "", "count")).field()).isEqualTo("count");
  }

  @Test
  void minItemsRefusesAShorterArray() {
    assertThat(refusal(() -> Generated.minItems(List.of(), 1, "", "tags")).field()).isEqualTo("tags");
  }

  @Test
  void maxItemsRefusesALongerArray() {
    assertThat(refusal(() -> Generated.maxItems(List.of("a", "b"), 1, "", "tags")).field()).isEqualTo("tags");
  }

  @Test
  void knownEnumsRefusesAnUnrecognizedElement() {
    assertThat(refusal(() -> Generated.knownEnums(List.of(Color.RED, Color.UNRECOGNIZED), "", "colors"))).isNotNull();
  }

  @Test
  void headerRefusesALineBreak() {
    assertThat(refusal(() -> Generated.header("a\r\nb", "", "X-Trace")).field()).isEqualTo("X-Trace");
  }

  @Test
  void pathSegmentRefusesDotDot() {
    assertThat(refusal(() -> Generated.pathSegment("..", "", "id")).field()).isEqualTo("id");
  }

  @Test
  void readAnyKeepsNumbersExact() throws IOException {
    Object value = Generated.readAny(JsonReader.of(new Buffer().writeUtf8("{\"price\":0.10}")));

    assertThat(value).isEqualTo(Map.of("price", new BigDecimal("0.10")));
  }

  @Test
  void emptyBodyAllowedMarksItsDelegateAndReadsJsonAsItDoes() throws IOException {
    com.squareup.moshi.JsonAdapter<String> adapter = Generated.emptyBodyAllowed(Generated.adapter(String.class));

    assertThat(adapter.fromJson("\"hi\"")).isEqualTo("hi");
    assertThat(adapter.toString()).endsWith(".optionalBody()");
  }

  @Test
  void adapterReadsJson() throws IOException {
    assertThat(Generated.<String>adapter(String.class).fromJson("\"hi\"")).isEqualTo("hi");
  }

  @Test
  void vendorPlacesTheCredentialAsNamed() {
    Vendor vendor = Generated.vendor("Acme", "apiKey", "ACME_KEY", "ACME_URL", "https://api.acme.test/", "QUERY", "key");

    assertThat(vendor.placement()).isEqualTo(Credentials.Placement.QUERY);
    assertThat(vendor.credentialName()).isEqualTo("key");
  }
}
