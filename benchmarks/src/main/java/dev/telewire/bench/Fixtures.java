package dev.telewire.bench;

/** The values every benchmark sends and receives: the vendors' documented examples. */
final class Fixtures {
  /** Truedy's base path, as in the spec's server URL. */
  static final String TRUEDY_BASE_PATH = "/api/public/v1/";

  /** Vida's base path, as in the spec's server URL. */
  static final String VIDA_BASE_PATH = "/";

  /** The base path of the sinklarge and sinkone specs, as in their server URL. */
  static final String SINK_BASE_PATH = "/v3/";

  /** The call every sink cold start gets: {@code getCall} with this id. */
  static final String SINK_CALL_ID = "c1";

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

  /** A 200 of sinklarge's {@code getCall}. */
  static final String SINK_CALL_200 =
      "{\"id\":\"c1\",\"name\":\"first\",\"status\":\"active\","
          + "\"last_event\":{\"type\":\"changed\",\"at\":\"2024-01-02T03:04:05Z\",\"fields\":[\"name\"]}}";

  private Fixtures() {}
}
