package dev.telewire.sdkgen.codegen;

import java.util.List;
import java.util.Objects;

/**
 * One construct of a spec that Telewire cannot generate, or a vendor defect it detected.
 *
 * @param pointer where it is, as a JSON Pointer into the effective spec, such as
 *     {@code /paths/~1tokens/get/parameters/0/schema}
 * @param message what is wrong and why, naming the construct
 * @param operation the operation it belongs to, such as {@code GET /tokens}, or null for a schema
 * @param action a ready-to-paste Overlay action (YAML list entries) that fixes it, or null when no
 *     fix is mechanical
 */
public record Problem(String pointer, String message, String operation, String action) {

  /** Checks that the location and message are present. */
  public Problem {
    Objects.requireNonNull(pointer, "pointer == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** The problem as a few lines: location, message, and the overlay action indented under it. */
  public String text() {
    StringBuilder out = new StringBuilder("#").append(pointer).append('\n').append("    ").append(message);
    if (action != null) {
      out.append("\n    Fix, in the overlay's actions:\n");
      action.lines().forEach(line -> out.append("      ").append(line).append('\n'));
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** Every problem, numbered, under one heading. */
  public static String render(List<Problem> problems) {
    StringBuilder out = new StringBuilder("Telewire cannot generate ").append(problems.size())
        .append(problems.size() == 1 ? " construct" : " constructs")
        .append(" of this spec; all of them, each with its location in the effective spec:");
    for (int i = 0; i < problems.size(); i++) {
      out.append("\n").append(i + 1).append(". ").append(problems.get(i).text());
    }
    return out.toString();
  }
}
