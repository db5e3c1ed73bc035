package dev.telewire.errors;

/** The API answered a status the SDK does not map to a more specific exception. */
public class UnexpectedStatusException extends ApiException {
  /** Creates the exception from what the SDK read of the response. */
  public UnexpectedStatusException(ApiErrorDetails details) {
    super(details);
  }
}
