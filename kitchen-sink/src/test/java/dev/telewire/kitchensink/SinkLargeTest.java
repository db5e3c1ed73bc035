package dev.telewire.kitchensink;

import static dev.telewire.kitchensink.Wire.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sinklarge.api.CallsApi;
import dev.telewire.sinklarge.model.Call;
import dev.telewire.sinklarge.model.CallChangedEvent;
import dev.telewire.sinklarge.model.CallStatus;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The synthetic large spec (150 operations) generates into working clients; one resource on the wire. */
class SinkLargeTest {
  private final Wire wire = new Wire();
  private final CallsApi calls = wire.api(CallsApi.class);

  @AfterEach
  void close() throws Exception {
    wire.close();
  }

  @Test
  void modelNamedCallDoesNotClashWithRetrofitCall() {
    wire.json(200, "{\"id\":\"c1\",\"name\":\"first\",\"status\":\"active\","
        + "\"last_event\":{\"type\":\"changed\",\"at\":\"2024-01-02T03:04:05Z\",\"fields\":[\"name\"]}}");
    Call call = execute(calls.getCall("c1"));
    assertThat(wire.request().getPath()).isEqualTo("/v1/calls/c1");
    assertThat(call.status()).isEqualTo(CallStatus.ACTIVE);
    assertThat(call.enabled()).isTrue();
    assertThat(call.lastEvent()).isEqualTo(CallChangedEvent.builder().type("changed")
        .at(OffsetDateTime.parse("2024-01-02T03:04:05Z")).fields(List.of("name")).build());
  }

  @Test
  void listSendsArraysAndCookie() {
    wire.json(200, "{\"data\":[],\"next_cursor\":null}");
    execute(calls.listCalls(10L, null, List.of(CallStatus.ACTIVE, CallStatus.PAUSED), List.of("a", "b"), null, null, "s"));
    RecordedRequest request = wire.request();
    assertThat(request.getPath()).isEqualTo("/v1/calls?limit=10&status=active&status=paused&ids=a%2Cb");
    assertThat(request.getHeader("Cookie")).isEqualTo("session=s");
  }

  @Test
  void everyResourceHasItsTenOperations() {
    long operations = List.of(CallsApi.class.getMethods()).stream().filter(m -> !m.getName().endsWith("Encoded")).count();
    assertThat(operations).isEqualTo(10);
  }
}
