package dev.telewire.internal;

import dev.telewire.LogLevel;
import java.lang.System.Logger.Level;
import java.util.regex.Pattern;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * OkHttp's logging interceptor writing to {@code System.Logger} {@value #LOGGER}, with the
 * credential masked: the {@code Authorization} header, the {@code token} query parameter, and the
 * secret itself wherever else it shows up.
 */
final class HttpLogging {
  static final String LOGGER = "dev.telewire.http";

  private static final Pattern TOKEN_PARAMETER = Pattern.compile("([?&]token=)[^&\\s#]*");
  private static final System.Logger LOG = System.getLogger(LOGGER);

  private HttpLogging() {}

  static HttpLoggingInterceptor interceptor(LogLevel level, Secret secret) {
    HttpLoggingInterceptor interceptor = new HttpLoggingInterceptor(line -> LOG.log(Level.INFO, redact(line, secret)));
    interceptor.redactHeader("Authorization");
    interceptor.setLevel(
        switch (level) {
          case NONE -> HttpLoggingInterceptor.Level.NONE;
          case BASIC -> HttpLoggingInterceptor.Level.BASIC;
          case HEADERS -> HttpLoggingInterceptor.Level.HEADERS;
          case BODY -> HttpLoggingInterceptor.Level.BODY;
        });
    return interceptor;
  }

  static String redact(String line, Secret secret) {
    return secret.redact(TOKEN_PARAMETER.matcher(line).replaceAll("$1" + Secret.MASK));
  }
}
