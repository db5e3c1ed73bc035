package dev.telewire.internal;

import dev.telewire.Headers;
import dev.telewire.errors.ApiException;
import dev.telewire.errors.FieldError;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the SDK read from one error response, used to build an {@link ApiException}.
 *
 * <p>Internal API: it may change in any release.
 *
 * @param vendor the API's name, such as {@code Acme}
 * @param statusCode the HTTP status code
 * @param headers the response headers
 * @param errorCode the vendor's error code, or null
 * @param errorMessage the vendor's error message, or null
 * @param requestId the vendor's request id, or null
 * @param body a bounded snippet of the response body, never null
 * @param fieldErrors the field errors of a validation failure, empty when none
 * @param note a remark the SDK adds to the message (for example about retries), or null
 */
public record ApiErrorDetails(
    String vendor,
    int statusCode,
    Headers headers,
    @Nullable String errorCode,
    @Nullable String errorMessage,
    @Nullable String requestId,
    String body,
    List<FieldError> fieldErrors,
    @Nullable String note) {

  /** Checks the required parts and copies the list. */
  public ApiErrorDetails {
    Objects.requireNonNull(vendor, "vendor == null");
    Objects.requireNonNull(headers, "headers == null");
    body = body == null ? "" : body;
    fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
  }

  /** Returns a copy with {@code note} added to the message. */
  public ApiErrorDetails withNote(@Nullable String note) {
    return new ApiErrorDetails(vendor, statusCode, headers, errorCode, errorMessage, requestId, body, fieldErrors, note);
  }

  /** The exception message: status, vendor code and message, request id and any note. */
  public String summary() {
    StringBuilder message = new StringBuilder(vendor).append(" answered HTTP ").append(statusCode);
    if (errorCode != null) {
      message.append(" ").append(errorCode);
    }
    if (errorMessage != null) {
      message.append(": ").append(errorMessage);
    }
    for (FieldError error : fieldErrors) {
      message.append("; ").append(error.field()).append(": ").append(error.message());
    }
    if (requestId != null) {
      message.append(" (request ").append(requestId).append(")");
    }
    if (note != null) {
      message.append(". ").append(note);
    }
    return message.toString();
  }
}
