package dev.telewire;

import dev.telewire.internal.ClientSettings;
import dev.telewire.internal.Credentials;
import dev.telewire.internal.Responses;
import dev.telewire.vida.api.ApiInfo;
import dev.telewire.vida.api.PhoneNumbersApi;
import dev.telewire.vida.model.ReturnPhoneNumberRequest;
import dev.telewire.vida.model.ReturnPhoneNumberResponse;
import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * A client for the Vida API. Build one with {@link #builder()} or {@link #fromEnv()}, keep it,
 * and share it between threads.
 *
 * <pre>{@code
 * VidaClient vida = VidaClient.builder().apiToken("...").build();
 * ReturnPhoneNumberResponse result = vida.returnPhoneNumber(
 *     ReturnPhoneNumberRequest.builder().number("+12145551234").build());
 * }</pre>
 */
public final class VidaClient {
  /** The environment variable read when no API token is given to the builder. */
  public static final String API_TOKEN_VARIABLE = "VIDA_API_TOKEN";

  /** The environment variable read when no base URL is given to the builder. */
  public static final String BASE_URL_VARIABLE = "VIDA_BASE_URL";

  private final ClientSettings settings;
  private final PhoneNumbersApi phoneNumbers;

  private VidaClient(ClientSettings settings) {
    this.settings = settings;
    this.phoneNumbers = settings.retrofit().create(PhoneNumbersApi.class);
  }

  /** Returns a builder; the API token is required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a client configured from {@code VIDA_API_TOKEN} and, if set, {@code VIDA_BASE_URL}. */
  public static VidaClient fromEnv() {
    return builder().build();
  }

  /** Returns a builder that starts from this client's settings, to make a variant of it. */
  public Builder newBuilder() {
    Builder builder = new Builder();
    builder.apiToken = settings.credential().reveal();
    builder.baseUrl = settings.baseUrl().toString();
    builder.okHttpClient = settings.callerClient();
    return builder;
  }

  /**
   * Returns a phone number: unassigns it from its agent account and, for a number from an
   * integrated supplier, hands it back to them. Needs a reseller account.
   */
  public ReturnPhoneNumberResponse returnPhoneNumber(ReturnPhoneNumberRequest request) {
    Objects.requireNonNull(request, "request == null");
    return Responses.bodyOf("Vida", phoneNumbers.returnPhoneNumber(request));
  }

  /** The generated Retrofit interface of the Phone Numbers operations, authenticated by this client. */
  public PhoneNumbersApi phoneNumbers() {
    return phoneNumbers;
  }

  @Override
  public String toString() {
    return "VidaClient{" + settings + "}";
  }

  /** Configures a {@link VidaClient}. */
  public static final class Builder {
    private String apiToken;
    private String baseUrl;
    private OkHttpClient okHttpClient;
    private UnaryOperator<String> environment = ClientSettings::systemEnvironment;

    private Builder() {}

    /**
     * Sets the API token from the Vida dashboard, sent as the {@code token} query parameter;
     * without it, {@code VIDA_API_TOKEN} is read.
     */
    public Builder apiToken(String apiToken) {
      this.apiToken = Objects.requireNonNull(apiToken, "apiToken == null");
      return this;
    }

    /** Overrides the base URL, {@value ApiInfo#DEFAULT_BASE_URL} by default. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /**
     * Uses your OkHttpClient (its pool, dispatcher, timeouts, proxies and interceptors); the
     * client adds its own interceptors to a derived copy and leaves yours unchanged.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    Builder environment(UnaryOperator<String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment == null");
      return this;
    }

    /** Returns the client; fails naming the setting if the API token is missing or the base URL is unsafe. */
    public VidaClient build() {
      return new VidaClient(
          ClientSettings.resolve(
              "apiToken",
              apiToken,
              API_TOKEN_VARIABLE,
              baseUrl,
              BASE_URL_VARIABLE,
              ApiInfo.DEFAULT_BASE_URL,
              Credentials.Placement.TOKEN_QUERY,
              okHttpClient,
              environment));
    }

    @Override
    public String toString() {
      return "VidaClient.Builder{baseUrl=" + baseUrl + ", apiToken=" + (apiToken == null ? "unset" : "****") + "}";
    }
  }
}
