package dev.telewire.errors;

/** The root of every exception the SDK throws; unchecked. */
public class TelewireException extends RuntimeException {
  /** Creates an exception with a message that never contains a credential. */
  public TelewireException(String message) {
    super(message);
  }

  /** Creates an exception with a message that never contains a credential, and its cause. */
  public TelewireException(String message, Throwable cause) {
    super(message, cause);
  }
}
