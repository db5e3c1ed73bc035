package dev.telewire.contracts.check;

import java.util.Objects;

/**
 * One way a recorded interaction disagrees with its provider's spec.
 *
 * @param interaction the interaction's description, as written in the pact file
 * @param rule the rule it breaks
 * @param detail what exactly disagrees, naming the field, parameter or status
 */
public record Violation(String interaction, Rule rule, String detail) {
  /** Checks that every part is present. */
  public Violation {
    Objects.requireNonNull(interaction, "interaction == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(detail, "detail == null");
  }

  @Override
  public String toString() {
    return "\"" + interaction + "\" breaks " + rule + ": " + detail;
  }
}
