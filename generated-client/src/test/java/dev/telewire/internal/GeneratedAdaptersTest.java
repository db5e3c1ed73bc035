package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.UnassignPhoneNumberResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratedAdaptersTest {
  private static final Moshi MOSHI = new Moshi.Builder().build();

  @Test
  void findsTheAdapterBesideAGeneratedRecord() throws Exception {
    JsonAdapter<?> adapter = GeneratedAdapters.FACTORY.create(UnassignPhoneNumberResponse.class, Set.of(), Json.MOSHI);

    Object read = adapter.fromJson("{\"data\":{\"number\":\"+15550100\",\"agent_id\":null,"
        + "\"unassigned_at\":\"2026-01-02T03:04:05Z\"},\"meta\":{\"request_id\":\"req_1\",\"ts\":\"2026-01-02T03:04:05Z\"}}");

    assertThat(read).isInstanceOf(UnassignPhoneNumberResponse.class);
    assertThat(((UnassignPhoneNumberResponse) read).data().number()).isEqualTo("+15550100");
  }

  @Test
  void findsTheAdapterBesideAGeneratedEnum() throws Exception {
    JsonAdapter<?> adapter = GeneratedAdapters.FACTORY.create(AssignmentType.class, Set.of(), MOSHI);

    assertThat(adapter.fromJson("\"inbound\"")).isEqualTo(AssignmentType.INBOUND);
  }

  @Test
  void readsNullAsNullAsMoshiDoesForGeneratedAdapters() throws Exception {
    JsonAdapter<?> adapter = GeneratedAdapters.FACTORY.create(UnassignPhoneNumberResponse.class, Set.of(), Json.MOSHI);

    assertThat(adapter.fromJson("null")).isNull();
  }

  @Test
  void leavesAClassWithoutAnAdapterToMoshi() {
    assertThat(GeneratedAdapters.FACTORY.create(Plain.class, Set.of(), MOSHI)).isNull();
  }

  @Test
  void leavesAClassWhoseNamesakeIsNoAdapterToMoshi() {
    assertThat(GeneratedAdapters.FACTORY.create(Decoy.class, Set.of(), MOSHI)).isNull();
  }

  @Test
  void leavesJdkTypesToMoshi() {
    assertThat(GeneratedAdapters.FACTORY.create(String.class, Set.of(), MOSHI)).isNull();
  }

  record Plain(String name) {}

  record Decoy(String name) {}
}

/** Named as the adapter of {@code GeneratedAdaptersTest.Decoy} would be, but is no adapter. */
final class GeneratedAdaptersTest_DecoyJsonAdapter {}
