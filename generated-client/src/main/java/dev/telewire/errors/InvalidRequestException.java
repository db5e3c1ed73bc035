package dev.telewire.errors;

/**
 * A request failed the spec's rules before anything was sent: a required field is missing or blank,
 * a value breaks a pattern or length, or an enum is {@code UNRECOGNIZED}. Nothing reached the API.
 */
public class InvalidRequestException extends TelewireException {
  private final String field;
  private final String rule;

  /** Creates the exception for {@code field} (its JSON name) breaking {@code rule}. */
  public InvalidRequestException(String field, String rule, String message) {
    super(message);
    this.field = field;
    this.rule = rule;
  }

  /** Creates the exception for {@code field} breaking {@code rule}, found through {@code cause}. */
  public InvalidRequestException(String field, String rule, String message, Throwable cause) {
    super(message, cause);
    this.field = field;
    this.rule = rule;
  }

  /** The JSON path of the offending field, such as {@code number_id}. */
  public String field() {
    return field;
  }

  /** The rule it broke, such as {@code required}, {@code pattern} or {@code enum}. */
  public String rule() {
    return rule;
  }
}
