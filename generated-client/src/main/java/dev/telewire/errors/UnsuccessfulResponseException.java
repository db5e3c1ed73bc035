package dev.telewire.errors;

import java.util.Objects;

/**
 * The API answered with a success status, but the body's own success flag says the call failed
 * (such as {@code {"success": false, "message": ...}}, where the spec marks {@code success} as the
 * flag). The request reached the vendor; whether it took effect is up to the vendor, so it is not
 * retried. Only the SDK creates it.
 */
public class UnsuccessfulResponseException extends TelewireException {
  private final transient Object body;

  UnsuccessfulResponseException(String message, Object body) {
    super(message);
    this.body = Objects.requireNonNull(body, "body == null");
  }

  /**
   * The typed response body, an instance of the operation's documented response record (a Java
   * exception cannot be generic); {@link #body(Class)} gives it as that type.
   */
  public Object body() {
    return body;
  }

  /**
   * The typed response body as {@code type}, the operation's response record, such as
   * {@code e.body(ReturnPhoneNumberResponse.class).message()}.
   *
   * @throws IllegalArgumentException if the body is not a {@code type}, naming the body's type
   */
  public <T> T body(Class<T> type) {
    if (!type.isInstance(body)) {
      throw new IllegalArgumentException("The body is a " + body.getClass().getName() + ", not a " + type.getName());
    }
    return type.cast(body);
  }
}
