package dev.telewire.sdkgen.overlay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** An OpenAPI Overlay 1.0 document: an ordered list of actions applied to a spec. */
public record Overlay(String title, List<Action> actions) {

  /** One overlay action: a JSONPath target and either an update to merge there or a removal. */
  public record Action(int index, String target, String description, JsonNode update, boolean remove) {

    /** A short name for messages, such as {@code action #2 "Give the 200 a schema"}. */
    public String label() {
      String name = "action #" + (index + 1);
      return description == null || description.isBlank() ? name : name + " \"" + description.strip() + "\"";
    }
  }

  /** Reads an overlay document, failing with a message that names the first malformed part. */
  public static Overlay from(JsonNode document) {
    if (document == null || !document.isObject()) {
      throw new OverlayException("overlay: the document is not a YAML/JSON object");
    }
    String version = document.path("overlay").asText("");
    if (!version.startsWith("1.")) {
      throw new OverlayException("overlay: field 'overlay' must be a 1.x version, was '" + version + "'");
    }
    String title = document.path("info").path("title").asText("");
    JsonNode actionsNode = document.get("actions");
    if (actionsNode == null || !actionsNode.isArray() || actionsNode.isEmpty()) {
      throw new OverlayException("overlay: field 'actions' must be a non-empty list");
    }
    List<Action> actions = new ArrayList<>();
    for (int i = 0; i < actionsNode.size(); i++) {
      JsonNode a = actionsNode.get(i);
      String label = "overlay action #" + (i + 1);
      JsonNode target = a.get("target");
      if (target == null || !target.isTextual() || target.asText().isBlank()) {
        throw new OverlayException(label + ": field 'target' must be a JSONPath expression");
      }
      boolean remove = a.path("remove").asBoolean(false);
      JsonNode update = a.get("update");
      if (remove == (update != null)) {
        throw new OverlayException(label + ": exactly one of 'update' or 'remove: true' is required");
      }
      String description = a.hasNonNull("description") ? a.get("description").asText() : null;
      actions.add(new Action(i, target.asText(), description, update, remove));
    }
    return new Overlay(title, List.copyOf(actions));
  }
}
