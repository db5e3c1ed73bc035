package dev.telewire.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telewire.build.overlay.Overlay;
import dev.telewire.build.overlay.OverlayApplier;
import dev.telewire.build.overlay.OverlayException;
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
 * Writes the effective spec of one vendor: the vendor's spec with our overlay applied.
 *
 * <p>Register a vendor with only {@code <vendor>name</vendor>}: the spec is then
 * {@code <specDirectory>/<name>/openapi.yaml}, the overlay {@code <specDirectory>/<name>/overlay.yaml}
 * when that file exists, and the output {@code <outputDirectory>/<name>.yaml}. Explicit
 * {@code spec}, {@code overlay} and {@code output} parameters override these.
 *
 * <p>The output carries {@code info.x-telewire-inputs-sha256}, a hash of the spec, the overlay
 * and every extra input (templates, build file, this tool). openapi-generator's
 * {@code skipIfSpecIsUnchanged} hashes the effective spec, so a change to any input regenerates and
 * an unchanged build skips generation. The file is rewritten only when its content changes.
 */
@Mojo(name = "effective-spec", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public final class EffectiveSpecMojo extends AbstractMojo {
  static final String INPUTS_HASH = "x-telewire-inputs-sha256";
  /** Names the spec and overlay files in generated headers, relative to the project root. */
  static final String SOURCE = "x-telewire-source";

  /** The vendor's folder name under {@code specDirectory}. */
  @Parameter
  private String vendor;

  /** The folder that holds one folder per vendor. */
  @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}/spec")
  private File specDirectory;

  /** The folder the effective specs are written to, one {@code <vendor>.yaml} each. */
  @Parameter(defaultValue = "${project.build.directory}/effective-spec")
  private File outputDirectory;

  /** The root that spec paths in generated headers are relative to. */
  @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}", readonly = true)
  private File rootDirectory;

  /** The vendor's spec, kept exactly as published; defaults from {@code vendor}. */
  @Parameter
  private File spec;

  /** Our corrections to it, as an OpenAPI Overlay 1.0 document; optional, defaults from {@code vendor}. */
  @Parameter
  private File overlay;

  /** Where to write the effective spec; defaults from {@code vendor}. */
  @Parameter
  private File output;

  /** More files or folders whose change must regenerate the client, such as the templates. */
  @Parameter
  private List<File> fingerprintInputs = List.of();

  @Override
  public void execute() throws MojoFailureException {
    resolveVendorDefaults();
    try {
      JsonNode effective = effectiveSpec(spec.toPath(), overlay == null ? null : overlay.toPath());
      Fingerprint fingerprint = new Fingerprint().add(spec.toPath());
      if (overlay != null) {
        fingerprint.add(overlay.toPath());
      }
      for (File input : fingerprintInputs) {
        fingerprint.add(input.toPath());
      }
      ownCode().ifPresent(fingerprint::add);
      ObjectNode info = effective.with("info");
      info.put(SOURCE, relative(spec) + (overlay == null ? "" : " + " + relative(overlay)));
      info.put(INPUTS_HASH, fingerprint.hex());
      boolean written = SpecDocuments.writeIfChanged(output.toPath(), SpecDocuments.toYaml(effective));
      getLog().info((written ? "Wrote " : "Unchanged: ") + output);
    } catch (OverlayException e) {
      throw new MojoFailureException(overlay + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoFailureException("Cannot build the effective spec of " + spec + ": " + e.getMessage(), e);
    }
  }

  private void resolveVendorDefaults() throws MojoFailureException {
    if (vendor != null) {
      File folder = new File(specDirectory, vendor);
      if (spec == null) {
        spec = new File(folder, "openapi.yaml");
      }
      if (overlay == null && new File(folder, "overlay.yaml").isFile()) {
        overlay = new File(folder, "overlay.yaml");
      }
      if (output == null) {
        output = new File(outputDirectory, vendor + ".yaml");
      }
    }
    if (spec == null || output == null) {
      throw new MojoFailureException("Set <vendor> (or both <spec> and <output>) for the effective-spec goal");
    }
    if (!spec.isFile()) {
      throw new MojoFailureException("No spec at " + spec + (vendor == null ? "" : " for vendor '" + vendor + "'"));
    }
  }

  private String relative(File file) {
    Path path = file.toPath().toAbsolutePath().normalize();
    if (rootDirectory != null) {
      Path root = rootDirectory.toPath().toAbsolutePath().normalize();
      if (path.startsWith(root)) {
        return root.relativize(path).toString().replace('\\', '/');
      }
    }
    return file.getName();
  }

  /** The vendor spec with the overlay (if any) applied. */
  public static JsonNode effectiveSpec(Path spec, Path overlay) {
    JsonNode document = SpecDocuments.read(spec);
    if (overlay == null) {
      return document.deepCopy();
    }
    return OverlayApplier.apply(document, Overlay.from(SpecDocuments.read(overlay)));
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
