package dev.telewire.contracts;

/** Names and patterns shared by the consumer contracts. */
final class Contracts {
  /** The consumer: this project. */
  static final String CONSUMER = "telewire";
  static final String TRUEDY = "truedy-api";
  static final String VIDA = "vida-api";

  /** A stand-in credential for the mock server; contracts match credentials by shape only. */
  static final String TEST_CREDENTIAL = "test_key_not_a_secret";
  static final String BEARER_CREDENTIAL = "Bearer [A-Za-z0-9._~+/=-]+";
  static final String TOKEN_CREDENTIAL = "[A-Za-z0-9._~+/=-]+";

  /** What our Retrofit/Moshi stack sends, exactly. */
  static final String REQUEST_CONTENT_TYPE = "application/json; charset=UTF-8";
  /** JSON, with or without parameters such as a charset. */
  static final String JSON_CONTENT_TYPE = "application/json(;\\s?[A-Za-z0-9-]+=[A-Za-z0-9._-]+)*";

  static final String E164 = "\\+[1-9][0-9]{1,14}";
  /**
   * An RFC 3339 timestamp, as the vendors write them; months, days, hours and minutes in range so
   * that it accepts nothing the spec's {@code format: date-time} refuses.
   */
  static final String RFC3339 = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d"
      + "(\\.\\d{1,9})?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)";

  private Contracts() {}
}
