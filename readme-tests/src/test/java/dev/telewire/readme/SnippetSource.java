package dev.telewire.readme;

import java.util.ArrayList;
import java.util.List;

/**
 * The compilation unit made of a snippet: its leading {@code import} lines, then a class whose
 * {@code run()} method holds the rest, with the context the marker asks for as members and a
 * {@code main} that runs it and exits. Remembers the Markdown line of every line it took from the
 * snippet, so that compiler errors name the README's line.
 */
final class SnippetSource {
  private final Snippet snippet;
  private final List<String> lines = new ArrayList<>();
  private final List<Integer> markdownLines = new ArrayList<>();

  private SnippetSource(Snippet snippet) {
    this.snippet = snippet;
  }

  /** Wraps {@code snippet}; fails if its marker asks for context the harness does not have. */
  static SnippetSource of(Snippet snippet) {
    SnippetSource source = new SnippetSource(snippet);
    source.build();
    return source;
  }

  private void build() {
    List<String> body = snippet.lines();
    int firstBodyLine = 0;
    while (firstBodyLine < body.size() && isImportBlock(body.get(firstBodyLine))) {
      firstBodyLine++;
    }
    for (int i = 0; i < firstBodyLine; i++) {
      add(body.get(i), snippet.markdownLine(i));
    }
    String name = snippet.className();
    add("public final class " + name + " {", -1);
    add("  public static void main(String[] args) {", -1);
    add("    try {", -1);
    add("      new " + name + "().run();", -1);
    add("    } catch (Throwable e) {", -1);
    add("      e.printStackTrace();", -1);
    add("      System.exit(1);", -1);
    add("    }", -1);
    // A client's OkHttp threads outlive the snippet by a minute; the snippet is done.
    add("    System.exit(0);", -1);
    add("  }", -1);
    for (String given : snippet.given()) {
      add("  " + SnippetContext.declaration(given, snippet), -1);
    }
    add("  void run() throws Exception {", -1);
    for (int i = firstBodyLine; i < body.size(); i++) {
      add(body.get(i), snippet.markdownLine(i));
    }
    add("  }", -1);
    add("}", -1);
  }

  private static boolean isImportBlock(String line) {
    String text = line.strip();
    return text.isEmpty() || text.startsWith("import ") || text.startsWith("//");
  }

  private void add(String line, int markdownLine) {
    lines.add(line);
    markdownLines.add(markdownLine);
  }

  /** The snippet it wraps. */
  Snippet snippet() {
    return snippet;
  }

  /** The Java source text. */
  String text() {
    return String.join("\n", lines) + "\n";
  }

  /** Where line {@code javaLine} (1-based) of the source came from: {@code README.md:38}, or the wrapper. */
  String origin(long javaLine) {
    int index = (int) javaLine - 1;
    if (index < 0 || index >= lines.size()) {
      return snippet.location() + " (the harness's wrapper)";
    }
    int markdownLine = markdownLines.get(index);
    return markdownLine < 0
        ? snippet.location() + " (the harness's wrapper: " + lines.get(index).strip() + ")"
        : snippet.file() + ":" + markdownLine;
  }
}
