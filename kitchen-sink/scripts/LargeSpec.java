import java.util.List;
import java.util.Locale;

/**
 * Writes the synthetic large kitchen-sink spec (15 resources x 10 operations, about 500 KB) to
 * standard output, for the scale check of the templates. Run from the repository root:
 *
 * <pre>java kitchen-sink/scripts/LargeSpec.java &gt; kitchen-sink/spec/sinklarge/openapi.yaml</pre>
 */
public final class LargeSpec {
  private static final List<String> RESOURCES = List.of(
      "account", "agent", "call", "campaign", "contact", "number", "recording", "transcript",
      "voice", "tool", "document", "schedule", "invoice", "user", "team");
  private static final String PROSE = "It is described at length here because real vendor specs carry long prose, "
      + "covering when it was introduced, how it interacts with the other fields, and what the API does when it is left out.";

  private final StringBuilder out = new StringBuilder();

  public static void main(String[] args) {
    System.out.print(new LargeSpec().spec());
  }

  private String spec() {
    line(0, "openapi: 3.0.3");
    line(0, "info:");
    line(1, "title: Kitchen Sink Large");
    line(1, "version: 1.0.0");
    line(1, "description: Synthetic spec for the scale check; made by kitchen-sink/scripts/LargeSpec.java. Do not edit.");
    line(0, "servers:");
    line(1, "- url: https://large.example.test/v3");
    line(0, "paths:");
    for (String r : RESOURCES) {
      paths(r);
    }
    line(0, "components:");
    line(1, "schemas:");
    line(2, "Error:");
    line(3, "type: object");
    line(3, "properties:");
    prop(4, "code", "type: string", "The machine-readable error code.");
    prop(4, "message", "type: string", "A human-readable explanation.");
    for (String r : RESOURCES) {
      schemas(r);
    }
    return out.toString();
  }

  private void paths(String r) {
    String p = pascal(r);
    String id = r + "Id";
    line(1, "/" + r + "s:");
    line(2, "get:");
    op(3, r, "list" + p + "s", "List " + r + "s, a page at a time.");
    line(3, "parameters:");
    param(4, "limit", "query", "type: integer\n" + ind(6) + "default: 20", "How many to return.");
    param(4, "cursor", "query", "type: string", "Where the previous page ended.");
    param(4, "status", "query", "type: array\n" + ind(6) + "items:\n" + ind(7) + "$ref: '#/components/schemas/" + p + "Status'", "Only these statuses.");
    line(4, "- name: ids");
    line(5, "in: query");
    line(5, "explode: false");
    line(5, "description: Only these ids, comma-separated.");
    line(5, "schema:");
    line(6, "type: array");
    line(6, "items:");
    line(7, "type: string");
    param(4, "created_after", "query", "type: string\n" + ind(6) + "format: date-time", "Only those created after this instant.");
    param(4, "X-Request-Id", "header", "type: string\n" + ind(6) + "format: uuid", "Echoed back for tracing.");
    param(4, "session", "cookie", "type: string", "The console session, when called from the console.");
    responses(3, "200", p + "Page");
    line(2, "post:");
    op(3, r, "create" + p, "Create a " + r + ".");
    body(3, "application/json", p + "Create");
    responses(3, "201", p);
    line(1, "/" + r + "s/search:");
    line(2, "post:");
    op(3, r, "search" + p + "s", "Search " + r + "s by text.");
    line(3, "requestBody:");
    line(4, "content:");
    line(5, "application/x-www-form-urlencoded:");
    line(6, "schema:");
    line(7, "type: object");
    line(7, "properties:");
    prop(8, "q", "type: string", "The text to look for.");
    prop(8, "page", "type: integer", "The page to return.");
    responses(3, "200", p + "Page");
    line(1, "/" + r + "s/{" + id + "}:");
    line(2, "parameters:");
    pathParam(3, id);
    line(2, "get:");
    op(3, r, "get" + p, "Get one " + r + ".");
    responses(3, "200", p);
    line(2, "put:");
    op(3, r, "replace" + p, "Replace a " + r + ".");
    body(3, "application/json", p + "Create");
    responses(3, "200", p);
    line(2, "patch:");
    op(3, r, "update" + p, "Change some fields of a " + r + ".");
    body(3, "application/json", p + "Patch");
    responses(3, "200", p);
    line(2, "delete:");
    op(3, r, "delete" + p, "Delete a " + r + ".");
    line(3, "responses:");
    line(4, "'204':");
    line(5, "description: Deleted.");
    line(1, "/" + r + "s/{" + id + "}/events:");
    line(2, "get:");
    op(3, r, "list" + p + "Events", "The events of a " + r + ".");
    line(3, "parameters:");
    pathParam(4, id);
    responses(3, "200", p + "EventPage");
    line(1, "/" + r + "s/{" + id + "}/attachments:");
    line(2, "post:");
    op(3, r, "upload" + p + "Attachment", "Attach a file to a " + r + ".");
    line(3, "parameters:");
    pathParam(4, id);
    line(3, "requestBody:");
    line(4, "content:");
    line(5, "multipart/form-data:");
    line(6, "schema:");
    line(7, "type: object");
    line(7, "properties:");
    prop(8, "file", "type: string\n" + ind(9) + "format: binary", "The file.");
    prop(8, "note", "type: string", "A note kept with the file.");
    responses(3, "200", p + "Attachment");
    line(1, "/" + r + "s/{" + id + "}/attachments/{attachmentId}:");
    line(2, "get:");
    op(3, r, "download" + p + "Attachment", "Download a file attached to a " + r + ".");
    line(3, "parameters:");
    pathParam(4, id);
    pathParam(4, "attachmentId");
    line(3, "responses:");
    line(4, "'200':");
    line(5, "description: The file's bytes.");
    line(5, "content:");
    line(6, "application/octet-stream:");
    line(7, "schema:");
    line(8, "type: string");
    line(8, "format: binary");
  }

