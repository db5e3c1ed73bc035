package dev.telewire.errors;

import dev.telewire.internal.ApiErrorDetails;
import java.util.List;

/** The API answered 422 Unprocessable Entity: it understood the request but rejected fields of it. */
public class UnprocessableEntityException extends ApiException {
  private final List<FieldError> fieldErrors;

  UnprocessableEntityException(ApiErrorDetails details) {
    super(details);
    this.fieldErrors = details.fieldErrors();
  }

  /** The fields the API rejected, and why; empty if the body did not list them. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
