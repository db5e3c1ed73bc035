package dev.telewire.errors;

import java.util.Optional;
import okhttp3.Headers;

/**
 * The API answered with an error status. Carries the status, the vendor's error code and message
 * when its body has them, the request id when the vendor sends one, and a bounded snippet of the body.
 */
public class ApiException extends TelewireException {
  private final int statusCode;
  private final Headers headers;
  private final String errorCode;
  private final String errorMessage;
  private final String requestId;
  private final String body;

  /** Creates the exception for one error response; {@code details} are already free of secrets. */
  public ApiException(ApiErrorDetails details) {
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

  /** The response headers. */
  public Headers headers() {
    return headers;
  }

  /** The vendor's machine-readable error code (Truedy {@code error.code}), if the body had one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The vendor's human-readable message (Truedy {@code error.message}, Vida {@code message}), if any. */
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
