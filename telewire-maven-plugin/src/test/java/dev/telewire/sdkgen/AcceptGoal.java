package dev.telewire.sdkgen;

import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** The {@code accept} goal as {@code mvn telewire:accept -Dvendor=...} runs it from {@code root}. */
final class AcceptGoal {
  private AcceptGoal() {}

  static AcceptMojo in(Path root, String vendor, Log log) {
    AcceptMojo mojo = new AcceptMojo();
    mojo.vendor = vendor;
    mojo.specDirectory = root.resolve("spec").toFile();
    mojo.rootDirectory = root.toFile();
    mojo.setLog(log);
    return mojo;
  }

  static AcceptMojo in(Path root, String vendor) {
    return in(root, vendor, new SystemStreamLog());
  }
}
