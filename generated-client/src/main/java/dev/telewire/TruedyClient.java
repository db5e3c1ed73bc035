package dev.telewire;

import com.squareup.moshi.JsonAdapter;
import dev.telewire.internal.ClientSettings;
import dev.telewire.internal.Credentials;
import dev.telewire.internal.Json;
import dev.telewire.internal.Vendor;
import dev.telewire.truedy.api.ApiInfo;
import dev.telewire.truedy.api.TelephonyApi;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.truedy.model.UnassignPhoneNumberResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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

  private static final Vendor VENDOR =
      new Vendor("Truedy", "apiKey", API_KEY_VARIABLE, BASE_URL_VARIABLE, ApiInfo.DEFAULT_BASE_URL, Credentials.Placement.BEARER_HEADER);
  private static final JsonAdapter<UnassignPhoneNumberResponse> UNASSIGN_RESPONSE =
      Json.MOSHI.adapter(UnassignPhoneNumberResponse.class);

  private final ClientSettings settings;
  private final TelephonyApi telephony;

  private TruedyClient(ClientSettings settings) {
    this.settings = settings;
    this.telephony = settings.retrofit().create(TelephonyApi.class);
  }

  /** Returns a builder; the API key is required, everything else has a default. */
  public static Builder builder() {
    return new Builder(ClientSettings.builder(VENDOR));
  }

  /** Returns a client configured from {@code TRUEDY_API_KEY} and, if set, {@code TRUEDY_BASE_URL}. */
  public static TruedyClient fromEnv() {
    return builder().build();
  }

  /** Returns a builder that starts from this client's settings, to make a variant of it. */
  public Builder newBuilder() {
    return new Builder(settings.toBuilder());
  }

  /**
   * Removes a phone number's inbound or outbound assignment from its agent, and returns the
   * number as Truedy now has it.
   *
   * @throws dev.telewire.errors.InvalidRequestException if the request breaks the spec; nothing is sent
   * @throws dev.telewire.errors.TelewireException for any other failure (see the README's error table)
   */
  public UnassignPhoneNumberResponse unassignPhoneNumber(PhoneNumberUnassignRequest request) {
    return unassignPhoneNumber(request, RequestOptions.none());
  }

  /** Like {@link #unassignPhoneNumber(PhoneNumberUnassignRequest)}, with per-call {@code options}. */
  public UnassignPhoneNumberResponse unassignPhoneNumber(PhoneNumberUnassignRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    request.validate();
    return settings.caller().execute(telephony.unassignPhoneNumber(request), UNASSIGN_RESPONSE, options);
  }

  /**
   * Like {@link #unassignPhoneNumber(PhoneNumberUnassignRequest)}, without blocking: the future
   * completes with the response or fails with the same exceptions, after the same retries.
   */
  public CompletableFuture<UnassignPhoneNumberResponse> unassignPhoneNumberAsync(PhoneNumberUnassignRequest request) {
    return unassignPhoneNumberAsync(request, RequestOptions.none());
  }

  /** Like {@link #unassignPhoneNumberAsync(PhoneNumberUnassignRequest)}, with per-call {@code options}. */
  public CompletableFuture<UnassignPhoneNumberResponse> unassignPhoneNumberAsync(
      PhoneNumberUnassignRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(options, "options == null");
    try {
      request.validate();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return settings.caller().executeAsync(telephony.unassignPhoneNumber(request), UNASSIGN_RESPONSE, options);
  }

  /**
   * The generated Retrofit interface of the Telephony operations, authenticated by this client,
   * for the raw {@code Call} and {@code Response}; it has no validation or retries.
   */
  public TelephonyApi telephony() {
    return telephony;
  }

  @Override
  public String toString() {
    return "TruedyClient{" + settings + "}";
  }

  /** Configures a {@link TruedyClient}; the setters it shares with the other vendors are on {@link ClientBuilder}. */
  public static final class Builder extends ClientBuilder<Builder, TruedyClient> {
    private Builder(ClientSettings.Builder settings) {
      super(settings);
    }

    /** Sets the API key from the Truedy dashboard; without it, {@code TRUEDY_API_KEY} is read. */
    public Builder apiKey(String apiKey) {
      settings.key(apiKey);
      return this;
    }

    @Override
    public TruedyClient build() {
      return new TruedyClient(settings.build());
    }
  }
}
