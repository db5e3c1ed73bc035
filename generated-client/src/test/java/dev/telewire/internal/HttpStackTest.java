package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.LogLevel;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The timeouts a client's OkHttpClient ends up with: the documented defaults on the SDK's shared
 * client, the caller's own values on the caller's client, and the builder's over either.
 */
class HttpStackTest {
  private static final Vendor ACME = new Vendor("Acme", "apiKey", "ACME_API_KEY", "ACME_BASE_URL",
      "https://api.acme.test/", Credentials.Placement.BEARER_HEADER, "Authorization", ErrorEnvelope.builder().build());
  private static final HttpUrl BASE = HttpUrl.get("https://api.acme.test/");

  private static HttpStack stack(ClientOptions options) {
    return new HttpStack(ACME, BASE, Secret.of("apiKey", "acme_secret"), options, LogLevel.NONE);
  }

  private static OkHttpClient http(HttpStack stack) {
    return stack.http() instanceof DeferredCallFactory deferred ? deferred.client() : (OkHttpClient) stack.http();
  }

  @Test
  void sharedClientHasTheDocumentedDefaults() {
    OkHttpClient http = http(stack(ClientOptions.builder().build()));

    assertThat(http.connectTimeoutMillis()).isEqualTo(ClientOptions.DEFAULT_CONNECT_TIMEOUT.toMillis());
    assertThat(http.readTimeoutMillis()).isEqualTo(ClientOptions.DEFAULT_READ_TIMEOUT.toMillis());
    assertThat(http.writeTimeoutMillis()).isEqualTo(ClientOptions.DEFAULT_READ_TIMEOUT.toMillis());
    assertThat(http.callTimeoutMillis()).isEqualTo(ClientOptions.DEFAULT_TIMEOUT.toMillis());
  }

  @Test
  void sharedClientsWholeAttemptTimeoutIsTheDefault() {
    assertThat(stack(ClientOptions.builder().build()).callTimeout()).isEqualTo(ClientOptions.DEFAULT_TIMEOUT);
  }

  @Test
  void callersOwnClientKeepsItsTimeouts() {
    OkHttpClient own = new OkHttpClient.Builder().connectTimeout(Duration.ofMillis(1234))
        .readTimeout(Duration.ofMillis(2345)).writeTimeout(Duration.ofMillis(3456)).callTimeout(Duration.ofMillis(4567)).build();

    OkHttpClient http = http(stack(ClientOptions.builder().okHttpClient(own).build()));

    assertThat(http.connectTimeoutMillis()).isEqualTo(1234);
    assertThat(http.readTimeoutMillis()).isEqualTo(2345);
    assertThat(http.writeTimeoutMillis()).isEqualTo(3456);
    assertThat(http.callTimeoutMillis()).isEqualTo(4567);
  }

  @Test
  void callersOwnClientGetsNoWholeAttemptTimeoutOfTheSdks() {
    OkHttpClient own = new OkHttpClient.Builder().callTimeout(Duration.ofMillis(4567)).build();

    assertThat(stack(ClientOptions.builder().okHttpClient(own).build()).callTimeout()).isNull();
  }

  @Test
  void builderTimeoutsOverrideTheCallersOwnClient() {
    OkHttpClient own = new OkHttpClient.Builder().connectTimeout(Duration.ofMillis(1234))
        .readTimeout(Duration.ofMillis(2345)).callTimeout(Duration.ofMillis(4567)).build();
    ClientOptions options = ClientOptions.builder().okHttpClient(own).connectTimeout(Duration.ofMillis(111))
        .readTimeout(Duration.ofMillis(222)).timeout(Duration.ofMillis(333)).build();

    HttpStack stack = stack(options);
    OkHttpClient http = http(stack);

    assertThat(http.connectTimeoutMillis()).isEqualTo(111);
    assertThat(http.readTimeoutMillis()).isEqualTo(222);
    assertThat(http.writeTimeoutMillis()).isEqualTo(222);
    assertThat(http.callTimeoutMillis()).isEqualTo(333);
    assertThat(stack.callTimeout()).isEqualTo(Duration.ofMillis(333));
  }

  @Test
  void headerCredentialIsAddedEarlyOnlyWhenNoInterceptorOfTheCallersRunsFirst() {
    OkHttpClient plain = new OkHttpClient();
    OkHttpClient intercepted = new OkHttpClient.Builder().addInterceptor(chain -> chain.proceed(chain.request())).build();

    assertThat(stack(ClientOptions.builder().build()).earlyCredentials()).isNotNull();
    assertThat(stack(ClientOptions.builder().okHttpClient(plain).build()).earlyCredentials()).isNotNull();
    assertThat(stack(ClientOptions.builder().okHttpClient(intercepted).build()).earlyCredentials()).isNull();
  }

  @Test
  void queryCredentialIsAddedEarlyToo() {
    assertThat(stack(Credentials.Placement.QUERY, "token").earlyCredentials()).isNotNull();
  }

  @Test
  void cookieCredentialIsNeverAddedEarly() {
    assertThat(stack(Credentials.Placement.COOKIE, "session").earlyCredentials()).isNull();
  }

  private static HttpStack stack(Credentials.Placement placement, String name) {
    Vendor vendor = new Vendor("Vida-like", "apiToken", "V_TOKEN", "V_BASE_URL", "https://api.acme.test/",
        placement, name, ErrorEnvelope.builder().build());
    return new HttpStack(vendor, BASE, Secret.of("apiToken", "vida_secret"), ClientOptions.builder().build(), LogLevel.NONE);
  }
}
