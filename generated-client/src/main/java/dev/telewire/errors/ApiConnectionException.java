package dev.telewire.errors;

/**
 * The request did not get a complete HTTP response: the connection failed, dropped or was
 * refused. Only the SDK creates it.
 */
public class ApiConnectionException extends TelewireException {
  ApiConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
