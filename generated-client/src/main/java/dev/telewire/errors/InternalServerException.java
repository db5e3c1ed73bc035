package dev.telewire.errors;

/** The API answered a 5xx status: the vendor failed; a retry may succeed. */
public class InternalServerException extends ApiException {
  /** Creates the exception from what the SDK read of the response. */
  public InternalServerException(ApiErrorDetails details) {
    super(details);
  }
}
