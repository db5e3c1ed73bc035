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
    String masked = parameter == null ? line : parameter.matcher(line).replaceAll("$1" + Secret.MASK);
    return secret.redact(masked);
  }
}
