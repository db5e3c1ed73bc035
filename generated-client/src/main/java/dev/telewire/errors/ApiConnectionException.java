package dev.telewire.errors;

/** The request did not get a complete HTTP response: the connection failed, dropped or was refused. */
public class ApiConnectionException extends TelewireException {
  /** Creates the exception; the message names the host, never a credential. */
  public ApiConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