  private void schemas(String r) {
    String p = pascal(r);
    line(2, p + "Status:");
    line(3, "type: string");
    line(3, "enum: [draft, active, paused, archived, deleted]");
    line(2, p + "Priority:");
    line(3, "type: integer");
    line(3, "enum: [1, 2, 3, 4, 5]");
    line(2, p + ":");
    line(3, "type: object");
    line(3, "description: A " + r + ". " + PROSE);
    line(3, "required: [id, name, status]");
    line(3, "properties:");
    prop(4, "id", "type: string\n" + ind(5) + "readOnly: true", "The " + r + "'s id.");
    prop(4, "name", "type: string", "The " + r + "'s name.");
    prop(4, "description", "type: string\n" + ind(5) + "nullable: true", "What the " + r + " is for.");
    prop(4, "status", "$ref: '#/components/schemas/" + p + "Status'", "Where the " + r + " is in its life.");
    prop(4, "priority", "$ref: '#/components/schemas/" + p + "Priority'", "How urgent the " + r + " is.");
    prop(4, "tags", "type: array\n" + ind(5) + "uniqueItems: true\n" + ind(5) + "items:\n" + ind(6) + "type: string", "Free labels.");
    prop(4, "metadata", "type: object\n" + ind(5) + "additionalProperties:\n" + ind(6) + "type: string", "Your own key-value pairs.");
    prop(4, "created_at", "type: string\n" + ind(5) + "format: date-time\n" + ind(5) + "readOnly: true", "When it was created.");
    prop(4, "updated_at", "type: string\n" + ind(5) + "format: date-time\n" + ind(5) + "readOnly: true", "When it last changed.");
    prop(4, "owner_id", "type: string\n" + ind(5) + "format: uuid", "Who owns it.");
    prop(4, "url", "type: string\n" + ind(5) + "format: uri", "Where to see it.");
    prop(4, "count", "type: integer\n" + ind(5) + "format: int64", "How many times it was used.");
    prop(4, "score", "type: number", "Its quality score.");
    prop(4, "ratio", "type: number\n" + ind(5) + "format: double", "Its success ratio.");
    prop(4, "enabled", "type: boolean\n" + ind(5) + "default: true", "Whether it is in use.");
    prop(4, "starts_on", "type: string\n" + ind(5) + "format: date", "The day it starts.");
    prop(4, "legacy_ref", "type: string\n" + ind(5) + "deprecated: true", "The id in the old API.");
    prop(4, "settings", "type: object\n" + ind(5) + "properties:\n" + ind(6) + "language:\n" + ind(7) + "type: string\n"
        + ind(6) + "timezone:\n" + ind(7) + "type: string\n" + ind(6) + "retries:\n" + ind(7) + "type: integer", "How it behaves.");
    prop(4, "items", "type: array\n" + ind(5) + "items:\n" + ind(6) + "$ref: '#/components/schemas/" + p + "Item'", "Its parts.");
    prop(4, "last_event", "$ref: '#/components/schemas/" + p + "Event'", "What happened to it last.");
    line(2, p + "Item:");
    line(3, "type: object");
    line(3, "description: A part of a " + r + ". " + PROSE);
    line(3, "properties:");
    prop(4, "key", "type: string", "The part's key.");
    prop(4, "value", "type: string", "The part's value.");
    prop(4, "position", "type: integer", "Where the part goes.");
    line(2, p + "Create:");
    line(3, "description: The fields to create a " + r + " with. " + PROSE);
    line(3, "allOf:");
    line(4, "- type: object");
    line(5, "required: [name]");
    line(5, "properties:");
    prop(6, "name", "type: string", "The name.");
    prop(6, "description", "type: string", "What it is for.");
    line(4, "- type: object");
    line(5, "properties:");
    prop(6, "status", "$ref: '#/components/schemas/" + p + "Status'", "The starting status.");
    prop(6, "metadata", "type: object\n" + ind(7) + "additionalProperties:\n" + ind(8) + "type: string", "Your own key-value pairs.");
    line(2, p + "Patch:");
    line(3, "type: object");
    line(3, "description: The fields to change. " + PROSE);
    line(3, "properties:");
    prop(4, "name", "type: string", "The new name.");
    prop(4, "description", "type: string\n" + ind(5) + "nullable: true", "The new description; null clears it.");
    prop(4, "status", "$ref: '#/components/schemas/" + p + "Status'", "The new status.");
    line(2, p + "Page:");
    line(3, "type: object");
    line(3, "required: [data]");
    line(3, "properties:");
    prop(4, "data", "type: array\n" + ind(5) + "items:\n" + ind(6) + "$ref: '#/components/schemas/" + p + "'", "This page.");
    prop(4, "next_cursor", "type: string\n" + ind(5) + "nullable: true", "Where the next page starts; null on the last.");
    line(2, p + "Event:");
    line(3, "description: Something that happened to a " + r + ". " + PROSE);
    line(3, "oneOf:");
    line(4, "- $ref: '#/components/schemas/" + p + "ChangedEvent'");
    line(4, "- $ref: '#/components/schemas/" + p + "RemovedEvent'");
    line(3, "discriminator:");
    line(4, "propertyName: type");
    line(4, "mapping:");
    line(5, "changed: '#/components/schemas/" + p + "ChangedEvent'");
    line(5, "removed: '#/components/schemas/" + p + "RemovedEvent'");
    for (String kind : List.of("Changed", "Removed")) {
      line(2, p + kind + "Event:");
      line(3, "type: object");
      line(3, "required: [type, at]");
      line(3, "properties:");
      prop(4, "type", "type: string", "The kind of event.");
      prop(4, "at", "type: string\n" + ind(5) + "format: date-time", "When it happened.");
      prop(4, "by", "type: string", "Who did it.");
      prop(4, "fields", "type: array\n" + ind(5) + "items:\n" + ind(6) + "type: string", "What changed.");
    }
    line(2, p + "EventPage:");
    line(3, "type: object");
    line(3, "properties:");
    prop(4, "data", "type: array\n" + ind(5) + "items:\n" + ind(6) + "$ref: '#/components/schemas/" + p + "Event'", "This page.");
    line(2, p + "Attachment:");
    line(3, "type: object");
    line(3, "properties:");
    prop(4, "id", "type: string", "The attachment's id.");
    prop(4, "size", "type: integer\n" + ind(5) + "format: int64", "Its size in bytes.");
    prop(4, "note", "type: string", "The note kept with it.");
  }

