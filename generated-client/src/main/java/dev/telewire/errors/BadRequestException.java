package dev.telewire.errors;

import dev.telewire.internal.ApiErrorDetails;

/** The API answered 400 Bad Request: the request was malformed. */
public class BadRequestException extends ApiException {
  BadRequestException(ApiErrorDetails details) {
    super(details);
  }
}
