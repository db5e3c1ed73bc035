package dev.telewire.errors;

import dev.telewire.internal.ApiErrorDetails;

/** The API answered a 5xx status: the vendor failed; a retry may succeed. */
public class InternalServerException extends ApiException {
  InternalServerException(ApiErrorDetails details) {
    super(details);
  }
}
