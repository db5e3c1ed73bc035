package dev.telewire.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import okhttp3.OkHttpClient;

/**
 * The OkHttpClient that clients built without one of their own start from, shared by all of them.
 *
 * <p>Building it loads the JDK's trust store and TLS context, which is the largest part of a cold
 * start (about 100 ms on a fresh JVM), so it is built on a background thread from the moment a
 * generated client class loads; meanwhile the caller's thread loads the models and adapters (and
 * Retrofit, for an operation sent through it) and prepares the first request. Only the first call
 * waits for it, if it is not ready.
 *
 * <p>Reached by generated code through {@link Generated}.
 */
final class DefaultHttp {
  private static final FutureTask<OkHttpClient> CLIENT = new FutureTask<>(OkHttpClient::new);

  static {
    Thread builder = new Thread(CLIENT, "telewire-http-setup");
    builder.setDaemon(true);
    try {
      builder.start();
    } catch (RuntimeException | Error e) {
      // No thread to spare (a security manager or thread limit): get() builds it on the caller's thread.
    }
  }

  private DefaultHttp() {}

  /** Starts building the shared client in the background, if that has not begun yet. */
  public static void prepare() {
    // Loading this class starts the build; there is nothing more to do.
  }

  /** Returns the shared client, waiting for the background build (or doing it) if needed. */
  static OkHttpClient get() {
    CLIENT.run(); // builds it here if the background thread has not started; a no-op otherwise
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return CLIENT.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new IllegalStateException("OkHttp could not be set up", cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
