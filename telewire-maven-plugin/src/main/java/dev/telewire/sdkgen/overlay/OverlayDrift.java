package dev.telewire.sdkgen.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.jayway.jsonpath.DocumentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds overlay actions that the vendor spec has caught up with: an update whose every value the
 * spec already has (redundant), or one that replaces a value the vendor now sets differently
 * (overrides vendor value).
 *
 * <p>Each action is judged against the spec as the actions before it left it, as they are applied.
 * Removals are not judged: one that no longer matches already fails the overlay.
 */
public final class OverlayDrift {
  private OverlayDrift() {}

  /** One drifted overlay action. */
  public record Finding(Overlay.Action action, Kind kind, String path, String detail) {

    /** Checks that every part is present. */
    public Finding {
      Objects.requireNonNull(action, "action == null");
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(path, "path == null");
      Objects.requireNonNull(detail, "detail == null");
    }

    /** The finding as one sentence for the build log and the report. */
    public String message() {
      return "overlay " + action.label() + " " + kind.label() + " at " + path + ": " + detail;
    }
  }

  /** How an action drifted. */
  public enum Kind {
    REDUNDANT("is redundant"),
    OVERRIDES_VENDOR_VALUE("overrides vendor value");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The words used in messages, such as {@code is redundant}. */
    public String label() {
      return label;
    }
  }

  /** The drift of every update action of {@code overlay} over {@code spec}; empty when none. */
  public static List<Finding> check(JsonNode spec, Overlay overlay) {
    JsonNode document = spec.deepCopy();
    List<Finding> findings = new ArrayList<>();
    for (Overlay.Action action : overlay.actions()) {
      if (!action.remove()) {
        findings.addAll(check(document, action));
      }
      document = OverlayApplier.apply(document, action);
    }
    return List.copyOf(findings);
  }

  private static List<Finding> check(JsonNode document, Overlay.Action action) {
    List<String> paths = OverlayApplier.matches(document, action);
    DocumentContext context = OverlayApplier.context(document);
    Tally tally = new Tally();
    for (String path : paths) {
      compare(context.read(path), action.update(), path, tally);
    }
    List<Finding> findings = new ArrayList<>();
    if (!paths.isEmpty() && tally.added == 0 && tally.overridden.isEmpty()) {
      findings.add(new Finding(action, Kind.REDUNDANT, action.target(),
          "the vendor spec already has every value it sets; remove the action"));
    }
    for (String[] override : tally.overridden) {
      findings.add(new Finding(action, Kind.OVERRIDES_VENDOR_VALUE, override[0],
          "the vendor now sets " + override[1] + ", the overlay replaces it with " + override[2]
              + "; keep the action only if the vendor is still wrong"));
    }
    return findings;
  }

  /** Mirrors the applier: a selected array gets any update appended; inside a merge, only an array. */
  private static void compare(JsonNode existing, JsonNode update, String path, Tally tally) {
    if (existing instanceof ArrayNode array) {
      appended(array, update.isArray() ? update : List.of(update), tally);
    } else {
      merged(existing, update, path, tally);
    }
  }

  private static void merged(JsonNode existing, JsonNode update, String path, Tally tally) {
    if (existing.isObject() && update.isObject()) {
      update.properties().forEach(field -> {
        JsonNode current = existing.get(field.getKey());
        if (current == null) {
          tally.added++;
        } else {
          merged(current, field.getValue(), path + "['" + field.getKey() + "']", tally);
        }
      });
    } else if (existing instanceof ArrayNode array && update.isArray()) {
      appended(array, update, tally);
    } else if (!existing.equals(update)) {
      tally.overridden.add(new String[] {path, existing.toString(), update.toString()});
    }
  }

  private static void appended(ArrayNode array, Iterable<JsonNode> items, Tally tally) {
    for (JsonNode item : items) {
      if (!contains(array, item)) {
        tally.added++;
      }
    }
  }

  private static boolean contains(ArrayNode array, JsonNode item) {
    for (JsonNode element : array) {
      if (element.equals(item)) {
        return true;
      }
    }
    return false;
  }

  private static final class Tally {
    int added;
    final List<String[]> overridden = new ArrayList<>();
  }
}
