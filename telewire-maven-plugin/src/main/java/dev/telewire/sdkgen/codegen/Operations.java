package dev.telewire.sdkgen.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;

/**
 * Shapes one operation for api.mustache: its Retrofit annotations, and when Retrofit cannot take
 * the parameters as declared (cookies, non-exploded arrays, multipart forms, optional bodies) a
 * default method with the typed parameters that encodes them and calls an {@code ...Encoded}
 * Retrofit method. It also gives the vendor client the checks of each parameter's schema.
 */
final class Operations {
  static final String REQUEST_BODY = "okhttp3.RequestBody";
  static final String RESPONSE_BODY = "okhttp3.ResponseBody";
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private Operations() {}

  /**
   * Shapes {@code operation} and returns its view, without the service's part; {@code records} are
   * the models with a {@code validate()} method, {@code bodyRequired} whether the spec requires its
   * request body (openapi-generator keeps that only for JSON bodies, not forms), {@code summary} its
   * summary as written (may be null).
   */
  static OperationView shape(CodegenOperation operation, Set<String> records, boolean bodyRequired, String summary) {
    String where = "operation " + operation.operationId + " (" + operation.httpMethod + " /" + operation.path + ")";
    String method = operation.httpMethod.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new UnsupportedConstructException(where, "the HTTP method " + method, "Use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.");
    }
    boolean multipart = Boolean.TRUE.equals(operation.isMultipart);
    boolean form = !multipart && !operation.formParams.isEmpty();
    boolean hasBody = operation.bodyParam != null || multipart || form;
    if (hasBody && (method.equals("GET") || method.equals("HEAD"))) {
      throw new UnsupportedConstructException(where, "a request body on " + method,
          "OkHttp never sends a body with " + method + "; move the values into query parameters, or use POST, in the overlay.");
    }
    // JavaClientCodegen drops cookie parameters for Retrofit; they travel in one Cookie header.
    List<CodegenParameter> params = new ArrayList<>(operation.allParams);
    for (CodegenParameter cookie : operation.cookieParams) {
      if (params.stream().noneMatch(p -> p.isCookieParam && p.baseName.equals(cookie.baseName))) {
        params.add(cookie);
      }
    }
    operation.allParams = params;
    CredentialClashes.rename(params, operation.authMethods);
    JavaNames.assignParameters(where, params);

    Signature signature = new Signature();
    signature.bridge = multipart || !operation.cookieParams.isEmpty();
    List<String> checks = new ArrayList<>();
    List<String> cookies = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (CodegenParameter param : params) {
      String paramWhere = "parameter '" + param.baseName + "' of " + where;
      if (param.isByteArray && !param.isBodyParam) {
        throw new UnsupportedConstructException(paramWhere, "a base64 string (format: byte)", "Declare it as a plain string in the overlay.");
      }
      checks.addAll(ParameterChecks.of(param, records));
      if (param.isBodyParam) {
        body(param, isJson(param.contentType) || param.contentType == null && isJsonBody(operation), signature);
      } else if (param.isFormParam) {
        formField(param, multipart, paramWhere, multipart ? parts : null, signature);
      } else if (param.isCookieParam) {
        requireScalar(param, paramWhere);
        cookies.add("\"" + Unions.escape(param.baseName) + "\", " + param.paramName);
      } else {
        pathQueryOrHeader(param, paramWhere, signature);
      }
    }
    if (!cookies.isEmpty()) {
      signature.add("@Header(\"Cookie\") ", "String", "cookie", "ApiParameters.cookies(" + String.join(", ", cookies) + ")");
    }
    if (multipart) {
      parts.add(0, String.valueOf(bodyRequired));
      signature.add("@Body ", REQUEST_BODY, "form", "ApiParameters.multipart(" + String.join(", ", parts) + ")");
    }

