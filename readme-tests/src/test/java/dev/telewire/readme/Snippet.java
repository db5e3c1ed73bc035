package dev.telewire.readme;

import java.util.List;

/**
 * One fenced {@code java} block of a Markdown file, with the marker comment above it.
 *
 * @param file the Markdown file as shown in messages ({@code README.md})
 * @param fenceLine the 1-based line of the opening fence
 * @param kind what the marker says to do with it
 * @param given the context names the marker asks for ({@code truedy}, {@code request}, ...)
 * @param lines the snippet's lines, without the fences and the fence's indentation
 */
record Snippet(String file, int fenceLine, Kind kind, List<String> given, List<String> lines) {
  /** What the harness does with a snippet. */
  enum Kind {
    /** Compiled as the body of a {@code main}, then run against the loopback server. */
    RUNNABLE,
    /** Compiled as a method body, not run. */
    FRAGMENT,
    /** No marker: reported, because the author has to choose. */
    UNMARKED
  }

  /** The Markdown line of the snippet's {@code index}-th line (0-based). */
  int markdownLine(int index) {
    return fenceLine + 1 + index;
  }

  /** Where the snippet starts, as {@code README.md:35}. */
  String location() {
    return file + ":" + fenceLine;
  }

  /** A Java class name that is unique per file and line. */
  String className() {
    return "Snippet_" + file.replaceAll("[^A-Za-z0-9]", "_") + "_L" + fenceLine;
  }
}
