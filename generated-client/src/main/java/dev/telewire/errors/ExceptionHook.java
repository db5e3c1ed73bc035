package dev.telewire.errors;

import dev.telewire.internal.ApiErrorDetails;
import dev.telewire.internal.SdkExceptions;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Lets the runtime create this package's exceptions, whose constructors nobody else can call. */
final class ExceptionHook implements SdkExceptions.Factory {
  static {
    SdkExceptions.install(new ExceptionHook());
  }

  private ExceptionHook() {}

  @Override
  public ApiException status(ApiErrorDetails details, @Nullable Duration retryAfter) {
    int code = details.statusCode();
    return switch (code) {
      case 400 -> new BadRequestException(details);
      case 401 -> new UnauthorizedException(details);
      case 403 -> new PermissionDeniedException(details);
      case 404 -> new NotFoundException(details);
      case 422 -> new UnprocessableEntityException(details);
      case 429 -> new RateLimitException(details, retryAfter);
      default -> code >= 500 && code <= 599 ? new InternalServerException(details) : new UnexpectedStatusException(details);
    };
  }

  @Override
  public UnsuccessfulResponseException unsuccessful(String message, Object body) {
    return new UnsuccessfulResponseException(message, body);
  }

  @Override
  public InvalidResponseException invalidResponse(String message, int statusCode, String body, @Nullable Throwable cause) {
    return new InvalidResponseException(message, statusCode, body, cause);
  }

  @Override
  public ApiConnectionException connection(String message, Throwable cause, boolean timeout) {
    return timeout ? new ApiTimeoutException(message, cause) : new ApiConnectionException(message, cause);
  }
}
