package dev.telewire;

import java.util.Objects;

/**
 * A response with its status and headers beside the typed body, from a service's
 * {@code withRawResponse()} view: the body was validated, retried and error-mapped as usual.
 *
 * @param <T> the body's type ({@code Void} for an operation without a body)
 */
public final class RawResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final T body;

  private RawResponse(int statusCode, Headers headers, T body) {
    this.statusCode = statusCode;
    this.headers = Objects.requireNonNull(headers, "headers == null");
    this.body = body;
  }

  /** Returns a response; the SDK builds them from the successful attempt, tests may build their own. */
  public static <T> RawResponse<T> of(int statusCode, Headers headers, T body) {
    return new RawResponse<>(statusCode, headers, body);
  }

  /** The HTTP status of the successful attempt, such as 200. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers of the successful attempt. */
  public Headers headers() {
    return headers;
  }

  /** The typed body, or null for an operation without a body or an allowed empty one. */
  public T body() {
    return body;
  }

  /** The status and header names; the body is left out because it may hold personal data. */
  @Override
  public String toString() {
    return "RawResponse{statusCode=" + statusCode + ", headers=" + headers + "}";
  }
}
