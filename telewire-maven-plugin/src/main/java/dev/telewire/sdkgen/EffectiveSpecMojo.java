package dev.telewire.sdkgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telewire.sdkgen.overlay.Overlay;
import dev.telewire.sdkgen.overlay.OverlayApplier;
import dev.telewire.sdkgen.overlay.OverlayDrift;
import dev.telewire.sdkgen.overlay.OverlayException;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the effective spec of one vendor (the vendor's spec with our overlay applied) and gates
 * it against the vendor's accepted baseline.
 *
 * <p>The output carries {@code info.x-telewire-inputs-sha256}, a hash of the spec, the overlay
 * and every extra input (templates, build file, this tool). openapi-generator's
 * {@code skipIfSpecIsUnchanged} hashes the effective spec, so a change to any input regenerates and
 * an unchanged build skips generation. The file is rewritten only when its content changes.
 *
 * <p>When {@code baseline.yaml} sits next to the spec, the effective spec (without the stamp) is
 * compared with it: the changes and the generated client's API change go to a Markdown and an HTML
 * report, and a change that breaks callers fails the build; the {@code accept} goal
 * ({@code mvn telewire:accept -Dvendor=<vendor>}) makes the current effective spec the new baseline.
 * Overlay actions the vendor has caught up with are logged as warnings; they fail the build only
 * with {@code -Dtelewire.failOnOverlayDrift=true}.
 *
 * <p>With the gate on, the codegen first runs dry on the effective spec and lists every construct
 * it cannot generate. A new operation among them is left out of the written spec with a warning; one
 * the baseline has fails the gate; {@code -Dtelewire.strict=true} makes every problem fatal.
 *
 * <p>Register a vendor with only {@code <vendor>name</vendor>}: the spec is then
 * {@code <specDirectory>/<name>/openapi.yaml} (or {@code openapi.json} when only that exists), the overlay {@code <specDirectory>/<name>/overlay.yaml}
 * when that file exists, and the output {@code <outputDirectory>/<name>.yaml}. Explicit
 * {@code spec}, {@code overlay} and {@code output} parameters override these.
 */
@Mojo(name = "effective-spec", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public final class EffectiveSpecMojo extends AbstractMojo {
  static final String INPUTS_HASH = "x-telewire-inputs-sha256";

  /** Names the spec and overlay files in generated headers, relative to the project root. */
  static final String SOURCE = "x-telewire-source";

  /** The folder that holds one folder per vendor. */
  @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}/spec")
  File specDirectory;

  /** The folder the effective specs are written to, one {@code <vendor>.yaml} each. */
  @Parameter(defaultValue = "${project.build.directory}/effective-spec")
  File outputDirectory;

  /** The vendor's spec, kept exactly as published; defaults from {@code vendor}. */
  @Parameter
  File spec;

  /** Our corrections to it, as an OpenAPI Overlay 1.0 document; optional, defaults from {@code vendor}. */
  @Parameter
  File overlay;

  /** Where to write the effective spec; defaults from {@code vendor}. */
  @Parameter
  File output;

  /** More files or folders whose change must regenerate the client, such as the templates. */
  @Parameter
  List<File> fingerprintInputs = List.of();

  /** The vendor's folder under {@code specDirectory}, also its name in messages and reports; by default the spec's folder name. */
  @Parameter
  String vendor;

  /** The accepted effective spec to compare with; by default {@code baseline.yaml} next to the spec. */
  @Parameter
  File baseline;

  /** Whether to gate against the baseline at all; off for test-only specs that have none. */
  @Parameter(defaultValue = "true")
  boolean gate = true;

  /** Where the change reports {@code <vendor>.md} and {@code <vendor>.html} go. */
  @Parameter(defaultValue = "${project.build.directory}/spec-changes")
  File reportDirectory;

  /** Whether an overlay action the vendor has caught up with fails the build instead of warning. */
  @Parameter(property = "telewire.failOnOverlayDrift", defaultValue = "false")
  boolean failOnOverlayDrift;

  /**
   * Whether every problem the codegen finds fails the build; by default an operation the baseline
   * does not have that cannot be generated is left out with a warning.
   */
  @Parameter(property = "telewire.strict", defaultValue = "false")
  boolean strict;

  /** The folder that file names in messages are shown relative to. */
  @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}", readonly = true)
  File rootDirectory;

  @Override
  public void execute() throws MojoFailureException {
    resolveVendorDefaults();
    JsonNode effective;
    List<String> drift;
    Generability.Outcome outcome = null;
    try {
      effective = effectiveSpec(spec.toPath(), overlay == null ? null : overlay.toPath());
      drift = overlay == null ? List.of() : overlayDrift();
      if (gate) {
        Path baselineFile = baselineFile();
        outcome = Generability.check(effective,
            java.nio.file.Files.isRegularFile(baselineFile) ? Baseline.read(baselineFile) : null, strict);
        effective = outcome.spec();
      }
      Fingerprint fingerprint = new Fingerprint().add(spec.toPath());
      if (overlay != null) {
        fingerprint.add(overlay.toPath());
      }
      for (File input : fingerprintInputs) {
        fingerprint.add(input.toPath());
      }
      ownCode().ifPresent(fingerprint::add);
      ObjectNode stamped = effective.deepCopy();
      ObjectNode info = stamped.withObjectProperty("info");
      info.put(INPUTS_HASH, fingerprint.hex());
      info.put(SOURCE, shown(spec.toPath()) + (overlay == null ? "" : " + " + shown(overlay.toPath())));
      boolean written = SpecDocuments.writeIfChanged(output.toPath(), SpecDocuments.toYaml(stamped));
      getLog().info((written ? "Wrote " : "Unchanged: ") + output);
    } catch (OverlayException e) {
      throw new MojoFailureException(overlay + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoFailureException("Cannot build the effective spec of " + spec + ": " + e.getMessage(), e);
    }
    if (gate) {
      new BaselineGate(this).check(effective, drift, outcome);
    } else {
      drift.forEach(getLog()::warn);
    }
  }

  private void resolveVendorDefaults() throws MojoFailureException {
    if (vendor != null && specDirectory != null) {
      VendorFiles files = VendorFiles.of(specDirectory, vendor);
      spec = spec == null ? files.spec() : spec;
      overlay = overlay == null ? files.overlay() : overlay;
      if (output == null && outputDirectory != null) {
        output = new File(outputDirectory, vendor + ".yaml");
      }
    }
    if (spec == null || output == null) {
      throw new MojoFailureException("Set <vendor> (or both <spec> and <output>) for the effective-spec goal");
    }
    new VendorFiles(spec, overlay, null).requireSpec(vendor);
  }

  /** The vendor spec with the overlay (if any) applied. */
  public static JsonNode effectiveSpec(Path spec, Path overlay) {
    JsonNode document = SpecDocuments.read(spec);
    if (overlay == null) {
      return document.deepCopy();
    }
    return OverlayApplier.apply(document, Overlay.from(SpecDocuments.read(overlay)));
  }

  private List<String> overlayDrift() {
    Overlay corrections = Overlay.from(SpecDocuments.read(overlay.toPath()));
    return OverlayDrift.check(SpecDocuments.read(spec.toPath()), corrections).stream()
        .map(finding -> vendorName() + " " + finding.message())
        .toList();
  }

  String vendorName() {
    return vendor != null && !vendor.isBlank() ? vendor : spec.getAbsoluteFile().getParentFile().getName();
  }

  Path baselineFile() {
    return baseline != null ? baseline.toPath() : spec.toPath().resolveSibling("baseline.yaml");
  }

  /** {@code file} relative to the project root when it lies under it, for short messages. */
  String shown(Path file) {
    return VendorFiles.shown(rootDirectory, file);
  }

  private static java.util.Optional<Path> ownCode() {
    try {
      var source = EffectiveSpecMojo.class.getProtectionDomain().getCodeSource();
      return source == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(source.getLocation().toURI()));
    } catch (URISyntaxException | SecurityException e) {
      return java.util.Optional.empty();
    }
  }
}
