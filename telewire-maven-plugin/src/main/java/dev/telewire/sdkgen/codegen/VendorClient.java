package dev.telewire.sdkgen.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.CodegenResponse;

/**
 * The vendor client a spec asks for with {@code info.x-telewire-client} (usually added by the
 * vendor's overlay): its class name, credential setter, environment variables and where the
 * credential travels, taken from the spec's one security scheme.
 *
 * <pre>
 * x-telewire-client:
 *   name: TruedyClient        # class name, in package dev.telewire
 *   vendor: Truedy            # the API's name in messages (default: the title without " API")
 *   credential: apiKey        # the builder's credential setter (default apiKey)
 *   environment: TRUEDY       # prefix of TRUEDY_API_KEY and TRUEDY_BASE_URL (default: name without Client)
 *   successFlag: success      # optional: every 2xx JSON body with this boolean property is checked
 *   idempotencyHeader: X-Idempotency-Key  # optional: one generated key per non-GET call, on all its attempts
 *   errors:                   # optional: where error bodies keep their parts (default: the common shapes)
 *     code: [/error/code]     # JSON Pointers or property names, tried in order (one may stand alone)
 *     message: [/error/message, /message]
 *     requestId: [/meta/request_id]
 *     fieldErrors: {at: /detail, path: /loc, message: /msg, type: /type}   # type is optional
 * </pre>
 */
final class VendorClient {
  static final String EXTENSION = "x-telewire-client";
  /** On a 2xx response: the boolean body property that is false when the call failed anyway. */
  static final String SUCCESS_FLAG = "x-telewire-success-flag";
  /** The package of every vendor client, where the SDK's {@code ClientBuilder} lives. */
  static final String PACKAGE = "dev.telewire";

  /** The client's own methods, which a tag's accessor must not hide. */
  private static final Set<String> CLIENT_METHODS =
      Set.of("async", "retrofit", "withOptions", "newBuilder", "builder", "fromEnv", "getClass", "hashCode", "notify", "wait");

  private VendorClient() {}

  /** Returns the client's settings for the templates, or null when the spec asks for no client. */
  static Map<String, Object> of(OpenAPI openAPI) {
    if (openAPI.getInfo() == null || openAPI.getInfo().getExtensions() == null
        || !(openAPI.getInfo().getExtensions().get(EXTENSION) instanceof Map<?, ?> settings)) {
      return null;
    }
    String where = "info." + EXTENSION;
    String name = text(settings, "name", null);
    if (name == null || !name.matches("[A-Z][A-Za-z0-9]*")) {
      throw new UnsupportedConstructException(where, "a client without a valid 'name'", "Set name to a Java class name such as AcmeClient.");
    }
    String title = openAPI.getInfo().getTitle() == null ? name : openAPI.getInfo().getTitle();
    String vendor = text(settings, "vendor", title.replaceFirst("(?i)\\s+API$", ""));
    String credential = text(settings, "credential", "apiKey");
    if (!credential.matches("[a-z][A-Za-z0-9]*")) {
      throw new UnsupportedConstructException(where, "the credential setter name '" + credential + "'", "Use a Java method name such as apiKey.");
    }
    String environment = text(settings, "environment", name.replaceFirst("Client$", "").toUpperCase(Locale.ROOT));
    String constant = upperSnake(credential);

    Map<String, Object> client = new LinkedHashMap<>();
    client.put("name", name);
    client.put("package", PACKAGE);
    client.put("vendor", vendor);
    client.put("credential", credential);
    client.put("credentialConstant", constant + "_VARIABLE");
    client.put("credentialVariable", environment + "_" + constant);
    client.put("baseUrlVariable", environment + "_BASE_URL");
    client.put("credentialWords", words(credential));
    String successFlag = text(settings, "successFlag", null);
    if (successFlag != null) {
      client.put("successFlag", successFlag);
    }
    String idempotencyHeader = text(settings, "idempotencyHeader", null);
    if (idempotencyHeader != null && !idempotencyHeader.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
      throw new UnsupportedConstructException(where, "the idempotency header name '" + idempotencyHeader + "'",
          "Use an HTTP header name such as X-Idempotency-Key.");
    }
    client.put("idempotencyHeader", idempotencyHeader == null ? "null" : "\"" + idempotencyHeader + "\"");
    Map<String, Object> errors = ErrorEnvelopeDeclaration.of(settings.get("errors"), where + ".errors");
    if (errors != null) {
      client.put("errors", errors);
    }
    security(openAPI, where, client);
    return client;
  }

