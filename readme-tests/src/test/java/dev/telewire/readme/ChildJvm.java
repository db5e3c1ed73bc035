package dev.telewire.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a fresh JVM with a chosen environment: the clients read their settings
 * from environment variables, which a running JVM cannot change.
 */
final class ChildJvm {
  /** Variables the harness owns; the developer's own values never leak into a run. */
  private static final List<String> PREFIXES = List.of("TRUEDY_", "VIDA_", "TELEWIRE_");

  private ChildJvm() {}

  /** What the child printed (stdout and stderr together) and how it exited. */
  record Result(int exitCode, String output) {}

  /** Runs {@code mainClass} with {@code classpath} and the harness's {@code environment}. */
  static Result run(String mainClass, String classpath, Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> PREFIXES.stream().anyMatch(name::startsWith));
    builder.environment().putAll(environment);
    try {
      Path log = Files.createTempFile("snippet", ".log");
      Process process = builder.redirectOutput(log.toFile()).start();
      process.getOutputStream().close();
      // A guard against a hung snippet, not a timing assertion.
      boolean exited = process.waitFor(5, TimeUnit.MINUTES);
      if (!exited) {
        process.destroyForcibly().waitFor();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.delete(log);
      return exited ? new Result(process.exitValue(), output) : new Result(-1, output + "\n(killed: still running after 5 minutes)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
