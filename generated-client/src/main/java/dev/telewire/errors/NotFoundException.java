package dev.telewire.errors;

/** The API answered 404 Not Found: the resource does not exist, or the API refused it as such. */
public class NotFoundException extends ApiException {
  /** Creates the exception from what the SDK read of the response. */
  public NotFoundException(ApiErrorDetails details) {
    super(details);
  }
}
