package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A call's options over a client's defaults ({@code withOptions}): the call's values win, the defaults fill the rest. */
class RequestOptionsDefaultsTest {
  private static final RequestOptions DEFAULTS = RequestOptions.builder()
      .maxRetries(5)
      .timeout(Duration.ofSeconds(10))
      .connectTimeout(Duration.ofSeconds(1))
      .readTimeout(Duration.ofSeconds(2))
      .putHeader("X-Team", "voice")
      .putHeader("X-Trace", "default")
      .putQueryParam("region", "eu")
      .putQueryParam("mode", "default")
      .build();

  @Test
  void theCallsRetriesAndTimeoutsWinOverTheDefaults() {
    RequestOptions call = RequestOptions.builder()
        .maxRetries(1)
        .timeout(Duration.ofSeconds(3))
        .connectTimeout(Duration.ofSeconds(4))
        .readTimeout(Duration.ofSeconds(5))
        .build();

    RequestOptions merged = call.applyDefaults(DEFAULTS);

    assertThat(merged.maxRetries()).hasValue(1);
    assertThat(merged.timeout()).contains(Duration.ofSeconds(3));
    assertThat(merged.connectTimeout()).contains(Duration.ofSeconds(4));
    assertThat(merged.readTimeout()).contains(Duration.ofSeconds(5));
  }

  @Test
  void theDefaultsFillTheRetriesAndTimeoutsTheCallLeavesUnset() {
    RequestOptions call = RequestOptions.builder().putHeader("X-Other", "1").build();

    RequestOptions merged = call.applyDefaults(DEFAULTS);

    assertThat(merged.maxRetries()).hasValue(5);
    assertThat(merged.timeout()).contains(Duration.ofSeconds(10));
    assertThat(merged.connectTimeout()).contains(Duration.ofSeconds(1));
    assertThat(merged.readTimeout()).contains(Duration.ofSeconds(2));
  }

  @Test
  void headersAreMergedWithTheCallsWinningByNameWhateverTheCase() {
    RequestOptions call = RequestOptions.builder().putHeader("x-trace", "call").build();

    RequestOptions merged = call.applyDefaults(DEFAULTS);

    assertThat(merged.headers()).isEqualTo(Map.of("X-Team", List.of("voice"), "x-trace", List.of("call")));
  }

  @Test
  void queryParametersAreMergedWithTheCallsWinningByName() {
    RequestOptions call = RequestOptions.builder().putQueryParam("mode", "call").build();

    RequestOptions merged = call.applyDefaults(DEFAULTS);

    assertThat(merged.queryParams()).isEqualTo(Map.of("region", List.of("eu"), "mode", List.of("call")));
  }

  @Test
  void noDefaultsLeaveTheCallsOptionsAsTheyAre() {
    RequestOptions call = RequestOptions.builder().maxRetries(2).build();

    assertThat(call.applyDefaults(RequestOptions.none())).isSameAs(call);
  }
}
