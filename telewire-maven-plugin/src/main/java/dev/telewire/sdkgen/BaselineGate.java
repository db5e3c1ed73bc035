package dev.telewire.sdkgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.diff.Change;
import dev.telewire.sdkgen.diff.ChangeReport;
import dev.telewire.sdkgen.codegen.GeneratedApi;
import dev.telewire.sdkgen.codegen.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The breaking-change gate of one vendor: compares the effective spec with the accepted baseline,
 * writes the reports and fails on a breaking change.
 */
final class BaselineGate {
  private final EffectiveSpecMojo mojo;
  private final Log log;
  private final String vendor;
  private final Path baselineFile;

  BaselineGate(EffectiveSpecMojo mojo) {
    this.mojo = mojo;
    this.log = mojo.getLog();
    this.vendor = mojo.vendorName();
    this.baselineFile = mojo.baselineFile();
  }

  /**
   * Runs the gate on {@code effective}, the unstamped effective spec; {@code drift} lists overlay
   * warnings, {@code outcome} what the codegen cannot generate.
   */
  void check(JsonNode effective, List<String> drift, Generability.Outcome outcome) throws MojoFailureException {
    drift.forEach(log::warn);
    outcome.changes().stream().filter(change -> !change.breaking()).forEach(change -> log.warn(vendor + ": " + change));
    if (!Files.isRegularFile(baselineFile)) {
      log.warn(vendor + ": no baseline at " + mojo.shown(baselineFile) + ", so no breaking-change check. Create it with: "
          + acceptCommand());
      failOnProblems(outcome, "");
      return;
    }
    JsonNode baseline = readBaseline();
    ChangeReport report = ChangeReport.builder(vendor)
        .baseline(mojo.shown(baselineFile), baseline)
        .current(currentName(), effective)
        .apis(GeneratedApi.of(baseline), outcome.api())
        .changes(outcome.changes())
        .problems(outcome.problems())
        .codegenWarnings(outcome.api().warnings())
        .warnings(drift)
        .acceptCommand(acceptCommand())
        .build();
    Path markdown = mojo.reportDirectory.toPath().resolve(vendor + ".md");
    SpecDocuments.writeIfChanged(markdown, report.markdown());
    SpecDocuments.writeIfChanged(mojo.reportDirectory.toPath().resolve(vendor + ".html"), report.html());
    log.info(report.summary() + (report.changes().isEmpty() ? "" : "; report: " + markdown));
    report.changes().stream().filter(change -> !change.breaking()).forEach(change -> log.info("  " + change));
    List<Change> breaking = report.breakingChanges();
    if (!breaking.isEmpty()) {
      StringBuilder message = new StringBuilder(report.summary()).append(". Breaking:");
      breaking.forEach(change -> message.append("\n  - ").append(change));
      message.append("\nReport: ").append(markdown).append(" (and .html)")
          .append("\nIf the change is intended, accept it with `").append(acceptCommand())
          .append("` and bump the major version; otherwise correct it in the overlay.");
      if (!outcome.fatal().isEmpty()) {
        message.append("\n").append(vendor).append(": ").append(Problem.render(outcome.fatal()));
      }
      throw new MojoFailureException(message.toString());
    }
    failOnProblems(outcome, "\nReport: " + markdown + " (and .html)");
    if (mojo.failOnOverlayDrift && !drift.isEmpty()) {
      throw new MojoFailureException(vendor + ": the overlay has drifted from the vendor spec (telewire.failOnOverlayDrift):\n  - "
          + String.join("\n  - ", drift));
    }
  }

  private void failOnProblems(Generability.Outcome outcome, String where) throws MojoFailureException {
    if (!outcome.fatal().isEmpty()) {
      throw new MojoFailureException(vendor + ": " + Problem.render(outcome.fatal())
          + (mojo.strict ? "\n(-Dtelewire.strict=true makes every problem fatal.)" : "") + where);
    }
    if (!outcome.problems().isEmpty()) {
      log.warn(vendor + ": " + Problem.render(outcome.problems()) + where);
    }
  }

  private String currentName() {
    return mojo.shown(mojo.spec.toPath()) + (mojo.overlay == null ? "" : " + " + mojo.shown(mojo.overlay.toPath()));
  }

  private JsonNode readBaseline() {
    return Baseline.read(baselineFile);
  }

  private String acceptCommand() {
    return Baseline.acceptCommand(vendor);
  }
}
