package dev.telewire.errors;

import dev.telewire.internal.ApiErrorDetails;

/** The API answered 404 Not Found: the resource does not exist, or the API refused it as such. */
public class NotFoundException extends ApiException {
  NotFoundException(ApiErrorDetails details) {
    super(details);
  }
}
