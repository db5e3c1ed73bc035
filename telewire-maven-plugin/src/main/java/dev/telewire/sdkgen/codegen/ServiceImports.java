package dev.telewire.sdkgen.codegen;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenOperation;

/**
 * The imports of a tag's two service classes: the runtime types their methods use and the models
 * and JDK types their signatures mention, so that neither file imports anything unused.
 */
final class ServiceImports {
  private ServiceImports() {}

  /** Returns {@code {sync: [...], async: [...]}} import entries for the services of {@code operations}. */
  static Map<String, List<Map<String, String>>> of(List<CodegenOperation> operations, Set<String> models, String modelPackage) {
    StringBuilder used = new StringBuilder();
    boolean any = false;
    boolean adapters = false;
    boolean types = false;
    for (CodegenOperation operation : operations) {
      if (!Boolean.TRUE.equals(operation.vendorExtensions.get("x-tw-convenience"))) {
        continue;
      }
      any = true;
      adapters |= operation.vendorExtensions.get("x-tw-response-adapter") != null;
      // The adapter expressions name Moshi's Types by its simple name.
      types |= String.valueOf(operation.vendorExtensions.get("x-tw-response-adapter-init")).contains("Types.");
      used.append(' ').append(operation.vendorExtensions.get("x-tw-return-type"));
      operation.allParams.forEach(param -> used.append(' ').append(param.dataType));
    }
    TreeSet<String> sync = new TreeSet<>();
    TreeSet<String> async = new TreeSet<>();
    sync.add("dev.telewire.internal.ServiceContext");
    async.add("dev.telewire.internal.ServiceContext");
    if (any) {
      List<String> common = List.of("dev.telewire.RawResponse", "dev.telewire.RequestOptions", "java.util.Objects");
      sync.addAll(common);
      async.addAll(common);
      sync.add("dev.telewire.internal.PreparedCall");
      async.add("java.util.concurrent.CompletableFuture");
      Imports.of(used.toString(), models, modelPackage).forEach(entry -> {
        sync.add(entry.get("import"));
        async.add(entry.get("import"));
      });
    }
    if (adapters) {
      sync.add("com.squareup.moshi.JsonAdapter");
    }
    if (types) {
      sync.add("com.squareup.moshi.Types");
    }
    return Map.of("sync", entries(sync), "async", entries(async));
  }

  private static List<Map<String, String>> entries(TreeSet<String> names) {
    return names.stream().map(name -> Map.of("import", name)).toList();
  }
}
