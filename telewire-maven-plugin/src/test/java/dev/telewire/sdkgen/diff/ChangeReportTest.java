package dev.telewire.sdkgen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.telewire.sdkgen.SpecDocuments;
import dev.telewire.sdkgen.codegen.GeneratedApi;
import dev.telewire.sdkgen.codegen.Problem;
import dev.telewire.sdkgen.diff.Change.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the change report says, in Markdown and HTML, about changes, problems, warnings and the client API. */
class ChangeReportTest {
  private static final JsonNode SPEC = SpecDocuments.parse("""
      openapi: 3.0.3
      info: {title: Notes, version: '1'}
      paths:
        /notes:
          get:
            operationId: listNotes
            parameters: [{name: q, in: query, schema: {type: string}}]
            responses: {'204': {description: none}}
      """);
  private static final GeneratedApi API = GeneratedApi.of(SPEC);
  private static final Change REMOVED = new Change(Kind.OPERATION_REMOVED, "DELETE /x`y", "gone | for\ngood");
  private static final Change ADDED = new Change(Kind.OPERATION_ADDED, "GET /new", "new <b> & \"quoted\"");
  private static final Problem PROBLEM = new Problem("/paths/~1notes/get", "cannot <do> it", "GET /notes",
      "- target: $.paths['/notes'].get\n  remove: true\n");

  private static ChangeReport.Builder report() {
    return ChangeReport.builder("acme").baseline("base.yaml", SPEC).current("now.yaml", SPEC).apis(API, API)
        .acceptCommand("accept acme");
  }

  private static JsonNode withoutParameter() {
    JsonNode spec = SPEC.deepCopy();
    ((ObjectNode) spec.at("/paths/~1notes/get")).remove("parameters");
    return spec;
  }

  @Test
  void reportWithoutChangesSaysSo() {
    ChangeReport report = report().build();

    assertThat(report.summary()).isEqualTo("acme: no API change since base.yaml");
    assertThat(report.markdown()).contains("**No API change since the baseline.**")
        .contains("## Breaking changes (0)\n\nNone.\n\n## Non-breaking changes (0)\n\nNone.\n\n");
    assertThat(report.html()).contains("<p class=\"ok\"><strong>No API change since the baseline.</strong></p>");
  }

  @Test
  void countsAreSingularForOneAndPluralOtherwise() {
    ChangeReport report = report().changes(List.of(REMOVED, ADDED, new Change(Kind.SERVER_CHANGED, "servers", "moved"))).build();

    assertThat(report.counts()).isEqualTo("1 breaking change and 2 non-breaking changes");
    assertThat(report.summary()).isEqualTo("acme: 1 breaking change and 2 non-breaking changes since base.yaml");
  }

  @Test
  void breakingChangeFailsTheBuildInTheVerdict() {
    ChangeReport report = report().changes(List.of(REMOVED)).build();

    assertThat(report.markdown())
        .contains("**1 breaking change: the build fails until the change is accepted or the overlay corrects it.**");
    assertThat(report.html()).contains("<p class=\"breaking\"><strong>1 breaking change: the build fails");
  }

  @Test
  void onlyNonBreakingChangesPassTheBuild() {
    ChangeReport report = report().changes(List.of(ADDED)).build();

    assertThat(report.breakingChanges()).isEmpty();
    assertThat(report.markdown()).contains("**No breaking change; 1 non-breaking change. The build passes.**");
  }

  @Test
  void changesGivenToTheBuilderComeAfterTheSpecChangesInTheirGroup() {
    Change leftOut = new Change(Kind.OPERATION_LEFT_OUT, "GET /blobs", "left out");
    ChangeReport report = ChangeReport.builder("acme").baseline("base.yaml", SPEC).current("now.yaml", withoutParameter())
        .apis(API, API).acceptCommand("accept acme").changes(List.of(leftOut, REMOVED)).build();

    assertThat(report.changes()).containsExactly(
        new Change(Kind.REQUEST_FIELD_REMOVED, "GET /notes", "query parameter 'q' removed"), REMOVED, leftOut);
    assertThat(report.breakingChanges()).hasSize(2);
  }

