package dev.telewire.sdkgen.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.sdkgen.SpecDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The Java API that the telewire-java codegen makes of a spec, taken from the codegen itself in a
 * dry run (nothing is written): every Retrofit interface, method, service method, record, component,
 * enum and constant as one line, the Java method of each operation, and the problems found.
 */
public final class GeneratedApi {
  private static final Comparator<Declaration> ORDER = Comparator.comparing(Declaration::owner)
      .thenComparing(declaration -> !declaration.isType())
      .thenComparing(Declaration::text);

  private final SortedSet<Declaration> declarations;
  private final Map<String, String> methods;
  private final Map<String, List<String>> modelsUsed;
  private final List<Problem> problems;
  private final List<String> warnings;

  private GeneratedApi(Recorder recorder, List<Problem> problems, List<String> warnings) {
    this.declarations = recorder.declarations;
    this.methods = Map.copyOf(recorder.methods);
    Map<String, List<String>> used = new LinkedHashMap<>();
    recorder.modelsUsed.forEach((operation, types) ->
        used.put(operation, types.stream().filter(recorder.modelNames::contains).toList()));
    this.modelsUsed = java.util.Collections.unmodifiableMap(used);
    this.problems = List.copyOf(problems);
    this.warnings = List.copyOf(warnings);
  }

  /** One declaration of the client, such as {@code String PhoneNumberUnassignRequest.numberId()}. */
  public record Declaration(String owner, String text) {
    boolean isType() {
      return text.matches("(interface|record|enum|class) .*");
    }
  }

  /** Runs the codegen on {@code spec} (an OpenAPI document) and returns what it would generate. */
  public static GeneratedApi of(JsonNode spec) {
    try {
      Path dir = Files.createTempDirectory("telewire-api");
      try {
        Path file = dir.resolve("spec.yaml");
        Files.writeString(file, SpecDocuments.toYaml(spec));
        ClientOptInput input = new CodegenConfigurator()
            .setGeneratorName("telewire-java")
            .setInputSpec(file.toString())
            .setOutputDir(dir.resolve("out").toString())
            .setValidateSpec(false)
            .addAdditionalProperty("invokerPackage", "dev.telewire.preview")
            .toClientOptInput();
        TelewireJavaCodegen codegen = (TelewireJavaCodegen) input.getConfig();
        codegen.collectOnly();
        DefaultGenerator generator = new DefaultGenerator(true);
        generator.opts(input);
        generator.setGenerateMetadata(false);
        try {
          generator.generate();
        } catch (RuntimeException e) {
          if (!recorded(e)) {
            throw e;
          }
        }
        return new GeneratedApi(codegen.recorder(), codegen.problems(), codegen.warnings());
      } finally {
        try (var files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean recorded(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof Recorded) {
        return true;
      }
    }
    return false;
  }

  /** Ends a dry run once the codegen has processed every model and operation. */
  static final class Recorded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Recorded() {
      super("recorded", null, false, false);
    }
  }

  /** Every declaration, grouped by owning type. */
  public SortedSet<Declaration> declarations() {
    return declarations;
  }

  /** The Java method of each generated operation by {@code METHOD /path}, such as {@code TokensApi.listTokens}. */
  public Map<String, String> methods() {
    return methods;
  }

  /** The generated models each operation takes or returns (any status), by {@code METHOD /path}. */
  public Map<String, List<String>> modelsUsed() {
    return modelsUsed;
  }

  /** What the codegen cannot generate, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /** What the codegen generates with a loss it only warns about (a skipped field, a free-form one), in the order found. */
  public List<String> warnings() {
    return warnings;
  }

  /** The declarations added and removed from {@code before} to this API. */
  public List<List<Declaration>> since(GeneratedApi before) {
    List<Declaration> added = new ArrayList<>(declarations);
    added.removeAll(before.declarations);
    List<Declaration> removed = new ArrayList<>(before.declarations);
    removed.removeAll(declarations);
    return List.of(List.copyOf(added), List.copyOf(removed));
  }

  /** Takes down the API as the codegen processes it. */
  static final class Recorder {
    private final SortedSet<Declaration> declarations = new TreeSet<>(ORDER);
    private final Map<String, String> methods = new LinkedHashMap<>();
    private final Map<String, List<String>> modelsUsed = new LinkedHashMap<>();
    private final java.util.Set<String> modelNames = new java.util.HashSet<>();

    void operations(String api, List<CodegenOperation> operations, String client) {
      declare(api, "interface " + api);
      for (CodegenOperation operation : operations) {
        String key = operation.httpMethod.toUpperCase(java.util.Locale.ROOT) + " /" + operation.path;
        List<String> types = new ArrayList<>();
        List<String> models = new ArrayList<>();
        for (CodegenParameter param : operation.allParams) {
          types.add(param.dataType);
          models.add(param.dataType);
        }
        Object returned = operation.vendorExtensions.get("x-tw-return-type");
        String returnType = returned == null ? "Void" : returned.toString();
        models.add(returnType);
        operation.responses.forEach(response -> models.add(response.dataType));
        methods.put(key, api + "." + operation.operationId);
        modelsUsed.put(key, models.stream().filter(java.util.Objects::nonNull).distinct().toList());
        String parameters = String.join(", ", types);
        declare(api, "Call<" + returnType + "> " + api + "." + operation.operationId + "(" + parameters + ")");
        if (client != null && Boolean.TRUE.equals(operation.vendorExtensions.get("x-tw-convenience"))) {
          String result = "Void".equals(returnType) ? "void" : returnType;
          String service = VendorClient.service(api);
          declare(service, result + " " + service + "." + operation.operationId + "(" + parameters + ")");
        }
      }
    }

    void models(Collection<CodegenModel> models) {
      for (CodegenModel model : models) {
        String name = model.classname;
        modelNames.add(name);
        if (model.isEnum) {
          declare(name, "enum " + name);
          Object values = model.allowableValues == null ? null : model.allowableValues.get("enumVars");
          if (values instanceof List<?> list) {
            for (Object value : list) {
              if (value instanceof Map<?, ?> constant) {
                declare(name, name + "." + constant.get("name"));
              }
            }
          }
        } else if (Unions.isUnion(model)) {
          Object variants = model.vendorExtensions.get("x-tw-variants");
          List<String> types = new ArrayList<>();
          if (variants instanceof List<?> list) {
            list.forEach(variant -> types.add(String.valueOf(((Map<?, ?>) variant).get("type"))));
          }
          declare(name, "interface " + name + " (one of " + String.join(", ", types) + ")");
        } else {
          declare(name, "record " + name);
          for (CodegenProperty property : model.vars) {
            declare(name, property.datatypeWithEnum + " " + name + "." + property.name + "()");
          }
        }
      }
    }

    private void declare(String owner, String text) {
      declarations.add(new Declaration(owner, text));
    }
  }
}
