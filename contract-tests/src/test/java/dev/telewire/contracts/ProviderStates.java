package dev.telewire.contracts;

import java.util.Map;

/**
 * The provider states the pacts name, shared by the consumer tests that write them and the
 * provider verification that sets them up, so the two cannot drift apart.
 */
final class ProviderStates {
  static final String TRUEDY_ASSIGNED_INBOUND = "num_11111111-1111-1111-1111-111111111111";
  static final String TRUEDY_NOT_ASSIGNED_OUTBOUND = "num_22222222-2222-2222-2222-222222222222";
  static final String TRUEDY_UNKNOWN = "num_33333333-3333-3333-3333-333333333333";

  static final String TRUEDY_NUMBER_ASSIGNED_INBOUND =
      "phone number " + TRUEDY_ASSIGNED_INBOUND + " is assigned inbound, and not outbound, to an agent";
  static final String TRUEDY_NUMBER_NOT_ASSIGNED_OUTBOUND =
      "phone number " + TRUEDY_NOT_ASSIGNED_OUTBOUND + " is not assigned outbound to any agent";
  static final String TRUEDY_API_KEY_REVOKED = "the API key is revoked";
  static final String TRUEDY_NO_SUCH_NUMBER = "no phone number " + TRUEDY_UNKNOWN + " on the account";
  static final String TRUEDY_NUMBER_IDS_VALIDATED = "phone number ids are validated as num_ followed by a UUID";
  static final String TRUEDY_RATE_USED_UP = "the account has used up its request rate";
  static final String TRUEDY_NUMBER_STORE_FAILING = "the phone number store is failing";

  static final String VIDA_ON_ACCOUNT = "+12145551234";
  static final String VIDA_NOT_ON_ACCOUNT = "+12145550000";

  static final String VIDA_NUMBER_ON_RESELLER_ACCOUNT = "phone number " + VIDA_ON_ACCOUNT + " is on the reseller account";
  static final String VIDA_NOT_A_RESELLER = "the account is not a reseller account";
  static final String VIDA_TOKEN_REVOKED = "the API token is revoked";
  static final String VIDA_NO_SUCH_NUMBER = "no phone number " + VIDA_NOT_ON_ACCOUNT + " on the account";

  /** The documented status each Truedy state leads to: what a provider that follows the spec answers in it. */
  static final Map<String, Integer> TRUEDY_STATUS = Map.of(
      TRUEDY_NUMBER_ASSIGNED_INBOUND, 200,
      TRUEDY_NUMBER_NOT_ASSIGNED_OUTBOUND, 400,
      TRUEDY_API_KEY_REVOKED, 401,
      TRUEDY_NO_SUCH_NUMBER, 404,
      TRUEDY_NUMBER_IDS_VALIDATED, 422,
      TRUEDY_RATE_USED_UP, 429,
      TRUEDY_NUMBER_STORE_FAILING, 500);

  /** The documented status each Vida state leads to. */
  static final Map<String, Integer> VIDA_STATUS = Map.of(
      VIDA_NUMBER_ON_RESELLER_ACCOUNT, 200,
      VIDA_NOT_A_RESELLER, 400,
      VIDA_TOKEN_REVOKED, 401,
      VIDA_NO_SUCH_NUMBER, 404);

  /** The state table of {@code provider}. */
  static Map<String, Integer> statusOfState(String provider) {
    return switch (provider) {
      case Contracts.TRUEDY -> TRUEDY_STATUS;
      case Contracts.VIDA -> VIDA_STATUS;
      default -> throw new IllegalArgumentException("No provider states for '" + provider + "'; known: "
          + Contracts.TRUEDY + ", " + Contracts.VIDA);
    };
  }

  private ProviderStates() {}
}
