package dev.telewire.errors;

/** The request took longer than a connect, read or call timeout allows. */
public class ApiTimeoutException extends ApiConnectionException {
  /** Creates the exception; the message names the host and the timeout, never a credential. */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
