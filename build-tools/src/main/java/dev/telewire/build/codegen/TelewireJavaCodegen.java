package dev.telewire.build.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenConstants;
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
 * Moshi models (records, sealed interfaces for oneOf/anyOf, enums with an unknown-value fallback,
 * and one streaming JSON adapter per model), with nothing else generated.
 *
 * <p>Use it as {@code <generatorName>telewire-java</generatorName>} with our templates as the
 * {@code templateDirectory}. It never falls back to openapi-generator's bundled Java templates, and
 * a construct the templates cannot express fails generation with an {@link UnsupportedConstructException}
 * that names it.
 */
public class TelewireJavaCodegen extends JavaClientCodegen {
  private static final Logger LOG = LoggerFactory.getLogger(TelewireJavaCodegen.class);

  /** Extension on each property: a Java expression for its {@code java.lang.reflect.Type}. */
  static final String TYPE_EXPRESSION = "x-tw-type";
  /** Template variable naming the spec files a generated file comes from. */
  static final String SPEC_NAME = "specName";

  private boolean parametersHelperAdded;
  private boolean unionHelperAdded;
  private final Set<String> modelNames = new HashSet<>();
  private final Set<String> recordNames = new HashSet<>();
  private Map<String, Object> vendorClient;

  /** Creates the codegen with Retrofit 2 as its library and no bundled templates to fall back on. */
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
    // <invokerPackage>dev.telewire.x</invokerPackage> alone gives dev.telewire.x.api and .model.
    Object invoker = additionalProperties.get(CodegenConstants.INVOKER_PACKAGE);
    if (invoker != null) {
      additionalProperties.putIfAbsent(CodegenConstants.API_PACKAGE, invoker + ".api");
      additionalProperties.putIfAbsent(CodegenConstants.MODEL_PACKAGE, invoker + ".model");
    }
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
    supportingFiles.add(new SupportingFile("api_info.mustache", folderOf(apiPackage), "ApiInfo.java"));
    // Binary bodies are OkHttp bodies the caller streams; never java.io.File.
    typeMapping.put("file", Operations.REQUEST_BODY);
    typeMapping.put("binary", Operations.REQUEST_BODY);
    // A base64 property (format: byte) is its text: the caller encodes and decodes it.
    typeMapping.put("ByteArray", "String");
  }

  private String folderOf(String packageName) {
    return (sourceFolder + "/" + packageName).replace('.', '/');
  }

  @Override
  public void preprocessOpenAPI(OpenAPI openAPI) {
    if (openAPI.getWebhooks() != null && !openAPI.getWebhooks().isEmpty()) {
      // Webhooks are calls the vendor makes to us; they must not become client methods.
      LOG.info("Ignoring {} webhook(s): they are requests the vendor sends, not calls this client makes",
          openAPI.getWebhooks().size());
      openAPI.setWebhooks(null);
    }
    if (!additionalProperties.containsKey(SPEC_NAME) && openAPI.getInfo() != null
        && openAPI.getInfo().getExtensions() != null) {
      Object source = openAPI.getInfo().getExtensions().get("x-telewire-source");
      if (source != null) {
        additionalProperties.put(SPEC_NAME, source.toString());
      }
    }
    SchemaRewrites.apply(openAPI);
    UnionRewrites.apply(openAPI);
    UnionRewrites.defineRequired(openAPI, rawSpec());
    super.preprocessOpenAPI(openAPI);
    vendorClient = VendorClient.of(openAPI);
    if (vendorClient != null) {
      supportingFiles.add(new SupportingFile("client.mustache", folderOf(VendorClient.PACKAGE), vendorClient.get("name") + ".java"));
    }
  }

  /** The spec file as written, for what the parser drops (required names without a property). */
  private com.fasterxml.jackson.databind.JsonNode rawSpec() {
    String input = getInputSpec();
    if (input == null || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(input))) {
      return null;
    }
    return dev.telewire.build.SpecDocuments.read(java.nio.file.Path.of(input));
  }

  @Override
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> bundle) {
    Map<String, Object> result = super.postProcessSupportingFileData(bundle);
    if (vendorClient != null) {
      Map<String, Object> client = new LinkedHashMap<>(vendorClient);
      List<Map<String, Object>> apis = new java.util.ArrayList<>();
      // An operation with several tags is in several interfaces, but gets one client method.
      Set<String> seen = new HashSet<>();
      if (result.get("apiInfo") instanceof Map<?, ?> apiInfo && apiInfo.get("apis") instanceof List<?> all) {
        for (Object api : all) {
          if (api instanceof OperationsMap operations) {
            Map<String, Object> entry = new LinkedHashMap<>();
            String classname = String.valueOf(operations.get("classname"));
            entry.put("classname", classname);
            entry.put("accessor", VendorClient.accessor(classname));
            entry.put("tag", operations.get("baseName"));
            entry.put("operations", operations.getOperations().getOperation().stream()
                .filter(operation -> seen.add(operation.operationId))
                .toList());
            apis.add(entry);
          }
        }
      }
      client.put("apis", apis);
      result.put("client", client);
    }
    return result;
  }

  @Override
  public String toModelName(String name) {
    String className = super.toModelName(name);
    boolean schema = openAPI != null && openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
        && openAPI.getComponents().getSchemas().containsKey(name);
    return schema ? JavaNames.type(className) : className;
  }

  @Override
  public String toVarName(String name) {
    return JavaNames.member(name, super.toVarName(name));
  }

  @Override
  public String toParamName(String name) {
    return JavaNames.member(name, super.toParamName(name));
  }

  @Override
  public String toEnumVarName(String value, String datatype) {
    String suggested = super.toEnumVarName(value, datatype);
    return "String".equals(datatype) ? JavaNames.enumConstant(value, suggested) : suggested;
  }

  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    ModelsMap result = super.postProcessModels(objs);
    for (ModelMap modelMap : result.getModels()) {
      CodegenModel model = modelMap.getModel();
      modelNames.add(model.classname);
      if (model.isEnum) {
        Models.checkEnum(model);
      } else {
        Models.prepareRecord(model);
        recordNames.add(model.classname);
      }
    }
    return result;
  }

  @Override
  public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
    Map<String, ModelsMap> result = super.postProcessAllModels(objs);
    Map<String, CodegenModel> byClass = new LinkedHashMap<>();
    for (ModelsMap models : result.values()) {
      for (ModelMap modelMap : models.getModels()) {
        byClass.put(modelMap.getModel().classname, modelMap.getModel());
      }
    }
    Unions.describe(byClass);
    markUnionReferences(byClass);
    byClass.values().stream().filter(Unions::isUnion).forEach(model -> recordNames.remove(model.classname));
    for (ModelsMap models : result.values()) {
      StringBuilder used = new StringBuilder();
      for (ModelMap modelMap : models.getModels()) {
        CodegenModel model = modelMap.getModel();
        if (Unions.isUnion(model) && !unionHelperAdded) {
          supportingFiles.add(new SupportingFile("model_unions.mustache", folderOf(modelPackage), "JsonUnions.java"));
          unionHelperAdded = true;
        }
        if (Unions.isUnion(model)) {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> variants = (List<Map<String, Object>>) model.vendorExtensions.get("x-tw-variants");
          variants.forEach(v -> used.append(' ').append(v.get("type")));
        } else if (model.isEnum) {
          used.append(' ').append(model.dataType);
        } else {
          model.vars.forEach(v -> used.append(' ').append(v.datatypeWithEnum));
        }
      }
      models.setImports(Imports.of(used.toString(), modelNames, null));
    }
    return result;
  }

  /**
   * Marks properties (and array items) whose type is a oneOf/anyOf interface, which has no
   * {@code validate} method of its own: request validation recurses only into records.
   */
  private static void markUnionReferences(Map<String, CodegenModel> byClass) {
    for (CodegenModel model : byClass.values()) {
      for (CodegenProperty property : model.vars) {
        markIfUnion(property, byClass);
        if (property.items != null) {
          markIfUnion(property.items, byClass);
        }
      }
    }
  }

  private static void markIfUnion(CodegenProperty property, Map<String, CodegenModel> byClass) {
    CodegenModel target = property.complexType == null ? null : byClass.get(property.complexType);
    if (target != null && Unions.isUnion(target)) {
      property.vendorExtensions.put("x-tw-union-ref", true);
    }
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    StringBuilder used = new StringBuilder();
    Map<String, CodegenModel> models = new HashMap<>();
    allModels.forEach(model -> models.put(model.getModel().classname, model.getModel()));
    for (CodegenOperation operation : result.getOperations().getOperation()) {
      Operations.shape(operation);
      VendorClient.shape(operation, recordNames);
      VendorClient.successFlag(operation, models);
      if (Boolean.TRUE.equals(operation.vendorExtensions.get("x-tw-bridge")) && !parametersHelperAdded) {
        supportingFiles.add(new SupportingFile("api_parameters.mustache", folderOf(apiPackage), "ApiParameters.java"));
        parametersHelperAdded = true;
      }
      used.append(' ').append(operation.vendorExtensions.get("x-tw-return-type"));
      operation.allParams.forEach(param -> used.append(' ').append(param.dataType));
    }
    result.setImports(Imports.of(used.toString(), modelNames, modelPackage));
    return result;
  }
}
