package dev.telewire.errors;

/** The API answered 401 Unauthorized: the API key or token is missing, wrong or revoked. */
public class UnauthorizedException extends ApiException {
  /** Creates the exception from what the SDK read of the response. */
  public UnauthorizedException(ApiErrorDetails details) {
    super(details);
  }
}
