package dev.telewire.internal;

import dev.telewire.LogLevel;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The environment variables a client reads when a setting was not given to its builder: the
 * vendor's credential and base URL, and {@value #LOG_VARIABLE}.
 *
 * <p>Internal API: it may change in any release.
 */
final class Environment {
  /** The environment variable that turns on HTTP logging: {@code basic}, {@code headers} or {@code body}. */
  static final String LOG_VARIABLE = "TELEWIRE_LOG";

  private final UnaryOperator<@Nullable String> lookup;

  Environment(UnaryOperator<@Nullable String> lookup) {
    this.lookup = lookup;
  }

  /** Reads the process environment. */
  static @Nullable String system(@Nullable String name) {
    return System.getenv(Objects.requireNonNull(name, "name == null"));
  }

  /** The variable's value as set, or null when it is unset. */
  @Nullable String get(String name) {
    return lookup.apply(name);
  }

  /** The variable's value, or null when it is unset or blank. */
  @Nullable String nonBlank(String name) {
    String value = lookup.apply(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** The level {@value #LOG_VARIABLE} names, {@link LogLevel#NONE} when unset; any other word fails naming it. */
  LogLevel logLevel() {
    String value = nonBlank(LOG_VARIABLE);
    if (value == null) {
      return LogLevel.NONE;
    }
    try {
      return LogLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(LOG_VARIABLE + " must be none, basic, headers or body, not " + value, e);
    }
  }
}
