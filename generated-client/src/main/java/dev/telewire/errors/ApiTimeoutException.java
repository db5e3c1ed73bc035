package dev.telewire.errors;

/** The request took longer than a connect, read or call timeout allows; only the SDK creates it. */
public class ApiTimeoutException extends ApiConnectionException {
  ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
