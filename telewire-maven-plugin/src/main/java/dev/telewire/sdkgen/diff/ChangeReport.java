package dev.telewire.sdkgen.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.codegen.GeneratedApi;
import dev.telewire.sdkgen.codegen.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed in one vendor's API since its accepted baseline: the spec changes, breaking first,
 * what the codegen cannot generate (each problem with its fix), the generated client's declarations
 * added and removed, and overlay drift warnings; rendered as Markdown or as a self-contained HTML page.
 *
 * <p>The client API comes from the telewire-java codegen itself, run dry on both specs
 * ({@link GeneratedApi}), so the report and the generated code name things the same way.
 */
public final class ChangeReport {
  private final String vendor;
  private final String baselineName;
  private final String currentName;
  private final List<Change> changes;
  private final List<String> added;
  private final List<String> removed;
  private final List<Problem> problems;
  private final List<String> warnings;
  private final List<String> codegenWarnings;
  private final String acceptCommand;

  private ChangeReport(Builder builder) {
    vendor = Objects.requireNonNull(builder.vendor, "vendor == null");
    baselineName = Objects.requireNonNull(builder.baselineName, "baselineName == null");
    currentName = Objects.requireNonNull(builder.currentName, "currentName == null");
    Objects.requireNonNull(builder.baseline, "baseline == null");
    Objects.requireNonNull(builder.current, "current == null");
    GeneratedApi before = builder.apiBefore != null ? builder.apiBefore : GeneratedApi.of(builder.baseline);
    GeneratedApi after = builder.apiAfter != null ? builder.apiAfter : GeneratedApi.of(builder.current);
    List<Change> all = new ArrayList<>(SpecDiff.compare(builder.baseline, builder.current, before.methods(), after.methods()));
    builder.changes.stream().filter(change -> !all.contains(change)).forEach(all::add);
    all.sort(Comparator.comparing(change -> !change.breaking()));
    changes = List.copyOf(all);
    List<List<GeneratedApi.Declaration>> delta = after.since(before);
    added = delta.get(0).stream().map(GeneratedApi.Declaration::text).toList();
    removed = delta.get(1).stream().map(GeneratedApi.Declaration::text).toList();
    problems = List.copyOf(builder.problems);
    warnings = List.copyOf(builder.warnings);
    codegenWarnings = List.copyOf(builder.codegenWarnings);
    acceptCommand = Objects.requireNonNull(builder.acceptCommand, "acceptCommand == null");
  }

  /** Starts a report on {@code vendor}, such as {@code truedy}. */
  public static Builder builder(String vendor) {
    return new Builder(vendor);
  }

  /** Every change since the baseline, breaking ones first. */
  public List<Change> changes() {
    return changes;
  }

  /** What the codegen cannot generate in the current spec, each with its location and fix. */
  public List<Problem> problems() {
    return problems;
  }

  /** The declarations the generated client gains, such as {@code Call<Void> TokensApi.deleteToken(String)}. */
  public List<String> addedApi() {
    return added;
  }

  /** The declarations the generated client loses. */
  public List<String> removedApi() {
    return removed;
  }

  /** The changes that break callers; the build fails while there is one. */
  public List<Change> breakingChanges() {
    return changes.stream().filter(Change::breaking).toList();
  }

  /** One line for the build log, such as {@code truedy: 1 breaking change and 2 non-breaking changes since ...}. */
  public String summary() {
    return vendor + ": " + (changes.isEmpty() ? "no API change" : counts()) + " since " + baselineName;
  }

  /** The number of changes, such as {@code 1 breaking change and 2 non-breaking changes}. */
  public String counts() {
    long breaking = breakingChanges().size();
    return count(breaking, "breaking change") + " and " + count(changes.size() - breaking, "non-breaking change");
  }

