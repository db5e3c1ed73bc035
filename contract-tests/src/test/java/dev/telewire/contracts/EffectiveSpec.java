package dev.telewire.contracts;

import java.nio.file.Path;

/** Where generated-client's build wrote the effective specs (vendor spec + our overlay). */
final class EffectiveSpec {
  private EffectiveSpec() {}

  static Path of(String vendor) {
    return Path.of(System.getProperty("telewire.effectiveSpecDir", "../generated-client/target/effective-spec"), vendor + ".yaml");
  }
}
