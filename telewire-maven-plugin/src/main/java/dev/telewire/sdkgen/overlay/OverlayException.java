package dev.telewire.sdkgen.overlay;

/** An overlay that is malformed, or that no longer fits the spec it is applied to. */
public final class OverlayException extends RuntimeException {
  /** Creates the exception; {@code message} names the overlay action and what is wrong with it. */
  public OverlayException(String message) {
    super(message);
  }
}
