package dev.telewire.sdkgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telewire.sdkgen.diff.ChangeReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * A vendor's accepted effective spec, {@code spec/<vendor>/baseline.yaml}: the gate compares every
 * build with it, and the {@code accept} goal replaces it.
 */
final class Baseline {
  /** The documented command that accepts a vendor's current spec; {@code %s} is the vendor. */
  static final String ACCEPT_COMMAND = "mvn telewire:accept -Dvendor=%s";

  private Baseline() {}

  /** The command that accepts {@code vendor}'s current spec. */
  static String acceptCommand(String vendor) {
    return String.format(ACCEPT_COMMAND, vendor);
  }

  /** The baseline at {@code file}, without the inputs hash. */
  static JsonNode read(Path file) {
    JsonNode document = SpecDocuments.read(file).deepCopy();
    if (document.path("info") instanceof ObjectNode info) {
      info.remove(EffectiveSpecMojo.INPUTS_HASH);
    }
    return document;
  }

  /**
   * Makes {@code effective} the baseline of {@code vendor} at {@code file}, logging each change
   * since the previous baseline; {@code source} and {@code shownFile} name the inputs and the file
   * in the header and the log.
   */
  static void accept(String vendor, Path file, String shownFile, String source, JsonNode effective, Log log) {
    String accepted;
    if (Files.isRegularFile(file)) {
      ChangeReport report = ChangeReport.builder(vendor)
          .baseline(shownFile, read(file))
          .current(source, effective)
          .warnings(List.of())
          .acceptCommand(acceptCommand(vendor))
          .build();
      accepted = report.changes().isEmpty()
          ? "no change since the previous baseline"
          : report.counts() + " since the previous baseline";
      report.changes().forEach(change -> log.info("  accepted " + change));
    } else {
      accepted = "the first baseline";
    }
    String header = "# Accepted effective spec of " + vendor + " (" + source + ").\n"
        + "# The build fails on a change that breaks callers of this API. Do not edit: accept a new spec with\n"
        + "#   " + acceptCommand(vendor) + "\n";
    SpecDocuments.writeIfChanged(file, header + SpecDocuments.toYaml(effective));
    log.info(vendor + ": accepted the current effective spec as " + shownFile + " (" + accepted + ")");
  }
}
