package dev.telewire.errors;

import dev.telewire.Headers;
import dev.telewire.internal.ApiErrorDetails;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status. Carries the status, the headers, the vendor's error code
 * and message when its body has them, the request id when the vendor sends one, and a bounded
 * snippet of the body. Only the SDK creates it.
 */
public class ApiException extends TelewireException {
  private final int statusCode;
  private final Headers headers;
  private final @Nullable String errorCode;
  private final @Nullable String errorMessage;
  private final @Nullable String requestId;
  private final String body;

  ApiException(ApiErrorDetails details) {
    super(details.summary());
    this.statusCode = details.statusCode();
    this.headers = details.headers();
    this.errorCode = details.errorCode();
    this.errorMessage = details.errorMessage();
    this.requestId = details.requestId();
    this.body = details.body();
  }

  /** The HTTP status code, such as 404. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers, with any credential the API echoed masked. */
  public Headers headers() {
    return headers;
  }

  /** The vendor's machine-readable error code, if the body had one where the vendor's envelope says. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The vendor's human-readable message, if the body had one where the vendor's envelope says. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** The vendor's id for this request, from the body or a request-id header, if it sent one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The start of the response body as text (at most a few KiB), or an empty string. */
  public String body() {
    return body;
  }
}
