package dev.telewire.sdkgen.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The imports a generated file needs: the JDK types and models its signatures mention, nothing else. */
final class Imports {
  private static final Map<String, String> JDK_TYPES = Map.ofEntries(
      Map.entry("List", "java.util.List"),
      Map.entry("Set", "java.util.Set"),
      Map.entry("Map", "java.util.Map"),
      Map.entry("UUID", "java.util.UUID"),
      Map.entry("URI", "java.net.URI"),
      Map.entry("BigDecimal", "java.math.BigDecimal"),
      Map.entry("LocalDate", "java.time.LocalDate"),
      Map.entry("LocalTime", "java.time.LocalTime"),
      Map.entry("LocalDateTime", "java.time.LocalDateTime"),
      Map.entry("OffsetDateTime", "java.time.OffsetDateTime"));

  /** Moshi's {@code Types} named by its simple name in a type expression, not {@code LeaveTypes.class}. */
  private static final java.util.regex.Pattern MOSHI_TYPES = java.util.regex.Pattern.compile("(?<![\\w.])Types\\.");

  private Imports() {}

  /** Whether a Java expression names Moshi's {@code Types} by its simple name. */
  static boolean namesMoshiTypes(String expression) {
    return expression != null && MOSHI_TYPES.matcher(expression).find();
  }

  /**
   * The imports of a model's own file: Moshi's annotations it uses and {@code shared}, the JDK
   * types its components mention.
   */
  static List<Map<String, String>> ofModel(List<org.openapitools.codegen.CodegenModel> models, List<Map<String, String>> shared) {
    TreeSet<String> names = names(shared);
    names.add("com.squareup.moshi.JsonClass");
    if (models.stream().anyMatch(model -> model.vendorExtensions.get(TelewireJavaCodegen.VIEW) instanceof RecordView
        && !model.vars.isEmpty())) {
      names.add("com.squareup.moshi.Json");
    }
    return entries(names);
  }

  /**
   * The imports of a model's JSON adapter: the Moshi and JDK types its template uses for the
   * model's kind (enum, record or union) and {@code shared}, the JDK types its components mention.
   */
  static List<Map<String, String>> ofAdapter(List<org.openapitools.codegen.CodegenModel> models, List<Map<String, String>> shared) {
    TreeSet<String> names = names(shared);
    names.addAll(List.of("com.squareup.moshi.JsonAdapter", "com.squareup.moshi.JsonReader",
        "com.squareup.moshi.JsonWriter", "java.io.IOException"));
    for (org.openapitools.codegen.CodegenModel model : models) {
      Object view = model.vendorExtensions.get(TelewireJavaCodegen.VIEW);
      if (view instanceof UnionView union) {
        names.add("com.squareup.moshi.Moshi");
        if (union.variants().stream().anyMatch(variant -> namesMoshiTypes(variant.typeExpression()))) {
          names.add("com.squareup.moshi.Types");
        }
        if (union.hasObjectVariants()) {
          names.addAll(List.of("java.util.List", "java.util.Set"));
        }
      } else {
        // An enum's adapter throws it; a record's names it in its Javadoc.
        names.add("com.squareup.moshi.JsonDataException");
      }
      if (view instanceof RecordView) {
        names.add("com.squareup.moshi.Moshi");
        boolean types = model.vars.stream().anyMatch(property -> property.vendorExtensions.get(TelewireJavaCodegen.VIEW)
            instanceof PropertyView component && namesMoshiTypes(component.typeExpression()));
        if (types) {
          names.add("com.squareup.moshi.Types");
        }
      }
    }
    return entries(names);
  }

  private static TreeSet<String> names(List<Map<String, String>> entries) {
    TreeSet<String> names = new TreeSet<>();
    entries.forEach(entry -> names.add(entry.get("import")));
    return names;
  }

  private static List<Map<String, String>> entries(TreeSet<String> names) {
    List<Map<String, String>> imports = new ArrayList<>();
    names.forEach(name -> imports.add(Map.of("import", name)));
    return imports;
  }

  /**
   * Imports for the simple type names in {@code usedTypes}: JDK types, and {@code models} from
   * {@code modelPackage} (null when the file is in the model package itself).
   */
  static List<Map<String, String>> of(String usedTypes, Set<String> models, String modelPackage) {
    Set<String> used = new HashSet<>(Arrays.asList(usedTypes.split("[^A-Za-z0-9_.]+")));
    TreeSet<String> kept = new TreeSet<>();
    for (String name : used) {
      if (name.contains(".")) {
        continue; // already qualified, such as okhttp3.RequestBody
      }
      if (JDK_TYPES.containsKey(name) && !models.contains(name)) {
        kept.add(JDK_TYPES.get(name));
      } else if (modelPackage != null && models.contains(name)) {
        kept.add(modelPackage + "." + name);
      }
    }
    List<Map<String, String>> imports = new ArrayList<>();
    kept.forEach(name -> imports.add(Map.of("import", name)));
    return imports;
  }
}
