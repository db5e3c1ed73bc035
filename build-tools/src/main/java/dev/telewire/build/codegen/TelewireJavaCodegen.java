package dev.telewire.build.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The openapi-generator codegen behind Telewire's templates: Retrofit interfaces and immutable
 * Moshi models (records, enums with an unknown-value fallback, and one streaming JSON adapter per
 * model), with nothing else generated.
 *
 * <p>Use it as {@code <generatorName>telewire-java</generatorName>} with our templates as the
 * {@code templateDirectory}. It never falls back to openapi-generator's bundled Java templates.
 */
public class TelewireJavaCodegen extends JavaClientCodegen {
  private static final Logger LOG = LoggerFactory.getLogger(TelewireJavaCodegen.class);

  /** Extension on each property: a Java expression for its {@code java.lang.reflect.Type}. */
  static final String TYPE_EXPRESSION = "x-tw-type";

  public TelewireJavaCodegen() {
    super();
    setLibrary(RETROFIT_2);
    // Only our own templates: a template we lack must fail, not silently come from the bundle.
    embeddedTemplateDir = templateDir = "telewire-java-templates-not-bundled";
    // Every inline enum becomes a top-level enum with its own adapter.
    inlineSchemaOption.put("RESOLVE_INLINE_ENUMS", "true");
  }

  @Override
  public String getName() {
    return "telewire-java";
  }

  @Override
  public String getHelp() {
    return "Generates Retrofit interfaces and Moshi records for the Telewire SDK.";
  }

  @Override
  public void processOpts() {
    super.processOpts();
    supportingFiles.clear();
    apiTestTemplateFiles.clear();
    modelTestTemplateFiles.clear();
    apiDocTemplateFiles.clear();
    modelDocTemplateFiles.clear();
    apiTemplateFiles.clear();
    modelTemplateFiles.clear();
    apiTemplateFiles.put("api.mustache", ".java");
    modelTemplateFiles.put("model.mustache", ".java");
    modelTemplateFiles.put("model_adapter.mustache", "JsonAdapter.java");
    String apiFolder = (sourceFolder + "/" + apiPackage).replace('.', '/');
    supportingFiles.add(new SupportingFile("api_info.mustache", apiFolder, "ApiInfo.java"));
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    if (openAPI.getWebhooks() != null && !openAPI.getWebhooks().isEmpty()) {
      // Webhooks are calls the vendor makes to us; they must not become client methods.
      LOG.info("Ignoring {} webhook(s): they are requests the vendor sends, not calls this client makes",
          openAPI.getWebhooks().size());
      openAPI.setWebhooks(null);
    }
    super.preprocessOpenAPI(openAPI);
  }

  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    ModelsMap result = super.postProcessModels(objs);
    for (ModelMap modelMap : result.getModels()) {
      CodegenModel model = modelMap.getModel();
      for (int i = 0; i < model.vars.size(); i++) {
        CodegenProperty property = model.vars.get(i);
        property.vendorExtensions.put(TYPE_EXPRESSION, TypeExpressions.of(property));
        property.vendorExtensions.put("x-tw-index", i);
      }
    }
    StringBuilder used = new StringBuilder();
    for (ModelMap modelMap : result.getModels()) {
      for (CodegenProperty property : modelMap.getModel().vars) {
        used.append(' ').append(property.datatypeWithEnum);
      }
    }
    result.setImports(javaImports(result.getImports(), used.toString()));
    return result;
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    StringBuilder used = new StringBuilder();
    for (CodegenOperation operation : result.getOperations().getOperation()) {
      operation.vendorExtensions.putIfAbsent("x-tw-return-type", operation.returnType == null ? "Void" : operation.returnType);
      used.append(' ').append(operation.returnType);
      operation.allParams.forEach(param -> used.append(' ').append(param.dataType));
    }
    result.setImports(javaImports(result.getImports(), used.toString()));
    return result;
  }

  /** Keeps the imports our templates need (JDK types and models), dropping Gson/Jackson/Swagger ones. */
  private List<Map<String, String>> javaImports(List<Map<String, String>> imports, String usedTypes) {
    java.util.Set<String> usedNames = new java.util.HashSet<>(java.util.Arrays.asList(usedTypes.split("[^A-Za-z0-9_]+")));
    TreeSet<String> kept = new TreeSet<>();
    if (imports != null) {
      for (Map<String, String> entry : imports) {
        String name = entry.get("import");
        if (name == null) {
          continue;
        }
        String simpleName = name.substring(name.lastIndexOf('.') + 1);
        boolean known = name.startsWith("java.") || name.startsWith(modelPackage + ".");
        if (known && usedNames.contains(simpleName)) {
          kept.add(name);
        }
      }
    }
    List<Map<String, String>> result = new ArrayList<>();
    for (String name : kept) {
      result.add(Map.of("import", name));
    }
    return result;
  }
}
