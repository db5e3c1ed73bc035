package dev.telewire.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A credential that never shows itself: {@link #toString()} is masked, so it cannot leak through
 * logs, exception messages or the {@code toString()} of the objects that hold it.
 *
 * <p>Internal API: it may change in any release.
 */
final class Secret {
  /** What a secret is replaced with in text. */
  static final String MASK = "****";
  /**
   * The fewest characters a credential may have: a shorter one is no real key, and masking it
   * everywhere it occurs would garble messages.
   */
  static final int MIN_LENGTH = 8;

  private final String value;
  private final Set<String> forms;

  private Secret(String value) {
    this.value = value;
    this.forms = new LinkedHashSet<>();
    forms.add(value);
    forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
    String query = HttpUrl.get("http://localhost/").newBuilder().addQueryParameter("t", value).build().encodedQuery();
    forms.add(query.substring(2));
  }

  /** Wraps {@code value}, refusing a missing, blank, short or non-ASCII one and naming {@code field} (never the value). */
  static Secret of(String field, @Nullable String value) {
    Objects.requireNonNull(field, "field == null");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is missing or blank");
    }
    if (value.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          field + " is too short to be a credential: it must have at least " + MIN_LENGTH + " characters");
    }
    if (!isPrintableAsciiWithoutSpaces(value)) {
      throw new IllegalArgumentException(field + " must be printable ASCII without spaces");
    }
    return new Secret(value);
  }

  /** Returns the secret itself; call only to put it on the wire. */
  String reveal() {
    return value;
  }

  /** Returns {@code text} with this secret, as typed or URL-encoded, replaced by {@link #MASK}. */
  @Nullable String redact(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    for (String form : forms) {
      redacted = redacted.replace(form, MASK);
    }
    return redacted;
  }

  @Override
  public String toString() {
    return MASK;
  }

  private static boolean isPrintableAsciiWithoutSpaces(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
