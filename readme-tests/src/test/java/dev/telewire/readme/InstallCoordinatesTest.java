package dev.telewire.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.TruedyClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The Install section's Maven and Gradle coordinates are those of the client jar the snippets compile against. */
class InstallCoordinatesTest {
  @Test
  void mavenDependencyNamesTheBuiltJar() throws IOException {
    Properties jar = builtJar();

    assertThat(install()).contains("<groupId>" + jar.getProperty("groupId") + "</groupId>",
        "<artifactId>" + jar.getProperty("artifactId") + "</artifactId>",
        "<version>" + jar.getProperty("version") + "</version>");
  }

  @Test
  void gradleDependencyNamesTheBuiltJar() throws IOException {
    Properties jar = builtJar();

    assertThat(install()).contains("mavenLocal()", "implementation(\"" + jar.getProperty("groupId") + ":"
        + jar.getProperty("artifactId") + ":" + jar.getProperty("version") + "\")");
  }

  private static String install() throws IOException {
    String readme = Files.readString(Readmes.readme());
    int start = readme.indexOf("\n## Install\n");
    assertThat(start).as("README.md has an '## Install' section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** The client's coordinates: from its jar's pom.properties, or the reactor's version when it is a classes folder. */
  private static Properties builtJar() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = TruedyClient.class.getResourceAsStream("/META-INF/maven/dev.telewire/telewire-client/pom.properties")) {
      if (in != null) {
        properties.load(in);
        return properties;
      }
    }
    properties.setProperty("groupId", "dev.telewire");
    properties.setProperty("artifactId", "telewire-client");
    properties.setProperty("version", System.getProperty("telewire.version"));
    return properties;
  }
}
