package dev.telewire.build.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;

/**
 * Shapes one operation for api.mustache: its Retrofit annotations, and when Retrofit cannot take
 * the parameters as declared (cookies, non-exploded arrays, multipart forms) a default method with
 * the typed parameters that encodes them and calls an {@code ...Encoded} Retrofit method.
 */
final class Operations {
  static final String REQUEST_BODY = "okhttp3.RequestBody";
  static final String RESPONSE_BODY = "okhttp3.ResponseBody";
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

  private Operations() {}

  static void shape(CodegenOperation operation) {
    String where = "operation " + operation.operationId + " (" + operation.httpMethod + " /" + operation.path + ")";
    String method = operation.httpMethod.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new UnsupportedConstructException(where, "the HTTP method " + method, "Use GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.");
    }
    // JavaClientCodegen drops cookie parameters for Retrofit; they travel in one Cookie header.
    List<CodegenParameter> params = new ArrayList<>(operation.allParams);
    for (CodegenParameter cookie : operation.cookieParams) {
      if (params.stream().noneMatch(p -> p.isCookieParam && p.baseName.equals(cookie.baseName))) {
        params.add(cookie);
      }
    }
    operation.allParams = params;

    boolean multipart = Boolean.TRUE.equals(operation.isMultipart);
    boolean form = !multipart && !operation.formParams.isEmpty();
    boolean bridge = multipart || !operation.cookieParams.isEmpty();
    List<Map<String, Object>> encoded = new ArrayList<>();
    List<String> arguments = new ArrayList<>();
    List<String> cookies = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (CodegenParameter param : params) {
      String paramWhere = "parameter '" + param.baseName + "' of " + where;
      if (param.isByteArray && !param.isBodyParam) {
        throw new UnsupportedConstructException(paramWhere, "a base64 string (format: byte)", "Declare it as a plain string in the overlay.");
      }
      if (param.isBodyParam) {
        boolean json = isJson(param.contentType) || param.contentType == null && isJsonBody(operation);
        if (!json) {
          param.dataType = REQUEST_BODY;
          param.datatypeWithEnum = REQUEST_BODY;
        }
        encoded.add(param(param, "@Body ", param.dataType));
        arguments.add(param.paramName);
      } else if (param.isFormParam) {
        if (param.isFile || param.isBinary) {
          param.dataType = REQUEST_BODY;
          param.datatypeWithEnum = REQUEST_BODY;
        } else if (param.isModel || param.isMap || param.isFreeFormObject || (param.items != null && param.items.isModel)) {
          throw new UnsupportedConstructException(paramWhere, "a form field holding an object", "Send objects as a JSON body.");
        }
        if (multipart) {
          parts.add("\"" + Unions.escape(param.baseName) + "\", " + param.paramName);
        } else {
          encoded.add(param(param, "@Field(\"" + Unions.escape(param.baseName) + "\") ", param.dataType));
          arguments.add(param.paramName);
        }
      } else if (param.isCookieParam) {
        requireScalar(param, paramWhere);
        cookies.add("\"" + Unions.escape(param.baseName) + "\", " + param.paramName);
      } else {
        String annotation;
        if (param.isPathParam) {
          if (!param.baseName.matches("[a-zA-Z][a-zA-Z0-9_-]*")) {
            throw new UnsupportedConstructException(paramWhere, "a path parameter name Retrofit cannot match",
                "Rename it in the overlay to letters, digits, '_' and '-'.");
          }
          annotation = "@Path(\"" + param.baseName + "\") ";
        } else if (param.isQueryParam) {
          annotation = "@Query(\"" + Unions.escape(param.baseName) + "\") ";
        } else if (param.isHeaderParam) {
          annotation = "@Header(\"" + Unions.escape(param.baseName) + "\") ";
        } else {
          throw new UnsupportedConstructException(paramWhere, "a parameter in an unknown location", "Use path, query, header or cookie.");
        }
        if (param.isArray) {
          if (param.items == null || !scalar(param.items.isModel, param.items.isMap, param.items.isArray, param.items.isFreeFormObject)) {
            throw new UnsupportedConstructException(paramWhere, "an array parameter of objects or arrays", "Use an array of scalars.");
          }
          String delimiter = delimiter(param);
          if (delimiter == null) {
            encoded.add(param(param, annotation, param.dataType));
            arguments.add(param.paramName);
          } else {
            bridge = true;
            encoded.add(param(param, annotation, "String"));
            arguments.add("ApiParameters.join(" + param.paramName + ", \"" + delimiter + "\")");
          }
        } else {
          requireScalar(param, paramWhere);
          encoded.add(param(param, annotation, param.dataType));
          arguments.add(param.paramName);
        }
      }
    }
    if (!cookies.isEmpty()) {
      encoded.add(Map.of("annotation", "@Header(\"Cookie\") ", "type", "String", "name", "cookie"));
      arguments.add("ApiParameters.cookies(" + String.join(", ", cookies) + ")");
    }
    if (multipart) {
      encoded.add(Map.of("annotation", "@Body ", "type", "okhttp3.MultipartBody", "name", "form"));
      arguments.add("ApiParameters.multipart(" + String.join(", ", parts) + ")");
    }

    String returnType = operation.returnType == null ? "Void" : operation.returnType;
    boolean streaming = false;
    if (operation.returnType != null && (isBinary(operation.returnType) || !producesJson(operation))) {
      returnType = RESPONSE_BODY;
      streaming = true;
    }
    boolean hasBody = operation.bodyParam != null || multipart || form;
    StringBuilder http = new StringBuilder();
    if (form) {
      http.append("@FormUrlEncoded\n  ");
    }
    if (streaming) {
      http.append("@Streaming\n  ");
    }
    boolean bodyless = Set.of("GET", "DELETE", "HEAD", "OPTIONS").contains(method);
    if (hasBody && bodyless) {
      http.append("@HTTP(method = \"").append(method).append("\", path = \"").append(operation.path).append("\", hasBody = true)");
    } else {
      http.append('@').append(method).append("(\"").append(operation.path).append("\")");
    }

    operation.vendorExtensions.put("x-tw-return-type", returnType);
    operation.vendorExtensions.put("x-tw-http", http.toString());
    operation.vendorExtensions.put("x-tw-encoded-params", encoded);
    operation.vendorExtensions.put("x-tw-bridge", bridge);
    operation.vendorExtensions.put("x-tw-arguments", String.join(", ", arguments));
  }

  private static Map<String, Object> param(CodegenParameter param, String annotation, String type) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("annotation", annotation);
    map.put("type", type);
    map.put("name", param.paramName);
    return map;
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

  private static boolean isBinary(String type) {
    return "File".equals(type) || "java.io.File".equals(type) || REQUEST_BODY.equals(type);
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