  /** Where the spec's one security scheme puts the credential. */
  private static void security(OpenAPI openAPI, String where, Map<String, Object> client) {
    Set<String> used = new TreeSet<>();
    addSchemes(openAPI.getSecurity(), used);
    if (openAPI.getPaths() != null) {
      for (PathItem path : openAPI.getPaths().values()) {
        for (Operation operation : path.readOperations()) {
          addSchemes(operation.getSecurity(), used);
        }
      }
    }
    Map<String, SecurityScheme> schemes =
        openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
            ? Map.of()
            : openAPI.getComponents().getSecuritySchemes();
    if (used.size() != 1) {
      throw new UnsupportedConstructException(where, used.isEmpty() ? "a client for a spec without a security requirement"
          : "a client for several security schemes " + used, "Give the spec exactly one security scheme (in the overlay if need be).");
    }
    String schemeName = used.iterator().next();
    SecurityScheme scheme = schemes.get(schemeName);
    if (scheme == null) {
      throw new UnsupportedConstructException(where, "the undeclared security scheme '" + schemeName + "'", "Declare it in components.securitySchemes.");
    }
    if (scheme.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(scheme.getScheme())) {
      client.put("placement", "BEARER_HEADER");
      client.put("credentialName", "Authorization");
      client.put("credentialTravels", "as {@code Authorization: Bearer <" + client.get("credential") + ">}");
    } else if (scheme.getType() == SecurityScheme.Type.APIKEY && scheme.getIn() == SecurityScheme.In.HEADER) {
      client.put("placement", "HEADER");
      client.put("credentialName", scheme.getName());
      client.put("credentialTravels", "in the {@code " + scheme.getName() + "} header");
    } else if (scheme.getType() == SecurityScheme.Type.APIKEY && scheme.getIn() == SecurityScheme.In.QUERY) {
      client.put("placement", "QUERY");
      client.put("credentialName", scheme.getName());
      client.put("credentialTravels", "as the URL-encoded {@code " + scheme.getName() + "} query parameter");
    } else {
      throw new UnsupportedConstructException(where, "the security scheme '" + schemeName + "' (" + scheme.getType() + ")",
          "Clients support http bearer and apiKey in a header or the query.");
    }
  }

  private static void addSchemes(List<SecurityRequirement> requirements, Set<String> used) {
    if (requirements != null) {
      requirements.forEach(requirement -> used.addAll(requirement.keySet()));
    }
  }

  /**
   * Marks what the client template needs on one operation: whether it gets convenience methods,
   * the Moshi type of its response, and the checks on its parameters.
   */
  static void shape(CodegenOperation operation, Set<String> records) {
    String returnType = (String) operation.vendorExtensions.get("x-tw-return-type");
    boolean streaming = Operations.RESPONSE_BODY.equals(returnType);
    operation.vendorExtensions.put("x-tw-convenience", !streaming);
    if (!streaming && !"Void".equals(returnType)) {
      operation.vendorExtensions.put("x-tw-response-adapter", upperSnake(operation.operationId) + "_RESPONSE");
    }
    List<String> checks = new ArrayList<>();
    for (CodegenParameter param : operation.allParams) {
      if (param.required) {
        String field = param.isBodyParam || param.baseName == null ? "body" : Unions.escape(param.baseName);
        checks.add("dev.telewire.internal.Generated.required(" + param.paramName + ", \"\", \"" + field + "\");");
      }
      if (param.isBodyParam && records.contains(param.dataType)) {
        checks.add(param.required
            ? param.paramName + ".validate();"
            : "if (" + param.paramName + " != null) { " + param.paramName + ".validate(); }");
      }
    }
    operation.vendorExtensions.put("x-tw-checks", checks);
    Set<String> names = new java.util.HashSet<>();
    operation.allParams.forEach(param -> names.add(param.paramName));
    String options = "options";
    while (names.contains(options)) {
      options = "request" + Character.toUpperCase(options.charAt(0)) + options.substring(1);
    }
    operation.vendorExtensions.put("x-tw-options", options);
  }