  /** The report as GitHub-flavoured Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(vendor).append(": API changes since the accepted baseline\n\n");
    out.append("Compares `").append(currentName).append("` with `").append(baselineName).append("`.\n\n");
    out.append("**").append(verdict()).append("**\n\n");
    markdownTable(out, "Breaking changes", breakingChanges());
    markdownTable(out, "Non-breaking changes", changes.stream().filter(c -> !c.breaking()).toList());
    out.append("## Problems (").append(problems.size()).append(")\n\n");
    if (problems.isEmpty()) {
      out.append("None: the codegen can generate every operation and schema.\n\n");
    }
    for (Problem problem : problems) {
      out.append("- `#").append(problem.pointer()).append('`')
          .append(problem.operation() == null ? "" : " (" + problem.operation() + ")").append(": ")
          .append(problem.message()).append('\n');
      if (problem.action() != null) {
        out.append("\n  Fix, in the overlay's `actions`:\n\n  ```yaml\n");
        problem.action().lines().forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("  ```\n");
      }
      out.append('\n');
    }
    out.append("## Generated with a warning (").append(codegenWarnings.size()).append(")\n\n");
    markdownList(out, null, codegenWarnings, false);
    out.append("## Generated client API\n\n");
    markdownList(out, "Removed", removed, true);
    markdownList(out, "Added", added, true);
    out.append("## Overlay drift\n\n");
    markdownList(out, null, warnings, false);
    out.append("## Accepting\n\n").append(acceptAdvice("`" + acceptCommand + "`")).append('\n');
    return out.toString();
  }

  /** The report as one HTML page with its style inline (no remote stylesheet or script). */
  public String html() {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(vendor)).append(": API changes</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}\n")
        .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}\n")
        .append("th{background:#f3f3f3}code{font-family:ui-monospace,monospace}.breaking{color:#b00020}.ok{color:#1b5e20}\n")
        .append("</style>\n</head>\n<body>\n");
    out.append("<h1>").append(escape(vendor)).append(": API changes since the accepted baseline</h1>\n");
    out.append("<p>Compares <code>").append(escape(currentName)).append("</code> with <code>")
        .append(escape(baselineName)).append("</code>.</p>\n");
    out.append("<p class=\"").append(breakingChanges().isEmpty() ? "ok" : "breaking").append("\"><strong>")
        .append(escape(verdict())).append("</strong></p>\n");
    htmlTable(out, "Breaking changes", breakingChanges());
    htmlTable(out, "Non-breaking changes", changes.stream().filter(c -> !c.breaking()).toList());
    out.append("<h2>Problems (").append(problems.size()).append(")</h2>\n");
    if (problems.isEmpty()) {
      out.append("<p>None: the codegen can generate every operation and schema.</p>\n");
    } else {
      out.append("<ul>\n");
      for (Problem problem : problems) {
        out.append("<li><code>#").append(escape(problem.pointer())).append("</code>")
            .append(problem.operation() == null ? "" : " (" + escape(problem.operation()) + ")").append(": ")
            .append(escape(problem.message()));
        if (problem.action() != null) {
          out.append("<pre>").append(escape(problem.action())).append("</pre>");
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("<h2>Generated with a warning (").append(codegenWarnings.size()).append(")</h2>\n");
    htmlList(out, null, codegenWarnings, false);
    out.append("<h2>Generated client API</h2>\n");
    htmlList(out, "Removed", removed, true);
    htmlList(out, "Added", added, true);
    out.append("<h2>Overlay drift</h2>\n");
    htmlList(out, null, warnings, false);
    out.append("<h2>Accepting</h2>\n<p>")
        .append(acceptAdvice("<code>" + escape(acceptCommand) + "</code>")).append("</p>\n</body>\n</html>\n");
    return out.toString();
  }

  private String verdict() {
    int breaking = breakingChanges().size();
    if (breaking > 0) {
      return count(breaking, "breaking change")
          + ": the build fails until the change is accepted or the overlay corrects it.";
    }
    if (!changes.isEmpty()) {
      return "No breaking change; " + count(changes.size(), "non-breaking change") + ". The build passes.";
    }
    return "No API change since the baseline.";
  }

  private String acceptAdvice(String command) {
    return "If the changes are intended, accept the current spec as the new baseline with " + command
        + ", re-run the contract tests, and bump the version: major after a breaking change, minor otherwise.";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void markdownTable(StringBuilder out, String heading, List<Change> rows) {
    out.append("## ").append(heading).append(" (").append(rows.size()).append(")\n\n");
    if (rows.isEmpty()) {
      out.append("None.\n\n");
      return;
    }
    out.append("| Change | Where | What |\n| --- | --- | --- |\n");
    Function<String, String> cell = text -> text.replace("|", "\\|").replace("\n", " ");
    for (Change change : rows) {
      out.append("| ").append(cell.apply(change.kind().label()))
          .append(" | `").append(cell.apply(change.location().replace("`", "'"))).append('`')
          .append(" | ").append(cell.apply(change.detail())).append(" |\n");
    }
    out.append('\n');
  }

  private static void markdownList(StringBuilder out, String heading, List<String> items, boolean code) {
    if (heading != null) {
      out.append(heading).append(":");
    }
    if (items.isEmpty()) {
      out.append(heading == null ? "None.\n\n" : " none.\n\n");
      return;
    }
    out.append(heading == null ? "" : "\n\n");
    for (String item : items) {
      out.append("- ").append(code ? "`" + item + "`" : item).append('\n');
    }
    out.append('\n');
  }

  private static void htmlTable(StringBuilder out, String heading, List<Change> rows) {
    out.append("<h2>").append(heading).append(" (").append(rows.size()).append(")</h2>\n");
    if (rows.isEmpty()) {
      out.append("<p>None.</p>\n");
      return;
    }
    out.append("<table>\n<tr><th>Change</th><th>Where</th><th>What</th></tr>\n");
    for (Change change : rows) {
      out.append("<tr><td>").append(escape(change.kind().label())).append("</td><td><code>")
          .append(escape(change.location())).append("</code></td><td>").append(escape(change.detail()))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private static void htmlList(StringBuilder out, String heading, List<String> items, boolean code) {
    String label = heading == null ? "" : escape(heading) + ": ";
    if (items.isEmpty()) {
      out.append("<p>").append(label).append(heading == null ? "None." : "none.").append("</p>\n");
      return;
    }
    if (heading != null) {
      out.append("<p>").append(escape(heading)).append(":</p>\n");
    }
    out.append("<ul>\n");
    for (String item : items) {
      out.append("<li>").append(code ? "<code>" + escape(item) + "</code>" : escape(item)).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Collects the two specs and the context a report needs. */
  public static final class Builder {
    private final String vendor;
    private String baselineName;
    private JsonNode baseline;
    private String currentName;
    private JsonNode current;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> codegenWarnings = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private GeneratedApi apiBefore;
    private GeneratedApi apiAfter;
    private String acceptCommand;

    private Builder(String vendor) {
      this.vendor = vendor;
    }

    /** The accepted spec and the name to show for it, such as {@code spec/truedy/baseline.yaml}. */
    public Builder baseline(String name, JsonNode spec) {
      this.baselineName = name;
      this.baseline = spec;
      return this;
    }

    /** The current effective spec and the name to show for it. */
    public Builder current(String name, JsonNode spec) {
      this.currentName = name;
      this.current = spec;
      return this;
    }

    /** What the codegen generates with a loss it only warns about, one sentence each. */
    public Builder codegenWarnings(List<String> warnings) {
      this.codegenWarnings.addAll(warnings);
      return this;
    }

    /** Overlay drift warnings to list, one sentence each. */
    public Builder warnings(List<String> warnings) {
      this.warnings.addAll(warnings);
      return this;
    }

    /** What the codegen makes of each spec, when already known; otherwise the report runs it. */
    public Builder apis(GeneratedApi baseline, GeneratedApi current) {
      this.apiBefore = baseline;
      this.apiAfter = current;
      return this;
    }

    /** Changes the spec comparison cannot see, such as operations left out because they cannot be generated. */
    public Builder changes(List<Change> changes) {
      this.changes.addAll(changes);
      return this;
    }

    /** What the codegen cannot generate in the current spec. */
    public Builder problems(List<Problem> problems) {
      this.problems.addAll(problems);
      return this;
    }

    /** The command that accepts the current spec as the new baseline. */
    public Builder acceptCommand(String command) {
      this.acceptCommand = command;
      return this;
    }

    /** Compares the two specs. */
    public ChangeReport build() {
      return new ChangeReport(this);
    }
  }
}
