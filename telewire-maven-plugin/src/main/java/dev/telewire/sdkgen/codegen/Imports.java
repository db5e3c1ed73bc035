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

  private Imports() {}

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