  @Test
  void changeTheComparisonAlsoFindsIsListedOnce() {
    Change same = new Change(Kind.REQUEST_FIELD_REMOVED, "GET /notes", "query parameter 'q' removed");
    ChangeReport report = ChangeReport.builder("acme").baseline("base.yaml", SPEC).current("now.yaml", withoutParameter())
        .apis(API, API).acceptCommand("accept acme").changes(List.of(same)).build();

    assertThat(report.changes()).containsExactly(same);
  }

  @Test
  void markdownTableCellsEscapePipesNewlinesAndBackticks() {
    String markdown = report().changes(List.of(REMOVED)).build().markdown();

    assertThat(markdown).contains("## Breaking changes (1)\n\n| Change | Where | What |\n| --- | --- | --- |\n"
        + "| removed operation | `DELETE /x'y` | gone \\| for good |\n\n");
  }

  @Test
  void markdownNamesBothSpecsAndTheAcceptCommand() {
    String markdown = report().build().markdown();

    assertThat(markdown).startsWith("# acme: API changes since the accepted baseline\n\nCompares `now.yaml` with `base.yaml`.\n\n")
        .endsWith("## Accepting\n\nIf the changes are intended, accept the current spec as the new baseline with `accept acme`, "
            + "re-run the contract tests, and bump the version: major after a breaking change, minor otherwise.\n");
  }

  @Test
  void markdownProblemShowsItsOperationAndIndentedFix() {
    String markdown = report().problems(List.of(PROBLEM)).build().markdown();

    assertThat(markdown).contains("## Problems (1)\n\n- `#/paths/~1notes/get` (GET /notes): cannot <do> it\n"
        + "\n  Fix, in the overlay's `actions`:\n\n  ```yaml\n  - target: $.paths['/notes'].get\n    remove: true\n  ```\n\n");
  }

  @Test
  void markdownProblemWithoutOperationOrFixIsOneLine() {
    String markdown = report().problems(List.of(new Problem("/components/schemas/A", "bad", null, null))).build().markdown();

    assertThat(markdown).contains("## Problems (1)\n\n- `#/components/schemas/A`: bad\n\n## Generated with a warning (0)");
  }

  @Test
  void markdownWithoutProblemsSaysEverythingGenerates() {
    assertThat(report().build().markdown())
        .contains("## Problems (0)\n\nNone: the codegen can generate every operation and schema.\n\n");
  }

  @Test
  void markdownListsWarningsAndDrift() {
    String markdown = report().codegenWarnings(List.of("field skipped")).warnings(List.of("action redundant")).build().markdown();

    assertThat(markdown).contains("## Generated with a warning (1)\n\n- field skipped\n\n")
        .contains("## Overlay drift\n\n- action redundant\n\n");
  }

  @Test
  void markdownWithoutWarningsOrApiChangesSaysNone() {
    assertThat(report().build().markdown())
        .contains("## Generated with a warning (0)\n\nNone.\n\n")
        .contains("## Generated client API\n\nRemoved: none.\n\nAdded: none.\n\n## Overlay drift\n\nNone.\n\n");
  }

  @Test
  void markdownListsTheClientApiRemovedAsCode() {
    GeneratedApi after = GeneratedApi.of(withoutParameter());
    String markdown = report().apis(API, after).build().markdown();

    assertThat(markdown).contains("Removed:\n\n- `Call<Void> DefaultApi.listNotes(String)`\n\n")
        .contains("Added:\n\n- `Call<Void> DefaultApi.listNotes()`\n\n");
  }

