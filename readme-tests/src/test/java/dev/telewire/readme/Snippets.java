package dev.telewire.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code java} code blocks of a Markdown file and the marker comment of each, the last
 * non-blank line above its fence: {@code <!-- snippet: runnable -->} or
 * {@code <!-- snippet: fragment; given: truedy, request -->}.
 */
final class Snippets {
  private static final Pattern FENCE = Pattern.compile("^(\\s*)```java\\s*$");
  private static final Pattern CLOSE = Pattern.compile("^\\s*```\\s*$");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*<!--\\s*snippet:\\s*(runnable|fragment)\\s*(?:;\\s*given:\\s*([^>]*?))?\\s*-->\\s*$");

  private Snippets() {}

  /** The snippets of {@code markdown}, named in messages by {@code name}. */
  static List<Snippet> in(Path markdown, String name) {
    try {
      return parse(Files.readAllLines(markdown), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Snippet> parse(List<String> text, String name) {
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      Matcher fence = FENCE.matcher(text.get(i));
      if (!fence.matches()) {
        continue;
      }
      int indent = fence.group(1).length();
      List<String> lines = new ArrayList<>();
      int j = i + 1;
      while (j < text.size() && !CLOSE.matcher(text.get(j)).matches()) {
        String line = text.get(j);
        lines.add(line.length() >= indent && line.substring(0, indent).isBlank() ? line.substring(indent) : line.strip());
        j++;
      }
      if (j == text.size()) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": the ```java block is never closed");
      }
      snippets.add(marked(text, i, name, lines));
      i = j;
    }
    return snippets;
  }

  private static Snippet marked(List<String> text, int fence, String name, List<String> lines) {
    int above = fence - 1;
    while (above >= 0 && text.get(above).isBlank()) {
      above--;
    }
    Matcher marker = above >= 0 ? MARKER.matcher(text.get(above)) : null;
    if (marker == null || !marker.matches()) {
      return new Snippet(name, fence + 1, Snippet.Kind.UNMARKED, List.of(), lines);
    }
    Snippet.Kind kind = marker.group(1).equals("runnable") ? Snippet.Kind.RUNNABLE : Snippet.Kind.FRAGMENT;
    List<String> given = marker.group(2) == null || marker.group(2).isBlank()
        ? List.of()
        : Arrays.stream(marker.group(2).split(",")).map(String::strip).toList();
    return new Snippet(name, fence + 1, kind, given, lines);
  }
}