    SuccessResponses successes = SuccessResponses.of(operation);
    String returnType = successes.returnType() == null ? "Void" : successes.returnType();
    boolean streaming = false;
    if (successes.returnType() != null && (SuccessResponses.isBinary(successes.returnType()) || !producesJson(operation))) {
      returnType = RESPONSE_BODY;
      streaming = true;
    }
    String adapterInit = null;
    if (!streaming && !"Void".equals(returnType)) {
      String adapter = "dev.telewire.internal.Generated.adapter(" + TypeExpressions.ofJavaType(returnType) + ")";
      adapterInit = successes.emptyAllowed() ? "dev.telewire.internal.Generated.emptyBodyAllowed(" + adapter + ")" : adapter;
    }
    StringBuilder http = new StringBuilder();
    if (form) {
      http.append("@FormUrlEncoded\n  ");
    }
    if (streaming) {
      http.append("@Streaming\n  ");
    }
    if (successes.emptyAllowed()) {
      http.append("@dev.telewire.internal.Generated.EmptyBodyAllowed\n  ");
    }
    boolean bodyless = Set.of("DELETE", "OPTIONS").contains(method);
    if (hasBody && bodyless) {
      http.append("@HTTP(method = \"").append(method).append("\", path = \"").append(operation.path).append("\", hasBody = true)");
    } else {
      http.append('@').append(method).append("(\"").append(operation.path).append("\")");
    }

