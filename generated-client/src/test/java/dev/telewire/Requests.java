package dev.telewire;

import dev.telewire.truedy.model.AssignmentType;
import dev.telewire.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.vida.model.ReturnPhoneNumberRequest;

/** Valid requests and responses shared by the tests. */
final class Requests {
  static final PhoneNumberUnassignRequest UNASSIGN =
      PhoneNumberUnassignRequest.builder()
          .numberId("num_11111111-1111-1111-1111-111111111111")
          .assignmentType(AssignmentType.INBOUND)
          .build();
  static final ReturnPhoneNumberRequest RETURN = ReturnPhoneNumberRequest.builder().number("+12145551234").build();

  static final String TRUEDY_200 =
      "{\"data\":{\"number\":\"+18005559876\",\"agent_id\":null,\"unassigned_at\":\"2026-04-05T10:22:00Z\"},"
          + "\"meta\":{\"request_id\":\"req_32e7531c\",\"ts\":\"2026-04-05T10:22:00Z\"}}";
  static final String VIDA_200 = "{\"success\":true,\"message\":\"Success\"}";

  private Requests() {}
}
