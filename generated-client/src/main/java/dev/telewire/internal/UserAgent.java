package dev.telewire.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Names the SDK, its version and the Java version in {@code User-Agent}, unless the caller set one. */
final class UserAgent implements Interceptor {
  static final String VALUE = "telewire-java/" + sdkVersion() + " Java/" + System.getProperty("java.version", "unknown");

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().header("User-Agent") != null) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(chain.request().newBuilder().header("User-Agent", VALUE).build());
  }

  /** The version Maven wrote into {@code telewire.properties} when it built the jar. */
  static String sdkVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("telewire.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "unknown").strip();
      return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
