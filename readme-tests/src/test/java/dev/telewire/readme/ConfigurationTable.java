package dev.telewire.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of the README's Configuration table: which builder setter, on which clients, and the
 * environment variable that stands in for it.
 */
final class ConfigurationTable {
  private static final Pattern SETTER = Pattern.compile("`(?:(\\w+)\\.Builder\\.)?(\\w+)\\(([^)]*)\\)`");
  private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

  /**
   * One row of the table.
   *
   * @param clients the clients it applies to (simple names, {@code TruedyClient})
   * @param method the setter's name
   * @param parameters the simple names of its parameter types
   * @param variable the environment variable, or null for none
   * @param text the row as written, for messages
   */
  record Row(List<String> clients, String method, List<String> parameters, String variable, String text) {}

  private ConfigurationTable() {}

  /** The rows of the table under {@code ## Configuration} in {@code readme}. */
  static List<Row> rows(Path readme) {
    List<String> table = tableLines(readme);
    List<String> header = cells(table.get(0));
    int setterColumn = column(header, "setter");
    int variableColumn = column(header, "environment");
    List<String[]> parsed = new ArrayList<>();
    Set<String> allClients = new LinkedHashSet<>();
    for (String line : table.subList(2, table.size())) {
      List<String> cells = cells(line);
      Matcher setter = SETTER.matcher(cells.get(setterColumn));
      if (!setter.find()) {
        throw new IllegalArgumentException("README.md Configuration table: no `Client.Builder.setter(Type)` in " + line);
      }
      if (setter.group(1) != null) {
        allClients.add(setter.group(1));
      }
      Matcher variable = VARIABLE.matcher(cells.get(variableColumn));
      parsed.add(new String[] {setter.group(1), setter.group(2), setter.group(3), variable.find() ? variable.group(1) : null, line});
    }
    List<Row> rows = new ArrayList<>();
    for (String[] p : parsed) {
      List<String> clients = p[0] != null ? List.of(p[0]) : List.copyOf(allClients);
      List<String> parameters = p[2].isBlank() ? List.of() : Arrays.stream(p[2].split(",")).map(String::strip).toList();
      rows.add(new Row(clients, p[1], parameters, p[3], p[4]));
    }
    return rows;
  }

  private static List<String> tableLines(Path readme) {
    List<String> lines;
    try {
      lines = Files.readAllLines(readme);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int heading = lines.indexOf("## Configuration");
    if (heading < 0) {
      throw new IllegalArgumentException(readme + " has no '## Configuration' section");
    }
    List<String> table = new ArrayList<>();
    for (int i = heading + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      if (lines.get(i).startsWith("|")) {
        table.add(lines.get(i));
      } else if (!table.isEmpty()) {
        break;
      }
    }
    if (table.size() < 3) {
      throw new IllegalArgumentException(readme + ": no table under '## Configuration'");
    }
    return table;
  }

  private static List<String> cells(String line) {
    String inner = line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
    return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
  }

  private static int column(List<String> header, String word) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).contains(word)) {
        return i;
      }
    }
    throw new IllegalArgumentException("README.md Configuration table: no column named like '" + word + "' in " + header);
  }
}
