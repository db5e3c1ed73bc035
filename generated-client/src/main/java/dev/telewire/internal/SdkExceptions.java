package dev.telewire.internal;

import dev.telewire.errors.ApiConnectionException;
import dev.telewire.errors.ApiException;
import dev.telewire.errors.InvalidResponseException;
import dev.telewire.errors.UnsuccessfulResponseException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How the runtime creates the exceptions of {@code dev.telewire.errors}, whose constructors are
 * package-private so that only the SDK creates them: that package installs its {@link Factory}
 * here when the runtime first needs it.
 *
 * <p>Internal API: it may change in any release.
 */
public final class SdkExceptions {
  private static final String HOOK = "dev.telewire.errors.ExceptionHook";
  private static volatile @Nullable Factory factory;

  private SdkExceptions() {}

  /** Creates the exceptions; implemented in {@code dev.telewire.errors} only. */
  public interface Factory {
    /** The exception for an error status: {@code NotFoundException} for 404, and so on. */
    ApiException status(ApiErrorDetails details, @Nullable Duration retryAfter);

    /** A 2xx whose body's success flag says it failed. */
    UnsuccessfulResponseException unsuccessful(String message, Object body);

    /** A 2xx whose body cannot be read as the documented type. */
    InvalidResponseException invalidResponse(String message, int statusCode, String body, @Nullable Throwable cause);

    /** No complete response: a timeout when {@code timeout}, else a connection failure. */
    ApiConnectionException connection(String message, Throwable cause, boolean timeout);
  }

  /** Called once, by {@code dev.telewire.errors}; any other or later installation is refused. */
  public static synchronized void install(Factory hook) {
    if (factory != null || !hook.getClass().getName().equals(HOOK)) {
      throw new IllegalStateException("The SDK's exception factory is installed by the SDK only");
    }
    factory = hook;
  }

  static Factory create() {
    Factory installed = factory;
    if (installed != null) {
      return installed;
    }
    try {
      Class.forName(HOOK, true, SdkExceptions.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The SDK's exceptions are missing: " + HOOK, e);
    }
    return java.util.Objects.requireNonNull(factory, "exception factory not installed");
  }
}
