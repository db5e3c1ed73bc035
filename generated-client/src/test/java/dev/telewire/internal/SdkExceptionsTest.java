package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.telewire.errors.ApiConnectionException;
import dev.telewire.errors.ApiException;
import dev.telewire.errors.ApiTimeoutException;
import dev.telewire.errors.BadRequestException;
import dev.telewire.errors.InternalServerException;
import dev.telewire.errors.InvalidResponseException;
import dev.telewire.errors.NotFoundException;
import dev.telewire.errors.PermissionDeniedException;
import dev.telewire.errors.RateLimitException;
import dev.telewire.errors.UnauthorizedException;
import dev.telewire.errors.UnexpectedStatusException;
import dev.telewire.errors.UnprocessableEntityException;
import dev.telewire.errors.UnsuccessfulResponseException;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Only the SDK creates the exceptions that describe a response. */
class SdkExceptionsTest {
  private static final List<Class<?>> CREATED_BY_THE_SDK = List.of(
      ApiException.class, BadRequestException.class, UnauthorizedException.class, PermissionDeniedException.class,
      NotFoundException.class, UnprocessableEntityException.class, RateLimitException.class,
      InternalServerException.class, UnexpectedStatusException.class, UnsuccessfulResponseException.class,
      InvalidResponseException.class, ApiConnectionException.class, ApiTimeoutException.class);

  @Test
  void responseExceptionsHaveNoPublicOrProtectedConstructor() {
    for (Class<?> type : CREATED_BY_THE_SDK) {
      assertThat(Arrays.stream(type.getDeclaredConstructors())
              .filter(c -> Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())))
          .as(type.getSimpleName()).isEmpty();
    }
  }

  @Test
  void anotherFactoryIsRefused() {
    SdkExceptions.create();

    assertThatThrownBy(() -> SdkExceptions.install(new Impostor())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void factoryMapsStatusesToTheirExceptions() {
    ApiErrorDetails details = new ApiErrorDetails("Acme", 503, dev.telewire.Headers.empty(), null, null, null, "", null, null);

    assertThat(SdkExceptions.create().status(details, null)).isInstanceOf(InternalServerException.class);
  }

  /** A factory from outside {@code dev.telewire.errors}. */
  private static final class Impostor implements SdkExceptions.Factory {
    @Override
    public ApiException status(ApiErrorDetails details, @Nullable Duration retryAfter) {
      throw new UnsupportedOperationException();
    }

    @Override
    public UnsuccessfulResponseException unsuccessful(String message, Object body) {
      throw new UnsupportedOperationException();
    }

    @Override
    public InvalidResponseException invalidResponse(String message, int statusCode, String body, @Nullable Throwable cause) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ApiConnectionException connection(String message, Throwable cause, boolean timeout) {
      throw new UnsupportedOperationException();
    }
  }
}
