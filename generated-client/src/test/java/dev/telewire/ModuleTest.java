package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SDK is the module {@code dev.telewire}, which exports its public API and not its runtime. */
class ModuleTest {
  private static ModuleDescriptor descriptor() {
    Module module = TruedyClient.class.getModule();
    assertThat(module.isNamed()).as("running as a named module").isTrue();
    return module.getDescriptor();
  }

  @Test
  void exportsTheClientsTheExceptionsAndEachVendorsInterfacesAndModels() {
    assertThat(descriptor().exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrder("dev.telewire", "dev.telewire.errors", "dev.telewire.truedy.api",
            "dev.telewire.truedy.model", "dev.telewire.vida.api", "dev.telewire.vida.model");
  }

  @Test
  void doesNotExportTheRuntime() {
    assertThat(descriptor().exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .doesNotContain("dev.telewire.internal");
    assertThat(TruedyClient.class.getModule().isExported("dev.telewire.internal")).isFalse();
  }
}
