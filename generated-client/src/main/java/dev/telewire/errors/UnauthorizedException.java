package dev.telewire.errors;

import dev.telewire.internal.ApiErrorDetails;

/** The API answered 401 Unauthorized: the API key or token is missing, wrong or revoked. */
public class UnauthorizedException extends ApiException {
  UnauthorizedException(ApiErrorDetails details) {
    super(details);
  }
}
