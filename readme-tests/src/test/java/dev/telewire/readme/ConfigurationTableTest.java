package dev.telewire.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Configuration table matches the code: each setter exists on the builder of every client
 * its row names, and each environment variable is read by those clients' {@code fromEnv()}: set
 * to nonsense, it makes them fail, and only them.
 */
class ConfigurationTableTest {
  private static final String NONSENSE = "not a valid value!";
  private static LoopbackVendors vendors;

  @BeforeAll
  static void startVendors() {
    vendors = new LoopbackVendors();
  }

  @AfterAll
  static void stopVendors() throws Exception {
    vendors.close();
  }

  @TestFactory
  Stream<DynamicTest> everySetterExistsOnTheBuilderOfItsClients() {
    return rows().stream().flatMap(row -> row.clients().stream().map(client -> DynamicTest.dynamicTest(
        client + ".Builder." + row.method() + row.parameters(), () -> assertSetterExists(client, row))));
  }

  @Test
  void everyClientBuildsFromTheLoopbackEnvironment() {
    assertThat(probe(vendors.environment()).values()).containsOnly("ok");
  }

  @TestFactory
  Stream<DynamicTest> everyVariableIsReadByTheClientsOfItsRow() {
    return rows().stream().filter(row -> row.variable() != null).map(row -> DynamicTest.dynamicTest(
        row.variable() + " is read by " + row.clients(), () -> assertVariableRead(row)));
  }

  private static void assertSetterExists(String client, ConfigurationTable.Row row) throws ClassNotFoundException {
    Class<?> builder = Class.forName("dev.telewire." + client + "$Builder");
    boolean found = Arrays.stream(builder.getMethods())
        .filter(m -> m.getName().equals(row.method()) && Modifier.isPublic(m.getModifiers()))
        .map(Method::getParameterTypes)
        .anyMatch(types -> Arrays.stream(types).map(Class::getSimpleName).toList().equals(row.parameters()));
    assertThat(found).as("README.md Configuration table row %s: %s.Builder has no public %s(%s)",
        row.text(), client, row.method(), String.join(", ", row.parameters())).isTrue();
  }

  private static void assertVariableRead(ConfigurationTable.Row row) {
    Map<String, String> environment = new HashMap<>(vendors.environment());
    environment.put(row.variable(), NONSENSE);

    Map<String, String> outcome = probe(environment);

    for (Map.Entry<String, String> client : outcome.entrySet()) {
      boolean named = row.clients().contains(client.getKey());
      assertThat(client.getValue())
          .as("%s=%s in README.md's row %s: %s", row.variable(), NONSENSE, row.text(), client.getKey())
          .matches(named ? "failed: .*" : "ok");
    }
  }

  /** Each client's {@code fromEnv()} outcome in a child JVM with {@code environment}: "ok" or "failed: ...". */
  private static Map<String, String> probe(Map<String, String> environment) {
    List<String> clients = clients();
    ChildJvm.Result result = ChildJvm.run(
        EnvProbe.class.getName(), System.getProperty("java.class.path"), environment, clients.toArray(String[]::new));
    assertThat(result.exitCode()).as(result.output()).isZero();
    Map<String, String> outcome = new HashMap<>();
    for (String line : result.output().lines().toList()) {
      int space = line.indexOf(' ');
      if (space > 0 && clients.contains(line.substring(0, space))) {
        outcome.put(line.substring(0, space), line.substring(space + 1));
      }
    }
    assertThat(outcome.keySet()).as(result.output()).containsExactlyInAnyOrderElementsOf(clients);
    return outcome;
  }

  private static List<ConfigurationTable.Row> rows() {
    return ConfigurationTable.rows(Readmes.readme());
  }

  private static List<String> clients() {
    Set<String> clients = new LinkedHashSet<>();
    rows().forEach(row -> clients.addAll(row.clients()));
    return List.copyOf(clients);
  }
}