  @Test
  void htmlEscapesEverythingItShows() {
    String html = ChangeReport.builder("a<b").baseline("b&.yaml", SPEC).current("\"now\".yaml", SPEC).apis(API, API)
        .acceptCommand("accept <a>").changes(List.of(ADDED)).build().html();

    assertThat(html).contains("<title>a&lt;b: API changes</title>")
        .contains("<h1>a&lt;b: API changes since the accepted baseline</h1>")
        .contains("<p>Compares <code>&quot;now&quot;.yaml</code> with <code>b&amp;.yaml</code>.</p>")
        .contains("<tr><td>new operation</td><td><code>GET /new</code></td><td>new &lt;b&gt; &amp; &quot;quoted&quot;</td></tr>")
        .contains("<code>accept &lt;a&gt;</code>")
        .doesNotContain("<b>");
  }

  @Test
  void htmlTablesAndEmptySections() {
    String html = report().changes(List.of(REMOVED)).build().html();

    assertThat(html).contains("<h2>Breaking changes (1)</h2>\n<table>\n<tr><th>Change</th><th>Where</th><th>What</th></tr>\n")
        .contains("<h2>Non-breaking changes (0)</h2>\n<p>None.</p>\n")
        .contains("<h2>Problems (0)</h2>\n<p>None: the codegen can generate every operation and schema.</p>\n")
        .contains("<h2>Generated with a warning (0)</h2>\n<p>None.</p>\n")
        .contains("<h2>Generated client API</h2>\n<p>Removed: none.</p>\n<p>Added: none.</p>\n")
        .endsWith("</p>\n</body>\n</html>\n");
  }

  @Test
  void htmlProblemShowsItsOperationAndFix() {
    String html = report().problems(List.of(PROBLEM, new Problem("/components/schemas/A", "bad", null, null))).build().html();

    assertThat(html).contains("<h2>Problems (2)</h2>\n<ul>\n"
        + "<li><code>#/paths/~1notes/get</code> (GET /notes): cannot &lt;do&gt; it<pre>- target: $.paths['/notes'].get\n  remove: true\n</pre></li>\n"
        + "<li><code>#/components/schemas/A</code>: bad</li>\n</ul>\n");
  }

  @Test
  void htmlListsWarningsPlainAndApiAsCode() {
    GeneratedApi after = GeneratedApi.of(withoutParameter());
    String html = report().apis(API, after).codegenWarnings(List.of("a < b")).warnings(List.of("drift")).build().html();

    assertThat(html).contains("<h2>Generated with a warning (1)</h2>\n<ul>\n<li>a &lt; b</li>\n</ul>\n")
        .contains("<p>Removed:</p>\n<ul>\n<li><code>Call&lt;Void&gt; DefaultApi.listNotes(String)</code></li>\n</ul>\n")
        .contains("<h2>Overlay drift</h2>\n<ul>\n<li>drift</li>\n</ul>\n");
  }

  @Test
  void reportWithoutApisRunsTheCodegenOnBothSpecs() {
    ChangeReport report = ChangeReport.builder("acme").baseline("base.yaml", SPEC).current("now.yaml", withoutParameter())
        .acceptCommand("accept acme").build();

    assertThat(report.removedApi()).containsExactly("Call<Void> DefaultApi.listNotes(String)");
    assertThat(report.addedApi()).containsExactly("Call<Void> DefaultApi.listNotes()");
  }

  @Test
  void missingPartsAreNamed() {
    assertThatThrownBy(() -> ChangeReport.builder("acme").current("now.yaml", SPEC).acceptCommand("a").build())
        .hasMessage("baselineName == null");
    assertThatThrownBy(() -> ChangeReport.builder("acme").baseline("b", SPEC).acceptCommand("a").build())
        .hasMessage("currentName == null");
    assertThatThrownBy(() -> ChangeReport.builder("acme").baseline("b", null).current("c", SPEC).acceptCommand("a").build())
        .hasMessage("baseline == null");
    assertThatThrownBy(() -> ChangeReport.builder("acme").baseline("b", SPEC).current("c", null).acceptCommand("a").build())
        .hasMessage("current == null");
    assertThatThrownBy(() -> report().acceptCommand(null).build()).hasMessage("acceptCommand == null");
    assertThatThrownBy(() -> ChangeReport.builder(null).baseline("b", SPEC).current("c", SPEC).acceptCommand("a").build())
        .hasMessage("vendor == null");
  }
}
