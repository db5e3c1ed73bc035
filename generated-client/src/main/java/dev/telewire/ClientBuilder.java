package dev.telewire;

import dev.telewire.internal.ClientSettings;
import dev.telewire.internal.ServiceContext;
import dev.telewire.internal.Sleeper;
import dev.telewire.internal.Vendor;
import java.time.Clock;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settings every vendor client's builder shares: base URL, HTTP client, retries, timeouts and
 * logging. Each vendor's {@code Builder} adds its credential and {@code build()}. The values live
 * in one immutable options value; {@code newBuilder()} starts from a built client's.
 *
 * @param <B> the vendor's builder, returned by every setter for chaining
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
  final ClientSettings.Builder settings;
  private final Function<ClientSettings, ServiceContext> contexts;

  /** Starts empty, for {@code vendor}; {@code idempotencyHeader} is null when the vendor declares none. */
  ClientBuilder(Vendor vendor, @Nullable String idempotencyHeader) {
    this.settings = ClientSettings.builder(vendor);
    this.contexts = built -> ServiceContext.of(built, vendor, idempotencyHeader);
  }

  /** Starts from a built client's settings, for its {@code newBuilder()}. */
  ClientBuilder(ServiceContext client) {
    this.settings = client.settings().toBuilder();
    this.contexts = client::rebuilt;
  }

  /** Sets the vendor's credential, naming the vendor's setter when it is null. */
  void setCredential(String credential) {
    settings.key(credential);
  }

  /** Checks the settings and returns the new client's context. */
  ServiceContext context() {
    return contexts.apply(settings.build());
  }

  /** Overrides the base URL; the default is the first server in the vendor's spec. */
  public B baseUrl(String baseUrl) {
    settings.options().baseUrl(baseUrl);
    return self();
  }

  /**
   * Uses your OkHttpClient (its pool, dispatcher, timeouts, proxies and interceptors); the
   * client adds its own interceptors to a derived copy and leaves yours unchanged.
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    settings.options().okHttpClient(okHttpClient);
    return self();
  }

  /** Sets how many times a failed call is retried (2 by default); 0 disables retries. */
  public B maxRetries(int maxRetries) {
    settings.options().maxRetries(maxRetries);
    return self();
  }

  /** Sets the time one attempt may take in all (60 s by default). */
  public B timeout(Duration timeout) {
    settings.options().timeout(timeout);
    return self();
  }

  /** Sets the time to open a connection (10 s by default). */
  public B connectTimeout(Duration connectTimeout) {
    settings.options().connectTimeout(connectTimeout);
    return self();
  }

  /** Sets the longest wait for the next bytes of a request or response (30 s by default). */
  public B readTimeout(Duration readTimeout) {
    settings.options().readTimeout(readTimeout);
    return self();
  }

  /** Logs HTTP traffic with the credential masked; without it, {@code TELEWIRE_LOG} is read. */
  public B logLevel(LogLevel logLevel) {
    settings.options().logLevel(logLevel);
    return self();
  }

  B environment(UnaryOperator<@Nullable String> environment) {
    settings.options().environment(environment);
    return self();
  }

  B clock(Clock clock) {
    settings.options().clock(clock);
    return self();
  }

  B sleeper(Sleeper sleeper) {
    settings.options().sleeper(sleeper);
    return self();
  }

  B jitter(DoubleSupplier jitter) {
    settings.options().jitter(jitter);
    return self();
  }

  /** Returns the client; fails naming the setting if the credential is missing or the base URL is unsafe. */
  public abstract C build();

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  @Override
  public String toString() {
    return getClass().getEnclosingClass().getSimpleName() + ".Builder{" + settings + "}";
  }
}
