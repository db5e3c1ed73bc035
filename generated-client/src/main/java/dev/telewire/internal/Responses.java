package dev.telewire.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import dev.telewire.errors.ApiConnectionException;
import dev.telewire.errors.ApiTimeoutException;
import dev.telewire.errors.InvalidResponseException;
import dev.telewire.errors.TelewireException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import okhttp3.ResponseBody;
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

  /** Executes {@code call} and returns its body, or throws the exception for what went wrong. */
  public static <T> T bodyOf(String vendor, Call<T> call) {
    String host = call.request().url().host();
    Response<T> response;
    try {
      response = call.execute();
    } catch (JsonDataException | JsonEncodingException | EOFException e) {
      throw new InvalidResponseException(
          vendor + " answered with a body that is not the documented JSON: " + e.getMessage(), 200, "", e);
    } catch (InterruptedIOException e) {
      throw new ApiTimeoutException("The request to " + host + " timed out: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ApiConnectionException("The request to " + host + " failed: " + e.getMessage(), e);
    }
    if (!response.isSuccessful()) {
      throw ErrorResponses.toException(
          vendor, response.code(), response.headers(), readBounded(response.errorBody()), null, Clock.systemUTC());
    }
    T body = response.body();
    if (body == null && response.code() != 204) {
      throw new InvalidResponseException(vendor + " answered HTTP " + response.code() + " with an empty body", response.code(), "", null);
    }
    return body;
  }

  static String readBounded(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      var source = body.source();
      source.request(ErrorResponses.BODY_SNIPPET_LIMIT);
      long size = Math.min(source.getBuffer().size(), ErrorResponses.BODY_SNIPPET_LIMIT);
      return source.getBuffer().readUtf8(size);
    } catch (IOException e) {
      return "";
    }
  }
}
