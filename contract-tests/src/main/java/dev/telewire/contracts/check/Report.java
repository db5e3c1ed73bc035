package dev.telewire.contracts.check;

import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one interaction. */
final class Report {
  private final String interaction;
  private final List<Violation> violations = new ArrayList<>();

  Report(String interaction) {
    this.interaction = interaction;
  }

  void add(Rule rule, String detail) {
    violations.add(new Violation(interaction, rule, detail));
  }

  List<Violation> violations() {
    return List.copyOf(violations);
  }
}
