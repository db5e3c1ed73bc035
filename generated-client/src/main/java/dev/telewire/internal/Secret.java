package dev.telewire.internal;

import java.util.Objects;

/**
 * A credential that never shows itself: {@link #toString()} is masked, so it cannot leak through
 * logs, exception messages or the {@code toString()} of the objects that hold it.
 *
 * <p>Internal API: it may change in any release.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps {@code value}, refusing a missing or blank one and naming {@code field} (never the value). */
  public static Secret of(String field, String value) {
    Objects.requireNonNull(field, "field == null");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing or blank");
    }
    if (!value.strip().equals(value) || value.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw new IllegalArgumentException(field + " must be printable ASCII without spaces");
    }
    return new Secret(value);
  }

  /** Returns the secret itself; call only to put it on the wire. */
  public String reveal() {
    return value;
  }

  /** Returns whether {@code text} contains this secret, for redacting text before it is shown. */
  public boolean appearsIn(String text) {
    return text != null && text.contains(value);
  }

  @Override
  public String toString() {
    return "****";
  }
}
