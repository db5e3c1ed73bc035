package dev.telewire.sdkgen.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/** Runs the telewire-java generator with the project's templates on a spec written by a test. */
final class Generation {
  private static final Path TEMPLATES = Path.of("../generated-client/src/main/templates");

  private Generation() {}

  /** Writes {@code spec} into {@code dir} and generates from it into {@code dir/out}; returns that folder. */
  static Path generate(Path dir, String spec, String invokerPackage) throws IOException {
    Path file = dir.resolve("spec.yaml");
    Files.writeString(file, spec);
    CodegenConfigurator configurator = new CodegenConfigurator()
        .setGeneratorName("telewire-java")
        .setInputSpec(file.toString())
        .setOutputDir(dir.resolve("out").toString())
        .setTemplateDir(TEMPLATES.toString())
        .addAdditionalProperty("invokerPackage", invokerPackage);
    new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
    return dir.resolve("out");
  }

  /** The {@link UnsupportedConstructException} inside what generation threw, or the innermost cause. */
  static Throwable rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null && !(cause instanceof UnsupportedConstructException)) {
      cause = cause.getCause();
    }
    return cause;
  }
}
