package dev.telewire.bench;

/** The values every benchmark sends and receives: the vendors' documented examples. */
final class Fixtures {
  /** Truedy's base path, as in the spec's server URL. */
  static final String TRUEDY_BASE_PATH = "/api/public/v1/";

  /** Vida's base path, as in the spec's server URL. */
  static final String VIDA_BASE_PATH = "/";

  static final String TRUEDY_KEY = "tr_bench_key";
  static final String VIDA_TOKEN = "vd_bench_token";

  /** The request example of Truedy's unassign operation. */
  static final String NUMBER_ID = "num_11111111-1111-1111-1111-111111111111";
  static final String ASSIGNMENT_TYPE = "inbound";

  /** The request example of Vida's return operation. */
  static final String E164_NUMBER = "+12145551234";

  /** The 200 example of Truedy's unassign operation, as one line of JSON. */
  static final String TRUEDY_200 =
      "{\"data\":{\"number\":\"+18005559876\",\"agent_id\":null,\"unassigned_at\":\"2026-04-05T10:22:00Z\"},"
          + "\"meta\":{\"request_id\":\"req_32e7531c\",\"ts\":\"2026-04-05T10:22:00Z\"}}";

  /** The 200 examples of Vida's return operation, as one line of JSON. */
  static final String VIDA_200 = "{\"success\":true,\"message\":\"Success\"}";

  private Fixtures() {}
}
