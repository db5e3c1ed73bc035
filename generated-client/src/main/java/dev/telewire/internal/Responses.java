package dev.telewire.internal;

import dev.telewire.errors.TelewireException;
import java.io.IOException;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs a generated Retrofit call and turns its outcome into the typed body or a
 * {@link TelewireException}.
 *
 * <p>Internal API: it may change in any release.
 */
public final class Responses {
  private Responses() {}

  /** Executes {@code call} and returns its body, or throws for a failed call or a non-2xx status. */
  public static <T> T bodyOf(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw new TelewireException("The request to " + call.request().url().host() + " failed: " + e.getMessage(), e);
    }
    if (!response.isSuccessful()) {
      throw new TelewireException("HTTP " + response.code() + " from " + call.request().url().host());
    }
    return response.body();
  }
}
