package dev.telewire.build.overlay;

/** An overlay that is malformed, or that no longer fits the spec it is applied to. */
public final class OverlayException extends RuntimeException {
  public OverlayException(String message) {
    super(message);
  }
}
