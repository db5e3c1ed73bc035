package dev.telewire.errors;

import dev.telewire.internal.ApiErrorDetails;

/** The API answered 403 Forbidden: the credential may not do this. */
public class PermissionDeniedException extends ApiException {
  PermissionDeniedException(ApiErrorDetails details) {
    super(details);
  }
}
