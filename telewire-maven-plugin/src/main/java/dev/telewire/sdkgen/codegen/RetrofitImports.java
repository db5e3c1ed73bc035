package dev.telewire.sdkgen.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openapitools.codegen.CodegenOperation;

/** The Retrofit annotations a generated interface uses, imported one by one instead of {@code retrofit2.http.*}. */
final class RetrofitImports {
  /** An annotation written by its simple name: {@code @GET(}, {@code @Query(}, not {@code @dev.telewire...}. */
  private static final Pattern SIMPLE_ANNOTATION = Pattern.compile("@([A-Z][A-Za-z]*)\\b(?!\\.)");

  private RetrofitImports() {}

  /** Returns {@code import} entries for the annotations on {@code operations}' Retrofit methods. */
  static List<Map<String, String>> of(List<CodegenOperation> operations) {
    StringBuilder annotations = new StringBuilder();
    for (CodegenOperation operation : operations) {
      annotations.append(' ').append(operation.vendorExtensions.get("x-tw-http"));
      if (operation.vendorExtensions.get("x-tw-encoded-params") instanceof List<?> params) {
        for (Object param : params) {
          if (param instanceof Map<?, ?> map) {
            annotations.append(' ').append(map.get("annotation"));
          }
        }
      }
    }
    TreeSet<String> names = new TreeSet<>();
    Matcher matcher = SIMPLE_ANNOTATION.matcher(annotations);
    while (matcher.find()) {
      if (!"Deprecated".equals(matcher.group(1))) {
        names.add("retrofit2.http." + matcher.group(1));
      }
    }
    List<Map<String, String>> imports = new ArrayList<>();
    names.forEach(name -> imports.add(Map.of("import", name)));
    return imports;
  }
}
