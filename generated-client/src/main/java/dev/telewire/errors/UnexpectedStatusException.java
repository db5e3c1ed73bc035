package dev.telewire.errors;

import dev.telewire.internal.ApiErrorDetails;

/** The API answered a status the SDK does not map to a more specific exception. */
public class UnexpectedStatusException extends ApiException {
  UnexpectedStatusException(ApiErrorDetails details) {
    super(details);
  }
}
