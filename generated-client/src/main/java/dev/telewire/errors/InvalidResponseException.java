package dev.telewire.errors;

/** The API answered with a success status but a body the SDK cannot read as the documented type. */
public class InvalidResponseException extends TelewireException {
  private final int statusCode;
  private final String body;

  /** Creates the exception with the status and a bounded snippet of the body. */
  public InvalidResponseException(String message, int statusCode, String body, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.body = body == null ? "" : body;
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
