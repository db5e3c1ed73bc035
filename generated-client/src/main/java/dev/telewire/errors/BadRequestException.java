package dev.telewire.errors;

/** The API answered 400 Bad Request: the request was malformed. */
public class BadRequestException extends ApiException {
  /** Creates the exception from what the SDK read of the response. */
  public BadRequestException(ApiErrorDetails details) {
    super(details);
  }
}