  /**
   * Reads the success flag of the operation's 2xx responses: the name of a boolean property of the
   * body that the vendor sets to false when the call failed despite the status. It is
   * {@code x-telewire-success-flag} on the response, else the client's {@code successFlag}
   * ({@code vendorFlag}, may be null), which applies only to bodies that have that boolean property.
   * Each response is judged by its own body, so an empty 200 next to a flagged 201 is not an error,
   * and an empty body is never a failure at run time. The client template then turns a body whose
   * flag is false into an exception.
   */
  static void successFlag(CodegenOperation operation, Map<String, CodegenModel> models, String vendorFlag) {
    Object returnType = operation.vendorExtensions.get("x-tw-return-type");
    for (CodegenResponse response : operation.responses) {
      Object explicit = response.vendorExtensions.get(SUCCESS_FLAG);
      String where = "operation " + operation.operationId + ", response " + response.code;
      if (explicit != null && !response.is2xx) {
        throw new UnsupportedConstructException(where, SUCCESS_FLAG + " on a response that is not a success",
            "Put it on the 2xx response whose body carries the flag.");
      }
      String flag = explicit != null ? explicit.toString() : response.is2xx ? vendorFlag : null;
      if (flag == null) {
        continue;
      }
      CodegenModel model = response.baseType == null ? null : models.get(response.baseType);
      CodegenProperty property = model == null || response.containerType != null ? null
          : model.vars.stream().filter(var -> var.baseName.equals(flag)).findFirst().orElse(null);
      boolean usable = property != null && property.isBoolean && model.classname.equals(String.valueOf(returnType));
      if (usable) {
        operation.vendorExtensions.put("x-tw-success-flag", Map.of("flagAccessor", property.name, "flagField", property.baseName));
      } else if (explicit != null) {
        String why = model == null ? "the response has no JSON object body"
            : property == null || !property.isBoolean ? "'" + flag + "' is not a boolean property of " + model.classname
            : model.classname + " is not the type the method returns (" + returnType + ")";
        throw new UnsupportedConstructException(where, SUCCESS_FLAG + " '" + flag + "' (" + why + ")",
            "Name a boolean property of this response's JSON body, such as success, or leave the flag off this response.");
      }
    }
  }

  /** The service class of a Retrofit interface: {@code TelephonyApi} becomes {@code TelephonyService}. */
  static String service(String interfaceName) {
    String base = interfaceName.endsWith("Api") && interfaceName.length() > 3
        ? interfaceName.substring(0, interfaceName.length() - 3)
        : interfaceName;
    return base + "Service";
  }

  /** The accessor of a Retrofit interface on the client: {@code TelephonyApi} becomes {@code telephony}. */
  static String accessor(String interfaceName) {
    String base = interfaceName.endsWith("Api") && interfaceName.length() > 3
        ? interfaceName.substring(0, interfaceName.length() - 3)
        : interfaceName;
    String accessor = Character.toLowerCase(base.charAt(0)) + base.substring(1);
    // DefaultApi would give default(), a keyword, and AsyncApi the client's own async(): keep the whole name then.
    return javax.lang.model.SourceVersion.isName(accessor) && !CLIENT_METHODS.contains(accessor)
        ? accessor
        : Character.toLowerCase(interfaceName.charAt(0)) + interfaceName.substring(1);
  }

  private static String text(Map<?, ?> settings, String key, String fallback) {
    Object value = settings.get(key);
    return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
  }

  private static String upperSnake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String words(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace("api ", "API ");
  }
}
