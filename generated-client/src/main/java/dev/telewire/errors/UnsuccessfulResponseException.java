package dev.telewire.errors;

/**
 * The API answered with a success status, but the body's own success flag says the call failed
 * (Vida's {@code {"success": false, "message": ...}}). The request reached the vendor; whether it
 * took effect is up to the vendor, so it is not retried.
 */
public class UnsuccessfulResponseException extends TelewireException {
  private final transient Object body;

  /** Creates the exception with the typed response body that carried the flag. */
  public UnsuccessfulResponseException(String message, Object body) {
    super(message);
    this.body = body;
  }

  /** The typed response body, for instance a {@code ReturnPhoneNumberResponse}; cast it to read its message. */
  public Object body() {
    return body;
  }
}
