package dev.telewire.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The {@code User-Agent} the SDK sends: its name, its version and the Java version. */
final class UserAgent {
  static final String VALUE = "telewire-java/" + sdkVersion() + " Java/" + System.getProperty("java.version", "unknown");

  private UserAgent() {}

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
