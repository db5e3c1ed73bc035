package dev.telewire.sdkgen.diff;

import java.util.Objects;

/**
 * One difference between the accepted baseline and the current effective spec.
 *
 * @param kind what changed, which also says whether it breaks callers
 * @param location where in the spec: an operation such as {@code POST /a/b} or a schema path such
 *     as {@code PhoneNumberUnassignRequest.assignment_type}
 * @param detail one sentence naming the changed item and its old and new value
 */
public record Change(Kind kind, String location, String detail) {

  /** Checks that every part is present. */
  public Change {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(detail, "detail == null");
  }

  /** Whether this change breaks code or calls that worked against the baseline. */
  public boolean breaking() {
    return kind.breaking();
  }

  /** The change as one line, such as {@code removed request enum value at X: value 'a' removed}. */
  @Override
  public String toString() {
    return kind.label() + " at " + location + ": " + detail;
  }

  /** The kinds of change the gate tells apart, each either breaking or not. */
  public enum Kind {
    OPERATION_REMOVED("removed operation", true),
    OPERATION_RENAMED("renamed operation", true),
    RESPONSE_REMOVED("removed response", true),
    REQUEST_FIELD_REMOVED("removed request field", true),
    REQUEST_FIELD_REQUIRED("newly required request field", true),
    REQUEST_ENUM_VALUE_REMOVED("removed request enum value", true),
    RESPONSE_FIELD_REMOVED("removed response field", true),
    RESPONSE_ENUM_VALUE_REMOVED("removed response enum value", true),
    TYPE_CHANGED("changed type", true),
    SECURITY_CHANGED("changed security", true),
    OPERATION_UNGENERATABLE("operation no longer generated", true),
    OPERATION_ADDED("new operation", false),
    RESPONSE_ADDED("new response", false),
    REQUEST_FIELD_ADDED("new optional request field", false),
    REQUEST_FIELD_OPTIONAL("request field no longer required", false),
    REQUEST_ENUM_VALUE_ADDED("new request enum value", false),
    RESPONSE_FIELD_ADDED("new response field", false),
    RESPONSE_ENUM_VALUE_ADDED("new response enum value", false),
    SECURITY_ADDED("new security scheme", false),
    SERVER_CHANGED("changed server URL", false),
    OPERATION_LEFT_OUT("new operation left out", false);

    private final String label;
    private final boolean breaking;

    Kind(String label, boolean breaking) {
      this.label = label;
      this.breaking = breaking;
    }

    /** A short human name, such as {@code removed request enum value}. */
    public String label() {
      return label;
    }

    /** Whether a change of this kind breaks callers of the generated client. */
    public boolean breaking() {
      return breaking;
    }
  }
}
