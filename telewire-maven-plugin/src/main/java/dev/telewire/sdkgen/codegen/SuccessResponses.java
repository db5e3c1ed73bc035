package dev.telewire.sdkgen.codegen;

import java.util.LinkedHashSet;
import java.util.Set;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenResponse;

/**
 * The one Java type an operation returns when it documents several 2xx responses. openapi-generator
 * takes the first 2xx response only, so an empty 200 beside a JSON 201 would return nothing and drop
 * the 201 body. Here every 2xx response with a body counts: one type is returned as it is, different
 * types give {@code Object} (free-form JSON), and a 2xx without a body reads as {@code null}.
 */
record SuccessResponses(String returnType, boolean emptyAllowed) {
  /** The return type openapi-generator chose, corrected for the operation's other 2xx responses. */
  static SuccessResponses of(CodegenOperation operation) {
    Set<String> types = new LinkedHashSet<>();
    boolean empty = false;
    for (CodegenResponse response : operation.responses) {
      if (!response.is2xx) {
        continue;
      }
      if (response.dataType == null) {
        empty = true;
      } else {
        types.add(response.dataType);
      }
    }
    if (types.isEmpty() || types.stream().anyMatch(SuccessResponses::isBinary)) {
      return new SuccessResponses(operation.returnType, false);
    }
    String type = types.size() == 1 ? types.iterator().next() : "Object";
    return new SuccessResponses(type, empty);
  }

  static boolean isBinary(String type) {
    return "File".equals(type) || "java.io.File".equals(type) || Operations.REQUEST_BODY.equals(type);
  }
}
