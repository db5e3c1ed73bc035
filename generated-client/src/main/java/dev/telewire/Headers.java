package dev.telewire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The headers of an HTTP response, looked up by name without regard to case; immutable. */
public final class Headers {
  private final Map<String, List<String>> byName;

  private Headers(Map<String, List<String>> byName) {
    this.byName = byName;
  }

  /** Returns headers holding {@code valuesByName}; names that differ only in case are merged. */
  public static Headers of(Map<String, ? extends List<String>> valuesByName) {
    Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    valuesByName.forEach((name, values) -> byName.computeIfAbsent(name, key -> new ArrayList<>()).addAll(values));
    byName.replaceAll((name, values) -> List.copyOf(values));
    return new Headers(Collections.unmodifiableMap(byName));
  }

  /** Every value of header {@code name}, in the order received; empty when it is absent. */
  public List<String> values(String name) {
    return byName.getOrDefault(name, List.of());
  }

  /** The first value of header {@code name}, if present. */
  public Optional<String> firstValue(String name) {
    List<String> values = values(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The header names, without regard to case. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** The header names only: values may carry secrets such as cookies. */
  @Override
  public String toString() {
    return "Headers" + byName.keySet().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
  }
}