  private void op(int level, String r, String operationId, String summary) {
    line(level, "tags: [" + r + "s]");
    line(level, "operationId: " + operationId);
    line(level, "summary: " + summary);
    line(level, "description: " + summary + " " + PROSE + " " + PROSE + " " + PROSE);
  }

  private void param(int level, String name, String in, String schema, String description) {
    line(level, "- name: " + name);
    line(level + 1, "in: " + in);
    line(level + 1, "description: " + description + " " + PROSE + " " + PROSE);
    line(level + 1, "schema:");
    line(level + 2, schema);
  }

  private void pathParam(int level, String name) {
    line(level, "- name: " + name);
    line(level + 1, "in: path");
    line(level + 1, "required: true");
    line(level + 1, "schema:");
    line(level + 2, "type: string");
  }

  private void body(int level, String mediaType, String schema) {
    line(level, "requestBody:");
    line(level + 1, "required: true");
    line(level + 1, "content:");
    line(level + 2, mediaType + ":");
    line(level + 3, "schema:");
    line(level + 4, "$ref: '#/components/schemas/" + schema + "'");
  }

  private void responses(int level, String status, String schema) {
    line(level, "responses:");
    line(level + 1, "'" + status + "':");
    line(level + 2, "description: Success.");
    line(level + 2, "content:");
    line(level + 3, "application/json:");
    line(level + 4, "schema:");
    line(level + 5, "$ref: '#/components/schemas/" + schema + "'");
    line(level + 1, "'404':");
    line(level + 2, "description: Not found.");
    line(level + 2, "content:");
    line(level + 3, "application/json:");
    line(level + 4, "schema:");
    line(level + 5, "$ref: '#/components/schemas/Error'");
  }

  private void prop(int level, String name, String schema, String description) {
    line(level, name + ":");
    if (schema.startsWith("$ref")) {
      line(level + 1, "description: " + description + " " + PROSE);
      line(level + 1, "allOf:");
      line(level + 2, "- " + schema);
    } else {
      line(level + 1, schema);
      line(level + 1, "description: " + description + " " + PROSE);
    }
  }

  private void line(int level, String text) {
    out.append(ind(level)).append(text).append('\n');
  }

  private static String ind(int level) {
    return "  ".repeat(level);
  }

  private static String pascal(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
