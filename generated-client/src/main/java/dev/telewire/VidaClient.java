package dev.telewire;

import com.squareup.moshi.JsonAdapter;
import dev.telewire.internal.ClientSettings;
import dev.telewire.internal.Credentials;
import dev.telewire.internal.Json;
import dev.telewire.internal.Vendor;
import dev.telewire.vida.api.ApiInfo;
import dev.telewire.vida.api.PhoneNumbersApi;
import dev.telewire.vida.model.ReturnPhoneNumberRequest;
import dev.telewire.vida.model.ReturnPhoneNumberResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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

  private static final Vendor VENDOR =
      new Vendor("Vida", "apiToken", API_TOKEN_VARIABLE, BASE_URL_VARIABLE, ApiInfo.DEFAULT_BASE_URL, Credentials.Placement.TOKEN_QUERY);
  private static final JsonAdapter<ReturnPhoneNumberResponse> RETURN_RESPONSE =
      Json.MOSHI.adapter(ReturnPhoneNumberResponse.class);

  private final ClientSettings settings;
  private final PhoneNumbersApi phoneNumbers;

  private VidaClient(ClientSettings settings) {
    this.settings = settings;
    this.phoneNumbers = settings.retrofit().create(PhoneNumbersApi.class);
  }

  /** Returns a builder; the API token is required, everything else has a default. */
  public static Builder builder() {
    return new Builder(ClientSettings.builder(VENDOR));
  }

  /** Returns a client configured from {@code VIDA_API_TOKEN} and, if set, {@code VIDA_BASE_URL}. */
  public static VidaClient fromEnv() {
    return builder().build();
  }

  /** Returns a builder that starts from this client's settings, to make a variant of it. */
  public Builder newBuilder() {
    return new Builder(settings.toBuilder());
  }

  /**
   * Returns a phone number: unassigns it from its agent account and, for a number from an
   * integrated supplier, hands it back to them. Needs a reseller account.
   *
   * @throws dev.telewire.errors.InvalidRequestException if the request breaks the spec; nothing is sent
   * @throws dev.telewire.errors.TelewireException for any other failure (see the README's error table)
   */
  public ReturnPhoneNumberResponse returnPhoneNumber(ReturnPhoneNumberRequest request) {
    return returnPhoneNumber(request, RequestOptions.none());
  }

  /** Like {@link #returnPhoneNumber(ReturnPhoneNumberRequest)}, with per-call {@code options}. */
  public ReturnPhoneNumberResponse returnPhoneNumber(ReturnPhoneNumberRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    request.validate();
    return settings.caller().execute(phoneNumbers.returnPhoneNumber(request), RETURN_RESPONSE, options);
  }

  /**
   * Like {@link #returnPhoneNumber(ReturnPhoneNumberRequest)}, without blocking: the future
   * completes with the response or fails with the same exceptions, after the same retries.
   */
  public CompletableFuture<ReturnPhoneNumberResponse> returnPhoneNumberAsync(ReturnPhoneNumberRequest request) {
    return returnPhoneNumberAsync(request, RequestOptions.none());
  }

  /** Like {@link #returnPhoneNumberAsync(ReturnPhoneNumberRequest)}, with per-call {@code options}. */
  public CompletableFuture<ReturnPhoneNumberResponse> returnPhoneNumberAsync(
      ReturnPhoneNumberRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    try {
      request.validate();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return settings.caller().executeAsync(phoneNumbers.returnPhoneNumber(request), RETURN_RESPONSE, options);
  }

  /**
   * The generated Retrofit interface of the Phone Numbers operations, authenticated by this client,
   * for the raw {@code Call} and {@code Response}; it has no validation or retries.
   */
  public PhoneNumbersApi phoneNumbers() {
    return phoneNumbers;
  }

  @Override
  public String toString() {
    return "VidaClient{" + settings + "}";
  }

  /** Configures a {@link VidaClient}; the setters it shares with the other vendors are on {@link ClientBuilder}. */
  public static final class Builder extends ClientBuilder<Builder, VidaClient> {
    private Builder(ClientSettings.Builder settings) {
      super(settings);
    }

    /**
     * Sets the API token from the Vida dashboard, sent as the {@code token} query parameter;
     * without it, {@code VIDA_API_TOKEN} is read.
     */
    public Builder apiToken(String apiToken) {
      settings.key(apiToken);
      return this;
    }

    @Override
    public VidaClient build() {
      return new VidaClient(settings.build());
    }
  }
}
