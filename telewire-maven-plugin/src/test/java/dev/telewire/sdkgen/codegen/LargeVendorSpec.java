package dev.telewire.sdkgen.codegen;

import java.util.List;

/**
 * A vendor spec the way many are published: OpenAPI 3.0.0, 112 operations under {@code /api/v2},
 * no operationId anywhere, summaries in title case or sentence case, and every response an inline
 * {@code {success, message, data}} envelope, so dozens of responses are structurally identical.
 */
final class LargeVendorSpec {
  /** Resource (plural path segment), singular noun, and its extra actions as "Summary:method:segment". */
  private record Resource(String path, String noun, List<String> actions) {}

  private static final List<Resource> RESOURCES = List.of(
      new Resource("tokens", "token", List.of("Rotate a token:post:rotate")),
      new Resource("members", "member", List.of("Invite a Member:post:invite", "Resend the invitation:post:resend")),
      new Resource("projects", "project", List.of("Archive Project:post:archive", "Restore Project:post:restore")),
      new Resource("boards", "board", List.of("Duplicate a board:post:duplicate")),
      new Resource("tasks", "task", List.of("Assign Task to Member:post:assign", "Complete a task:post:complete")),
      new Resource("comments", "comment", List.of()),
      new Resource("labels", "label", List.of()),
      new Resource("milestones", "milestone", List.of("Close a milestone:post:close")),
      new Resource("webhooks", "webhook", List.of("Send a test event:post:test")),
      new Resource("teams", "team", List.of("Add Member to Team:post:members")),
      new Resource("invoices", "invoice", List.of("Download the invoice PDF link:get:link")),
      new Resource("products", "product", List.of()),
      new Resource("plans", "plan", List.of("Subscribe to Plan:post:subscribe")),
      new Resource("files", "file", List.of()),
      new Resource("folders", "folder", List.of("Move a folder:post:move")),
      new Resource("reports", "report", List.of("Export a report:post:export")),
      new Resource("agents", "agent", List.of("Restore Version to Agent:post:versions/{versionId}/restore")),
      new Resource("sprints", "sprint", List.of("Start Sprint:post:start")),
      new Resource("tags", "tag", List.of()));

  private LargeVendorSpec() {}

  /** The spec as YAML text. */
  static String yaml() {
    StringBuilder out = new StringBuilder("""
        openapi: 3.0.0
        info:
          title: Taskboard API
          version: 2.0.0
        servers:
          - url: https://api.taskboard.example
        security:
          - bearer: []
        paths:
        """);
    for (Resource resource : RESOURCES) {
      String collection = "/api/v2/" + resource.path();
      String item = collection + "/{" + resource.noun() + "Id}";
      String noun = resource.noun();
      out.append("  ").append(collection).append(":\n");
      operation(out, "get", "List " + resource.path(), resource.path(), false, true);
      operation(out, "post", "Create a " + noun, resource.path(), true, true);
      out.append("  ").append(item).append(":\n");
      pathParameter(out, noun + "Id");
      operation(out, "get", "Get a " + noun, resource.path(), false, true);
      operation(out, "patch", "Update " + capitalized(noun), resource.path(), true, true);
      operation(out, "delete", "Delete the " + noun, resource.path(), false, false);
      for (String action : resource.actions()) {
        String[] parts = action.split(":");
        out.append("  ").append(item).append('/').append(parts[2]).append(":\n");
        pathParameter(out, noun + "Id");
        if (parts[2].contains("{versionId}")) {
          pathParameter(out, "versionId");
        }
        operation(out, parts[1], parts[0], resource.path(), parts[1].equals("post"), false);
      }
    }
    // Two operations without a summary fall back on their method and path.
    out.append("  /api/v2/health:\n");
    operation(out, "get", null, "health", false, false);
    out.append("  /api/v2/status:\n");
    operation(out, "get", null, "status", false, false);
    out.append("""
        components:
          securitySchemes:
            bearer:
              type: http
              scheme: bearer
        """);
    return out.toString();
  }

  /** How many operations {@link #yaml()} has. */
  static int operationCount() {
    return RESOURCES.stream().mapToInt(resource -> 5 + resource.actions().size()).sum() + 2;
  }

  private static void pathParameter(StringBuilder out, String name) {
    if (!out.toString().endsWith("parameters:\n") && !lastLineIsParameter(out)) {
      out.append("    parameters:\n");
    }
    out.append("      - {name: ").append(name).append(", in: path, required: true, schema: {type: string}}\n");
  }

  private static boolean lastLineIsParameter(StringBuilder out) {
    String text = out.toString();
    int start = text.lastIndexOf('\n', text.length() - 2);
    return text.substring(start + 1).startsWith("      - {name:");
  }

  private static void operation(StringBuilder out, String method, String summary, String tag, boolean body, boolean data) {
    lines(out, 4, method + ":", "  tags: [" + capitalized(tag) + "]");
    if (summary != null) {
      lines(out, 6, "summary: " + summary);
    }
    if (body) {
      lines(out, 6, "requestBody:", "  required: true", "  content:", "    application/json:", "      schema:",
          "        type: object", "        properties:", "          name: {type: string}", "          description: {type: string}");
    }
    lines(out, 6, "responses:", "  '200':", "    description: OK", "    content:", "      application/json:", "        schema:",
        "          type: object", "          properties:", "            success: {type: boolean}", "            message: {type: string}");
    if (data) {
      lines(out, 18, "data:", "  type: object", "  properties:", "    id: {type: string}", "    name: {type: string}");
    }
    lines(out, 8, "'401':", "  description: Unauthorized", "  content:", "    application/json:", "      schema:",
        "        type: object", "        properties:", "          success: {type: boolean}", "          message: {type: string}");
  }

  private static void lines(StringBuilder out, int indent, String... lines) {
    for (String line : lines) {
      out.append(" ".repeat(indent)).append(line).append('\n');
    }
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
