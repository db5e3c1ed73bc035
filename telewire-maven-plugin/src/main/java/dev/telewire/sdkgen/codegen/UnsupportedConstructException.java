package dev.telewire.sdkgen.codegen;

import java.util.List;

/**
 * Thrown when a spec uses a construct the Telewire templates cannot generate correctly yet; the
 * message names the construct and where it is, so generation stops instead of producing wrong code.
 * Generation collects them and throws one at the end that lists every {@link Problem} at once.
 */
public final class UnsupportedConstructException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where it was found, in the codegen's words, such as {@code schema Thing, property 'id'}. */
  private final String where;
  private final transient List<Problem> problems;

  UnsupportedConstructException(String where, String construct, String hint) {
    super("Telewire cannot generate " + where + ": " + construct + " is not supported. " + hint);
    this.where = where;
    this.problems = List.of();
  }

  UnsupportedConstructException(List<Problem> problems) {
    super(Problem.render(problems));
    this.where = null;
    this.problems = List.copyOf(problems);
  }

  String where() {
    return where;
  }

  /** Every problem of the run, each with its location and a fix where one is mechanical; empty for a single one. */
  public List<Problem> problems() {
    return problems;
  }
}
