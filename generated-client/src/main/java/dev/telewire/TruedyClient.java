package dev.telewire;

import dev.telewire.internal.ClientSettings;
import dev.telewire.internal.Credentials;
import dev.telewire.internal.Responses;
import dev.telewire.truedy.api.ApiInfo;
import dev.telewire.truedy.api.TelephonyApi;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.truedy.model.UnassignPhoneNumberResponse;
import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * A client for the Truedy API. Build one with {@link #builder()} or {@link #fromEnv()}, keep it,
 * and share it between threads.
 *
 * <pre>{@code
 * TruedyClient truedy = TruedyClient.builder().apiKey("tr_live_...").build();
 * UnassignPhoneNumberResponse result = truedy.unassignPhoneNumber(
 *     PhoneNumberUnassignRequest.builder()
 *         .numberId("num_11111111-1111-1111-1111-111111111111")
 *         .assignmentType(AssignmentType.INBOUND)
 *         .build());
 * }</pre>
 */
public final class TruedyClient {
  /** The environment variable read when no API key is given to the builder. */
  public static final String API_KEY_VARIABLE = "TRUEDY_API_KEY";

  /** The environment variable read when no base URL is given to the builder. */
  public static final String BASE_URL_VARIABLE = "TRUEDY_BASE_URL";

  private final ClientSettings settings;
  private final TelephonyApi telephony;

  private TruedyClient(ClientSettings settings) {
    this.settings = settings;
    this.telephony = settings.retrofit().create(TelephonyApi.class);
  }

  /** Returns a builder; the API key is required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a client configured from {@code TRUEDY_API_KEY} and, if set, {@code TRUEDY_BASE_URL}. */
  public static TruedyClient fromEnv() {
    return builder().build();
  }

  /** Returns a builder that starts from this client's settings, to make a variant of it. */
  public Builder newBuilder() {
    Builder builder = new Builder();
    builder.apiKey = settings.credential().reveal();
    builder.baseUrl = settings.baseUrl().toString();
    builder.okHttpClient = settings.callerClient();
    return builder;
  }

  /**
   * Removes a phone number's inbound or outbound assignment from its agent, and returns the
   * number as Truedy now has it.
   */
  public UnassignPhoneNumberResponse unassignPhoneNumber(PhoneNumberUnassignRequest request) {
    Objects.requireNonNull(request, "request == null");
    return Responses.bodyOf("Truedy", telephony.unassignPhoneNumber(request));
  }

  /** The generated Retrofit interface of the Telephony operations, authenticated by this client. */
  public TelephonyApi telephony() {
    return telephony;
  }

  @Override
  public String toString() {
    return "TruedyClient{" + settings + "}";
  }

  /** Configures a {@link TruedyClient}. */
  public static final class Builder {
    private String apiKey;
    private String baseUrl;
    private OkHttpClient okHttpClient;
    private UnaryOperator<String> environment = ClientSettings::systemEnvironment;

    private Builder() {}

    /** Sets the API key from the Truedy dashboard; without it, {@code TRUEDY_API_KEY} is read. */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
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

    /** Returns the client; fails naming the setting if the API key is missing or the base URL is unsafe. */
    public TruedyClient build() {
      return new TruedyClient(
          ClientSettings.resolve(
              "apiKey",
              apiKey,
              API_KEY_VARIABLE,
              baseUrl,
              BASE_URL_VARIABLE,
              ApiInfo.DEFAULT_BASE_URL,
              Credentials.Placement.BEARER_HEADER,
              okHttpClient,
              environment));
    }

    @Override
    public String toString() {
      return "TruedyClient.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "****") + "}";
    }
  }
}
