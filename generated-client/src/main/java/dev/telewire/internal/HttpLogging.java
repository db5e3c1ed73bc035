package dev.telewire.internal;

import dev.telewire.LogLevel;
import java.lang.System.Logger.Level;
import java.util.regex.Pattern;
import okhttp3.logging.HttpLoggingInterceptor;
import org.jspecify.annotations.Nullable;

/**
 * OkHttp's logging interceptor writing to {@code System.Logger} {@value #LOGGER}, with the
 * credential masked: the {@code Authorization} header, the header or query parameter that the
 * vendor's security scheme names, the {@code Cookie} header when a cookie carries it, and the
 * secret itself wherever else it shows up.
 */
final class HttpLogging {
  static final String LOGGER = "dev.telewire.http";

  private static final System.Logger LOG = System.getLogger(LOGGER);
  /** A logged header line whose name reads like a credential, such as an extra {@code X-Partner-Token}. */
  private static final Pattern CREDENTIAL_LIKE_HEADER = Pattern.compile(
      "^((?![^:]*idempotency)[A-Za-z0-9-]*(?:auth|token|secret|password|api-?key|session|cookie)[A-Za-z0-9-]*: ).+$",
      Pattern.CASE_INSENSITIVE);

  private HttpLogging() {}

  static HttpLoggingInterceptor interceptor(LogLevel level, Secret secret, Vendor vendor) {
    Pattern parameter = vendor.placement() == Credentials.Placement.QUERY ? queryParameter(vendor.credentialName()) : null;
    HttpLoggingInterceptor interceptor = new HttpLoggingInterceptor(line -> LOG.log(Level.INFO, redact(line, secret, parameter)));
    interceptor.redactHeader("Authorization");
    if (vendor.placement() == Credentials.Placement.HEADER) {
      interceptor.redactHeader(vendor.credentialName());
    }
    if (vendor.placement() == Credentials.Placement.COOKIE) {
      interceptor.redactHeader("Cookie");
    }
    interceptor.setLevel(
        switch (level) {
          case NONE -> HttpLoggingInterceptor.Level.NONE;
          case BASIC -> HttpLoggingInterceptor.Level.BASIC;
          case HEADERS -> HttpLoggingInterceptor.Level.HEADERS;
          case BODY -> HttpLoggingInterceptor.Level.BODY;
        });
    return interceptor;
  }

  static Pattern queryParameter(String name) {
    return Pattern.compile("([?&]" + Pattern.quote(name) + "=)[^&\\s#]*");
  }

  static String redact(String line, Secret secret, @Nullable Pattern parameter) {
    // Masked as OkHttp masks a redacted header, so every masked header reads the same.
    String masked = CREDENTIAL_LIKE_HEADER.matcher(line).replaceAll("$1\u2588\u2588");
    return secret.redact(parameter == null ? masked : parameter.matcher(masked).replaceAll("$1" + Secret.MASK));
  }
}
