package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.telewire.LogLevel;
import dev.telewire.RequestOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {
  @Test
  void requestOptionsOverrideOnlyTheSettingsTheySet() {
    ClientOptions client = ClientOptions.builder().maxRetries(4).timeout(Duration.ofSeconds(9))
        .readTimeout(Duration.ofSeconds(3)).build();

    ClientOptions call = client.with(RequestOptions.builder().maxRetries(0).build());

    assertThat(call.maxRetries()).isZero();
    assertThat(call.timeout()).isEqualTo(Duration.ofSeconds(9));
    assertThat(call.readTimeout()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void requestOptionsTimeoutsReplaceTheClients() {
    ClientOptions client = ClientOptions.builder().timeout(Duration.ofSeconds(9))
        .connectTimeout(Duration.ofSeconds(8)).readTimeout(Duration.ofSeconds(7)).build();

    ClientOptions call = client.with(RequestOptions.builder().timeout(Duration.ofSeconds(3))
        .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(1)).build());

    assertThat(call.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(call.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(call.readTimeout()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void everyBuilderSettingChainsAndIsKept() {
    OkHttpClient http = new OkHttpClient();
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    Sleeper sleeper = new Sleeper() {
      @Override
      public void sleep(Duration delay) {}

      @Override
      public CompletableFuture<Void> delay(Duration delay) {
        return CompletableFuture.completedFuture(null);
      }
    };
    DoubleSupplier jitter = () -> 0.5;

    ClientOptions options = ClientOptions.builder()
        .okHttpClient(http)
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(2))
        .timeout(Duration.ofSeconds(3))
        .maxRetries(4)
        .logLevel(LogLevel.BODY)
        .environment(name -> name.equals("ACME_KEY") ? "from-env" : null)
        .clock(clock)
        .sleeper(sleeper)
        .jitter(jitter)
        .build();

    assertThat(options.okHttpClient()).isSameAs(http);
    assertThat(options.logLevel()).isEqualTo(LogLevel.BODY);
    assertThat(options.clock()).isSameAs(clock);
    assertThat(options.sleeper()).isSameAs(sleeper);
    assertThat(options.jitter()).isSameAs(jitter);
  }

  @Test
  void changingABuilderAfterBuildLeavesTheBuiltOptionsUnchanged() {
    ClientOptions.Builder builder = ClientOptions.builder().maxRetries(1);
    ClientOptions built = builder.build();

    builder.maxRetries(5);
    built.toBuilder().maxRetries(7);

    assertThat(built.maxRetries()).isEqualTo(1);
  }

  @Test
  void unsetRetriesAreTheDefault() {
    assertThat(ClientOptions.builder().build().maxRetries()).isEqualTo(ClientOptions.DEFAULT_MAX_RETRIES);
  }

  @Test
  void zeroTimeoutIsRefusedNamingTheSettingInBothBuilders() {
    assertThatThrownBy(() -> ClientOptions.builder().connectTimeout(Duration.ZERO))
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> RequestOptions.builder().connectTimeout(Duration.ZERO))
        .hasMessageContaining("connectTimeout");
  }

  @Test
  void toStringNeverShowsTheCredential() {
    assertThat(ClientOptions.builder().credential("sk_secret_value").build().toString())
        .doesNotContain("sk_secret_value").contains(Secret.MASK);
  }
}
