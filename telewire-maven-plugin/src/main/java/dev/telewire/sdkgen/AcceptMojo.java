package dev.telewire.sdkgen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.codegen.Problem;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Accepts a vendor's current spec: its effective spec (the vendor's spec with our overlay) becomes
 * the new {@code spec/<vendor>/baseline.yaml}, and each change since the previous baseline is logged.
 *
 * <p>Run it once from the project root, then build: {@code mvn telewire:accept -Dvendor=truedy}
 * ({@code -Dvendor=truedy,vida} for several, {@code -Dvendor=all} for every vendor that has a
 * baseline). An operation the codegen cannot generate is left out of the new baseline, as the build
 * leaves it out of the client.
 */
@Mojo(name = "accept", aggregator = true, threadSafe = true)
public final class AcceptMojo extends AbstractMojo {
  /** The vendors to accept: folder names under {@code specDirectory}, comma-separated, or {@code all}. */
  @Parameter(property = "vendor", required = true)
  String vendor;

  /** The folder that holds one folder per vendor. */
  @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}/spec")
  File specDirectory;

  /** The folder that file names in messages are shown relative to. */
  @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}", readonly = true)
  File rootDirectory;

  @Override
  public void execute() throws MojoFailureException {
    for (String name : vendors()) {
      VendorFiles files = VendorFiles.of(specDirectory, name).requireSpec(name);
      String source = VendorFiles.shown(rootDirectory, files.spec().toPath())
          + (files.overlay() == null ? "" : " + " + VendorFiles.shown(rootDirectory, files.overlay().toPath()));
      JsonNode previous = Files.isRegularFile(files.baseline()) ? Baseline.read(files.baseline()) : null;
      Generability.Outcome outcome;
      try {
        JsonNode effective = EffectiveSpecMojo.effectiveSpec(files.spec().toPath(),
            files.overlay() == null ? null : files.overlay().toPath());
        outcome = Generability.check(effective, previous, false);
      } catch (RuntimeException e) {
        throw new MojoFailureException("Cannot build the effective spec of " + name + " (" + source + "): "
            + e.getMessage(), e);
      }
      Baseline.accept(name, files.baseline(), VendorFiles.shown(rootDirectory, files.baseline()), source,
          outcome.spec(), getLog());
      List<Problem> problems = new ArrayList<>(outcome.problems());
      outcome.fatal().stream().filter(problem -> !problems.contains(problem)).forEach(problems::add);
      if (!problems.isEmpty()) {
        getLog().warn(name + ": " + Problem.render(problems));
      }
    }
    getLog().info("Build to regenerate the clients against the new baseline: mvn -B install");
  }

  private List<String> vendors() throws MojoFailureException {
    List<String> known = known();
    List<String> asked = Arrays.stream(vendor.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    if (asked.contains("all")) {
      if (known.isEmpty()) {
        throw new MojoFailureException("No vendor under " + VendorFiles.shown(rootDirectory, specDirectory.toPath())
            + " has a baseline yet; accept one by name: -Dvendor=<name>");
      }
      return known;
    }
    if (asked.isEmpty()) {
      throw new MojoFailureException("Name the vendor to accept: -Dvendor=<name> (or all)" + among(known));
    }
    for (String name : asked) {
      if (!VendorFiles.of(specDirectory, name).spec().isFile()) {
        throw new MojoFailureException("No vendor '" + name + "': there is no spec at "
            + VendorFiles.shown(rootDirectory, VendorFiles.of(specDirectory, name).spec().toPath()) + among(known));
      }
    }
    return asked;
  }

  private List<String> known() {
    File[] folders = specDirectory.listFiles(File::isDirectory);
    if (folders == null) {
      return List.of();
    }
    return Arrays.stream(folders).map(File::getName).sorted()
        .filter(name -> Files.isRegularFile(VendorFiles.of(specDirectory, name).baseline()))
        .toList();
  }

  private static String among(List<String> known) {
    return known.isEmpty() ? "" : "; vendors with a baseline: " + String.join(", ", known);
  }
}
