package dev.telewire.build.codegen;

/**
 * Thrown when a spec uses a construct the Telewire templates cannot generate correctly yet; the
 * message names the construct and where it is, so generation stops instead of producing wrong code.
 */
public final class UnsupportedConstructException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnsupportedConstructException(String where, String construct, String hint) {
    super("Telewire cannot generate " + where + ": " + construct + " is not supported. " + hint);
  }
}
