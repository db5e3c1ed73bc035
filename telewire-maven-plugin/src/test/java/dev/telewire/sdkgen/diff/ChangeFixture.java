package dev.telewire.sdkgen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telewire.sdkgen.EffectiveSpecMojo;
import dev.telewire.sdkgen.SpecDocuments;
import dev.telewire.sdkgen.overlay.Overlay;
import dev.telewire.sdkgen.overlay.OverlayApplier;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A baseline and a current spec made from a vendor's effective spec by a fixture in {@code spec-changes/}. */
record ChangeFixture(String vendor, JsonNode baseline, JsonNode current) {
  private static final Path SPEC = Path.of("src", "test", "resources", "vendors");
  private static final Path FIXTURES = Path.of("src", "test", "resources", "spec-changes");

  private static final Map<String, JsonNode> EFFECTIVE = new ConcurrentHashMap<>();

  /** The vendor's effective spec, its spec with our overlay, as a fresh copy. */
  static JsonNode effective(String vendor) {
    return EFFECTIVE.computeIfAbsent(vendor, name -> {
      Path folder = SPEC.resolve(name);
      return EffectiveSpecMojo.effectiveSpec(folder.resolve("openapi.yaml"), folder.resolve("overlay.yaml"));
    }).deepCopy();
  }

  /** Loads {@code spec-changes/<vendor>/<name>.yaml}. */
  static ChangeFixture load(String vendor, String name) {
    JsonNode fixture = SpecDocuments.read(FIXTURES.resolve(vendor).resolve(name + ".yaml"));
    JsonNode baseline = apply(effective(vendor), fixture.get("before"));
    return new ChangeFixture(vendor, baseline, apply(baseline, fixture.get("after")));
  }

  /** {@code spec} with the overlay {@code actions} applied; {@code spec} itself when there are none. */
  static JsonNode apply(JsonNode spec, JsonNode actions) {
    if (actions == null) {
      return spec;
    }
    ObjectNode overlay = JsonNodeFactory.instance.objectNode().put("overlay", "1.0.0");
    overlay.set("actions", actions);
    return OverlayApplier.apply(spec, Overlay.from(overlay));
  }

  ChangeReport report() {
    return ChangeReport.builder(vendor)
        .baseline("spec/" + vendor + "/baseline.yaml", baseline)
        .current("spec/" + vendor + "/openapi.yaml", current)
        .acceptCommand("accept " + vendor)
        .build();
  }
}
