package dev.telewire.errors;

import org.jspecify.annotations.Nullable;

/**
 * The API answered with a success status but a body the SDK cannot read as the documented type.
 * Only the SDK creates it.
 */
public class InvalidResponseException extends TelewireException {
  private final int statusCode;
  private final String body;

  InvalidResponseException(String message, int statusCode, String body, @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.body = body;
  }

  /** The HTTP status code of the unreadable response. */
  public int statusCode() {
    return statusCode;
  }

  /** The start of the response body as text, or an empty string. */
  public String body() {
    return body;
  }
}
