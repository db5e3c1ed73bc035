package dev.telewire.contracts.check;

import java.nio.file.Path;

/** Where the build wrote the effective specs (vendor spec + our overlay) this module checks against. */
final class EffectiveSpecs {
  private EffectiveSpecs() {}

  static Path of(String vendor) {
    String dir = System.getProperty("telewire.effectiveSpecDir", "../generated-client/target/effective-spec");
    return Path.of(dir, vendor + ".yaml");
  }
}
