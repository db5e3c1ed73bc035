package dev.telewire.errors;

/** The API answered 403 Forbidden: the credential may not do this. */
public class PermissionDeniedException extends ApiException {
  /** Creates the exception from what the SDK read of the response. */
  public PermissionDeniedException(ApiErrorDetails details) {
    super(details);
  }
}