    // Without parameters beside a required JSON body, the SDK builds the request as Retrofit would,
    // saving Retrofit's per-call URL resolution and request copy.
    boolean direct = !form && !multipart && !streaming && !signature.bridge && signature.encoded.size() <= (hasBody ? 1 : 0)
        && signature.encoded.stream().allMatch(p -> p.annotation().equals("@Body ") && !REQUEST_BODY.equals(p.type()));
    String route = null;
    String routeBody = null;
    if (direct) {
      OperationView.EncodedParam body = signature.encoded.isEmpty() ? null : signature.encoded.get(0);
      route = "PreparedCall.route(\"" + method + "\", \"" + Unions.escape(operation.path) + "\", "
          + (body == null ? "null" : type(body.type())) + ")";
      routeBody = body == null ? "null" : body.name();
    }
    return new OperationView(summary, returnType, http.toString(), signature.encoded, signature.bridge,
        String.join(", ", signature.arguments), adapterInit, checks, "options", null, route, routeBody);
  }

  /** A JSON or raw body; an optional one is encoded by the default method, as Retrofit refuses a null {@code @Body}. */
  private static void body(CodegenParameter param, boolean json, Signature signature) {
    if (!json) {
      param.dataType = REQUEST_BODY;
      param.datatypeWithEnum = REQUEST_BODY;
    }
    if (param.required) {
      signature.add("@Body ", param.dataType, param.paramName, param.paramName);
    } else {
      signature.bridge = true;
      signature.add("@Body ", REQUEST_BODY, param.paramName, json
          ? "ApiParameters.json(" + param.paramName + ", " + type(param.dataType) + ")"
          : "ApiParameters.orEmpty(" + param.paramName + ")");
    }
  }

  /** A form field: one {@code @Field}, or a part of the multipart body when {@code parts} is given. */
  private static void formField(CodegenParameter param, boolean multipart, String where, List<String> parts, Signature signature) {
    boolean files = param.isArray && param.items != null && (param.items.isFile || param.items.isBinary);
    boolean object = param.isModel || param.isMap || param.isFreeFormObject || (param.items != null && param.items.isModel);
    if (files) {
      param.dataType = "List<" + REQUEST_BODY + ">";
      param.datatypeWithEnum = param.dataType;
    } else if (param.isFile || param.isBinary) {
      param.dataType = REQUEST_BODY;
      param.datatypeWithEnum = REQUEST_BODY;
    } else if (object && !multipart) {
      throw new UnsupportedConstructException(where, "a url-encoded form field holding an object",
          "Send objects as a JSON body or a multipart/form-data JSON part.");
    }
    String name = "\"" + Unions.escape(param.baseName) + "\"";
    if (multipart) {
      parts.add(name + ", " + (object ? "ApiParameters.jsonPart(" + param.paramName + ", " + type(param.dataType) + ")" : param.paramName));
    } else {
      signature.add("@Field(" + name + ") ", param.dataType, param.paramName, param.paramName);
    }
  }

  private static void pathQueryOrHeader(CodegenParameter param, String where, Signature signature) {
    String annotation;
    if (param.isPathParam) {
      if (!param.baseName.matches("[a-zA-Z][a-zA-Z0-9_-]*")) {
        throw new UnsupportedConstructException(where, "a path parameter name Retrofit cannot match",
            "Rename it in the overlay to letters, digits, '_' and '-'.");
      }
      annotation = "@Path(\"" + param.baseName + "\") ";
    } else if (param.isQueryParam) {
      annotation = "@Query(\"" + Unions.escape(param.baseName) + "\") ";
    } else if (param.isHeaderParam) {
      annotation = "@Header(\"" + Unions.escape(param.baseName) + "\") ";
    } else {
      throw new UnsupportedConstructException(where, "a parameter in an unknown location", "Use path, query, header or cookie.");
    }
    if (!param.isArray) {
      requireScalar(param, where);
      signature.add(annotation, param.dataType, param.paramName, param.paramName);
      return;
    }
    if (param.items == null || !scalar(param.items.isModel, param.items.isMap, param.items.isArray, param.items.isFreeFormObject)) {
      throw new UnsupportedConstructException(where, "an array parameter of objects or arrays", "Use an array of scalars.");
    }
    String delimiter = delimiter(param);
    if (delimiter == null) {
      signature.add(annotation, param.dataType, param.paramName, param.paramName);
    } else {
      signature.bridge = true;
      signature.add(annotation, "String", param.paramName, "ApiParameters.join(" + param.paramName + ", \"" + delimiter + "\")");
    }
  }

  /** A type expression for code outside the client, which does not import Moshi's {@code Types}. */
  private static String type(String javaType) {
    return TypeExpressions.ofJavaType(javaType).replace("Types.", "com.squareup.moshi.Types.");
  }

  /** The Retrofit method's encoded parameters, and the arguments the typed default method passes to it. */
  private static final class Signature {
    final List<OperationView.EncodedParam> encoded = new ArrayList<>();
    final List<String> arguments = new ArrayList<>();
    boolean bridge;

    void add(String annotation, String type, String name, String argument) {
      encoded.add(new OperationView.EncodedParam(annotation, type, name));
      arguments.add(argument);
    }
  }

  private static void requireScalar(CodegenParameter param, String where) {
    if (!scalar(param.isModel, param.isMap, param.isArray, param.isFreeFormObject) || param.isDeepObject) {
      throw new UnsupportedConstructException(where, "an object or map parameter (style " + param.style + ")",
          "Send structured values in a JSON body, or flatten them into scalar parameters in the overlay.");
    }
  }

  private static boolean scalar(boolean isModel, boolean isMap, boolean isArray, boolean isFreeForm) {
    return !isModel && !isMap && !isArray && !isFreeForm;
  }

  /** The delimiter that joins a non-exploded array, or null when Retrofit repeats the parameter. */
  private static String delimiter(CodegenParameter param) {
    if (param.isQueryParam && param.isExplode && !param.isSpaceDelimited && !param.isPipeDelimited) {
      return null;
    }
    if (param.isSpaceDelimited) {
      return " ";
    }
    if (param.isPipeDelimited) {
      return "|";
    }
    return ",";
  }

  static boolean isJson(String mediaType) {
    if (mediaType == null) {
      return false;
    }
    String type = mediaType.toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    if (semicolon >= 0) {
      type = type.substring(0, semicolon).trim();
    }
    return type.equals("application/json") || type.endsWith("+json") || type.equals("*/*") || type.equals("text/json");
  }

  private static boolean isJsonBody(CodegenOperation operation) {
    return operation.consumes == null || operation.consumes.stream().anyMatch(m -> isJson(m.get("mediaType")));
  }

  private static boolean producesJson(CodegenOperation operation) {
    return operation.produces == null || operation.produces.isEmpty()
        || operation.produces.stream().anyMatch(m -> isJson(m.get("mediaType")));
  }
}
