package dev.telewire.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an API's error bodies keep the error code, the message, the request id and the field
 * errors, as JSON Pointers (RFC 6901, such as {@code /errors/0/code}) or plain property names
 * (read as a top-level member). Each part lists pointers tried in order; the first that leads to
 * a string, number or boolean wins. {@link ErrorResponses} reads any body with it.
 *
 * <p>Internal API: it may change in any release.
 *
 * @param code where the machine-readable error code is
 * @param message where the human-readable message is
 * @param requestId where the API's id for the request is (request-id headers are read as well)
 * @param fieldErrors where the array of field errors is, or null when the API sends none
 * @param fieldPath where, inside one field error, its location is (an array is joined with dots)
 * @param fieldMessage where, inside one field error, its message is
 * @param fieldType where, inside one field error, its error type is, or null
 */
public record ErrorEnvelope(
    List<String> code,
    List<String> message,
    List<String> requestId,
    @Nullable String fieldErrors,
    @Nullable String fieldPath,
    @Nullable String fieldMessage,
    @Nullable String fieldType) {

  /**
   * The shapes most APIs use, which generated clients get until their registration declares an
   * envelope: {@code {error:{code,message}}} or {@code {error:"..."}}, a top-level {@code message},
   * FastAPI's {@code {detail:"..."}} and {@code {detail:[{loc,msg,type}]}}, and a request id in
   * {@code meta.request_id} or {@code request_id}.
   */
  public static final ErrorEnvelope COMMON = builder()
      .code("/error/code")
      .message("/error/message", "/error", "/message", "/detail")
      .requestId("/meta/request_id", "/request_id")
      .fieldErrors("/detail", "/loc", "/msg", "/type")
      .build();

  /** Turns property names into pointers and copies the lists. */
  public ErrorEnvelope {
    code = pointers(code);
    message = pointers(message);
    requestId = pointers(requestId);
    fieldErrors = pointer(fieldErrors);
    fieldPath = pointer(fieldPath);
    fieldMessage = pointer(fieldMessage);
    fieldType = pointer(fieldType);
  }

  /** Returns a builder for an envelope that reads nothing until told where to look. */
  public static Builder builder() {
    return new Builder();
  }

  private static List<String> pointers(List<String> values) {
    List<String> result = new ArrayList<>();
    for (String value : Objects.requireNonNull(values, "pointers == null")) {
      result.add(Objects.requireNonNull(pointer(value), "pointer == null"));
    }
    return List.copyOf(result);
  }

  private static @Nullable String pointer(@Nullable String value) {
    if (value == null || value.isEmpty() || value.startsWith("/")) {
      return value;
    }
    return "/" + value.replace("~", "~0").replace("/", "~1");
  }

  /** Collects an {@link ErrorEnvelope}. */
  public static final class Builder {
    private List<String> code = List.of();
    private List<String> message = List.of();
    private List<String> requestId = List.of();
    private @Nullable String fieldErrors;
    private @Nullable String fieldPath;
    private @Nullable String fieldMessage;
    private @Nullable String fieldType;

    private Builder() {}

    /** Where the error code may be, tried in order. */
    public Builder code(String... pointers) {
      this.code = List.of(pointers);
      return this;
    }

    /** Where the error message may be, tried in order. */
    public Builder message(String... pointers) {
      this.message = List.of(pointers);
      return this;
    }

    /** Where the request id may be, tried in order. */
    public Builder requestId(String... pointers) {
      this.requestId = List.of(pointers);
      return this;
    }

    /** Where the array of field errors is, and where each item keeps its location, message and type (or null). */
    public Builder fieldErrors(String array, String path, String message, @Nullable String type) {
      this.fieldErrors = Objects.requireNonNull(array, "array == null");
      this.fieldPath = Objects.requireNonNull(path, "path == null");
      this.fieldMessage = Objects.requireNonNull(message, "message == null");
      this.fieldType = type;
      return this;
    }

    /** Returns the envelope. */
    public ErrorEnvelope build() {
      return new ErrorEnvelope(code, message, requestId, fieldErrors, fieldPath, fieldMessage, fieldType);
    }
  }
}
