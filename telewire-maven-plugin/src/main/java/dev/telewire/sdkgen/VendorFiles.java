package dev.telewire.sdkgen;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Where one vendor's files are, by convention: {@code <specDirectory>/<vendor>/openapi.yaml} (or
 * {@code openapi.json} when only that exists), {@code overlay.yaml} when present, and
 * {@code baseline.yaml}.
 */
record VendorFiles(File spec, File overlay, Path baseline) {
  /** The files of {@code vendor} under {@code specDirectory}; the spec may not exist. */
  static VendorFiles of(File specDirectory, String vendor) {
    File folder = new File(specDirectory, vendor);
    File yaml = new File(folder, "openapi.yaml");
    File json = new File(folder, "openapi.json");
    File spec = !yaml.isFile() && json.isFile() ? json : yaml;
    File overlay = new File(folder, "overlay.yaml");
    return new VendorFiles(spec, overlay.isFile() ? overlay : null, folder.toPath().resolve("baseline.yaml"));
  }

  /** Fails, naming the vendor, when its spec is missing. */
  VendorFiles requireSpec(String vendor) throws MojoFailureException {
    if (!spec.isFile()) {
      throw new MojoFailureException("No spec at " + spec + (vendor == null ? "" : " for vendor '" + vendor + "'"));
    }
    return this;
  }

  /** {@code file} relative to {@code root} when it lies under it, for short messages. */
  static String shown(File root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (root != null) {
      Path base = root.toPath().toAbsolutePath().normalize();
      if (absolute.startsWith(base)) {
        return base.relativize(absolute).toString().replace('\\', '/');
      }
    }
    return absolute.toString();
  }
}
