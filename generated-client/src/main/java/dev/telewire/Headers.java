package dev.telewire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The headers of an HTTP response, immutable, with names compared ignoring case. Its
 * {@link #toString()} masks the values of headers that carry credentials ({@code Authorization},
 * {@code Cookie}, {@code Set-Cookie}, and names with {@code token}, {@code secret} or {@code key}).
 */
public final class Headers {
  private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
  private static final String MASK = "\u2588\u2588";

  private final Map<String, List<String>> values;

  private Headers(TreeMap<String, List<String>> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /** Returns headers holding {@code values}, each name's values in order; names that differ only in case are merged. */
  public static Headers of(Map<String, ? extends List<String>> values) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    values.forEach((name, list) -> {
      Objects.requireNonNull(name, "header name == null");
      List<String> merged = new ArrayList<>(copy.getOrDefault(name, List.of()));
      merged.addAll(List.copyOf(list));
      copy.put(name, List.copyOf(merged));
    });
    return new Headers(copy);
  }

  /** Returns headers with none in them. */
  public static Headers empty() {
    return EMPTY;
  }

  /** Every value of the header {@code name}, in the order received; empty if it was not sent. */
  public List<String> values(String name) {
    return values.getOrDefault(Objects.requireNonNull(name, "name == null"), List.of());
  }

  /** The first value of the header {@code name}, if it was sent. */
  public Optional<String> firstValue(String name) {
    List<String> all = values(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The header names, in case-insensitive order. */
  public Set<String> names() {
    return values.keySet();
  }

  /** The number of headers with distinct names. */
  public int size() {
    return values.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Headers headers && headers.values.equals(values);
  }

  @Override
  public int hashCode() {
    // Over lower-cased names: headers equal without regard to case must hash alike.
    int hash = 0;
    for (Map.Entry<String, List<String>> header : values.entrySet()) {
      hash += header.getKey().toLowerCase(Locale.ROOT).hashCode() ^ header.getValue().hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Headers{");
    values.forEach((name, list) -> {
      for (String value : list) {
        text.append(text.length() == 8 ? "" : ", ").append(name).append(": ").append(sensitive(name) ? MASK : value);
      }
    });
    return text.append('}').toString();
  }

  private static boolean sensitive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("authorization") || lower.equals("proxy-authorization") || lower.contains("cookie")
        || lower.contains("token") || lower.contains("secret") || lower.contains("key");
  }
}
