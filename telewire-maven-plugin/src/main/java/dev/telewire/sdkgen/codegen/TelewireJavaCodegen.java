package dev.telewire.sdkgen.codegen;

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
 * {@code templateDirectory}. It never falls back to openapi-generator's bundled Java templates.
 * Operations are named by {@link OperationNames}, inline schemas by {@link InlineNames}, before
 * openapi-generator names anything. Every construct the templates cannot express is collected as a
 * {@link Problem}, and generation then fails once with an {@link UnsupportedConstructException}
 * listing them all.
 *
 * <p>The templates read openapi-generator's own model plus a few typed views, each under the one
 * vendor extension {@value #VIEW}: an {@link OperationView} on each operation, a {@link ModelView}
 * ({@link RecordView} or {@link UnionView}) on each record and union, a {@link PropertyView} on each
 * record component; the client template gets a {@link ClientView} as {@code client}. Templates open a
 * view as a section, {@code {{#vendorExtensions.x-tw}}}, and read its accessors by name.
 */
public class TelewireJavaCodegen extends JavaClientCodegen {
  private static final Logger LOG = LoggerFactory.getLogger(TelewireJavaCodegen.class);

  /**
   * The one vendor extension the templates read: on an operation its {@link OperationView}, on a
   * record or union its {@link ModelView}, on a record's property its {@link PropertyView}.
   */
  static final String VIEW = "x-tw";
  /** Template variable naming the spec files a generated file comes from. */
  static final String SPEC_NAME = "specName";

  private static final String SERVICE_SUFFIX = "Service.java";
  private static final String ASYNC_SERVICE_SUFFIX = "ServiceAsync.java";

  private boolean parametersHelperAdded;
  private boolean unionHelperAdded;
  private final Set<String> modelNames = new HashSet<>();
  private final Set<String> recordNames = new HashSet<>();
  private ClientView vendorClient;
  private Problems problems = new Problems(null);
  private final java.util.Set<String> warnings = new java.util.LinkedHashSet<>();
  private boolean collectOnly;
  private final GeneratedApi.Recorder recorder = new GeneratedApi.Recorder();
  /** The operations whose spec requires their request body, which openapi-generator keeps only for JSON bodies. */
  private final Set<CodegenOperation> bodyRequired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /** Each operation's summary as the spec writes it: openapi-generator keeps only an escaped copy. */
  private final Map<CodegenOperation, String> summaries = new java.util.IdentityHashMap<>();

  /** Creates the codegen with Retrofit 2 as its library and no bundled templates to fall back on. */
  public TelewireJavaCodegen() {
    super();
    setLibrary(RETROFIT_2);
    // Only our own templates: a template we lack must fail, not silently come from the bundle.
    embeddedTemplateDir = templateDir = "telewire-java-templates-not-bundled";
    // Every inline enum becomes a top-level enum with its own adapter.
    inlineSchemaOption.put("RESOLVE_INLINE_ENUMS", "true");
    // Two operations never share a model because their inline schemas look alike.
    inlineSchemaOption.put("SKIP_SCHEMA_REUSE", "true");
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
    additionalProperties.put(Javadoc.LAMBDA, new Javadoc());
    additionalProperties.put(Described.LAMBDA, new Described());
    additionalProperties.put(JavaString.LAMBDA, new JavaString());
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
    if (openAPI != null) {
      problems = new Problems(readSpec());
      // Before openapi-generator's inline resolver runs, so inline models are named after their operation.
      OperationNames.assign(openAPI);
      InlineNames.assign(openAPI, modelNameMapping(), problems::schemaAt);
    }
  }

  private com.fasterxml.jackson.databind.JsonNode readSpec() {
    try {
      java.nio.file.Path file = inputSpec == null ? null : java.nio.file.Path.of(inputSpec);
      return file != null && java.nio.file.Files.isRegularFile(file) ? dev.telewire.sdkgen.SpecDocuments.read(file) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Collects problems without failing, for {@link GeneratedApi}; nothing else changes. */
  void collectOnly() {
    collectOnly = true;
  }

  /** What this run generated with a loss the build only warns about, each once, in the order found. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** What this run found it cannot generate. */
  List<Problem> problems() {
    return problems.all();
  }

  GeneratedApi.Recorder recorder() {
    return recorder;
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
    UnionRewrites.defineRequired(openAPI, rawSpec(), warnings::add);
    super.preprocessOpenAPI(openAPI);
    try {
      vendorClient = VendorClient.of(openAPI);
    } catch (UnsupportedConstructException e) {
      problems.other("/info/" + VendorClient.EXTENSION, e);
      vendorClient = null;
    }
    if (vendorClient != null) {
      apiTemplateFiles.put("service.mustache", SERVICE_SUFFIX);
      apiTemplateFiles.put("service_async.mustache", ASYNC_SERVICE_SUFFIX);
      supportingFiles.add(new SupportingFile("client.mustache", folderOf(VendorClient.PACKAGE), vendorClient.name() + ".java"));
    }
  }

  /** The spec file as written, for what the parser drops (required names without a property). */
  private com.fasterxml.jackson.databind.JsonNode rawSpec() {
    return readSpec();
  }


  @Override
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> bundle) {
    if (collectOnly) {
      // A dry run for GeneratedApi: everything is recorded, so skip the rest and openapi-generator's file list.
      throw new GeneratedApi.Recorded();
    }
    if (!problems.isEmpty()) {
      // Every model and interface has been processed by now: report all problems at once.
      throw new UnsupportedConstructException(problems.all());
    }
    Map<String, Object> result = super.postProcessSupportingFileData(bundle);
    if (vendorClient != null) {
      List<ClientView.Service> services = new java.util.ArrayList<>();
      if (result.get("apiInfo") instanceof Map<?, ?> apiInfo && apiInfo.get("apis") instanceof List<?> all) {
        for (Object api : all) {
          if (api instanceof OperationsMap operations) {
            String classname = String.valueOf(operations.get("classname"));
            services.add(new ClientView.Service(classname, VendorClient.accessor(classname), VendorClient.service(classname),
                String.valueOf(operations.get("baseName"))));
          }
        }
      }
      result.put("client", vendorClient.withApis(services));
    }
    return result;
  }

  /** Names a service file after its interface without the Api suffix: TelephonyService.java. */
  @Override
  public String apiFilename(String templateName, String tag) {
    String suffix = apiTemplateFiles.get(templateName);
    if (SERVICE_SUFFIX.equals(suffix) || ASYNC_SERVICE_SUFFIX.equals(suffix)) {
      String service = VendorClient.service(toApiName(tag));
      return apiFileFolder() + java.io.File.separator + service + suffix.substring("Service".length());
    }
    return super.apiFilename(templateName, tag);
  }

  @Override
  public CodegenOperation fromOperation(String path, String httpMethod, io.swagger.v3.oas.models.Operation operation,
      List<io.swagger.v3.oas.models.servers.Server> servers) {
    CodegenOperation shaped = super.fromOperation(path, httpMethod, operation, servers);
    io.swagger.v3.oas.models.parameters.RequestBody body = operation.getRequestBody();
    if (body != null && body.get$ref() != null && openAPI != null) {
      body = org.openapitools.codegen.utils.ModelUtils.getReferencedRequestBody(openAPI, body);
    }
    // openapi-generator keeps whether a body is required only for JSON bodies, not forms.
    if (body != null && Boolean.TRUE.equals(body.getRequired())) {
      bodyRequired.add(shaped);
    }
    summaries.put(shaped, operation.getSummary());
    if (body != null) {
      // The body parameter keeps only an escaped description; the templates escape the spec's own for Javadoc.
      for (org.openapitools.codegen.CodegenParameter param : shaped.allParams) {
        if (param.isBodyParam && param.unescapedDescription == null) {
          param.unescapedDescription = body.getDescription();
        }
      }
    }
    return shaped;
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
      try {
        if (model.isEnum) {
          Models.checkEnum(model);
        } else {
          Models.prepareRecord(model, warnings::add);
          recordNames.add(model.classname);
        }
      } catch (UnsupportedConstructException e) {
        problems.schema(model.name, e);
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
    Unions.Described unions = describeUnions(byClass);
    byClass.values().stream().filter(Unions::isUnion).forEach(model -> recordNames.remove(model.classname));
    Set<String> unionNames = new HashSet<>();
    byClass.values().stream().filter(Unions::isUnion).forEach(model -> unionNames.add(model.classname));
    for (CodegenModel model : byClass.values()) {
      if (unions.unions().containsKey(model.classname)) {
        model.vendorExtensions.put(VIEW, unions.unions().get(model.classname));
      } else if (recordNames.contains(model.classname)) {
        Models.describe(model, unionNames, unions.interfaces().get(model.classname));
      }
    }
    recorder.models(byClass.values());
    for (ModelsMap models : result.values()) {
      StringBuilder used = new StringBuilder();
      for (ModelMap modelMap : models.getModels()) {
        CodegenModel model = modelMap.getModel();
        if (Unions.isUnion(model) && !unionHelperAdded) {
          supportingFiles.add(new SupportingFile("model_unions.mustache", folderOf(modelPackage), "JsonUnions.java"));
          unionHelperAdded = true;
        }
        if (Unions.isUnion(model)) {
          if (model.vendorExtensions.get(VIEW) instanceof UnionView union) {
            // No view when describing the unions failed: that problem is already collected.
            union.variants().forEach(v -> used.append(' ').append(v.type()));
          }
        } else if (model.isEnum) {
          used.append(' ').append(model.dataType);
        } else {
          model.vars.forEach(v -> used.append(' ').append(v.datatypeWithEnum));
        }
      }
      List<Map<String, String>> shared = Imports.of(used.toString(), modelNames, null);
      List<CodegenModel> inFile = models.getModels().stream().map(ModelMap::getModel).toList();
      models.setImports(shared);
      models.put("modelImports", Imports.ofModel(inFile, shared));
      models.put("adapterImports", Imports.ofAdapter(inFile, shared));
    }
    return result;
  }

  /**
   * Describes the unions, collecting every failure: a union that fails is recorded and stripped of
   * its oneOf/anyOf and discriminator, and the rest are described again.
   */
  private Unions.Described describeUnions(Map<String, CodegenModel> byClass) {
    for (int attempt = 0; attempt <= byClass.size(); attempt++) {
      try {
        return Unions.describe(byClass, warnings::add);
      } catch (UnsupportedConstructException e) {
        String where = e.where() == null ? "" : e.where();
        String name = where.startsWith("schema ") ? where.substring(7).split(",")[0].strip() : where;
        CodegenModel failed = byClass.values().stream().filter(m -> m.name.equals(name)).findFirst().orElse(null);
        problems.schema(name, e);
        if (failed == null) {
          break;
        }
        failed.oneOf.clear();
        failed.anyOf.clear();
        failed.discriminator = null;
      }
    }
    return new Unions.Described(Map.of(), Map.of());
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    StringBuilder used = new StringBuilder();
    Map<String, CodegenModel> models = new HashMap<>();
    allModels.forEach(model -> models.put(model.getModel().classname, model.getModel()));
    for (java.util.Iterator<CodegenOperation> each = result.getOperations().getOperation().iterator(); each.hasNext(); ) {
      CodegenOperation operation = each.next();
      OperationView view;
      try {
        view = Operations.shape(operation, recordNames, bodyRequired.contains(operation), summaries.get(operation));
        view = VendorClient.shape(operation, view, recordNames, models,
            vendorClient == null ? null : vendorClient.successFlag());
        operation.vendorExtensions.put(VIEW, view);
      } catch (UnsupportedConstructException e) {
        problems.operation(operation.httpMethod, "/" + operation.path, e);
        each.remove();
        continue;
      }
      if (view.bridge() && !parametersHelperAdded) {
        supportingFiles.add(new SupportingFile("api_parameters.mustache", folderOf(apiPackage), "ApiParameters.java"));
        parametersHelperAdded = true;
      }
      used.append(' ').append(view.resultType());
      operation.allParams.forEach(param -> used.append(' ').append(param.dataType));
    }
    result.setImports(Imports.of(used.toString(), modelNames, modelPackage));
    String classname = result.getOperations().getClassname();
    result.put("serviceName", VendorClient.service(classname));
    result.put("retrofitImports", RetrofitImports.of(result.getOperations().getOperation()));
    result.put("serviceImports", ServiceImports.of(result.getOperations().getOperation(), modelNames, modelPackage));
    recorder.operations(result.getOperations().getClassname(), result.getOperations().getOperation(),
        vendorClient == null ? null : vendorClient.name());
    return result;
  }
}
