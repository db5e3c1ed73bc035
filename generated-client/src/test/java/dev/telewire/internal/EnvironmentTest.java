package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The SDK reads its environment variables from the process environment. */
class EnvironmentTest {
  @Test
  void systemLookupReadsTheProcessEnvironment() {
    String path = System.getenv("PATH");
    assumeTrue(path != null && !path.isEmpty(), "this process has a PATH");

    assertThat(Environment.system("PATH")).isEqualTo(path);
  }

  @Test
  void unsetVariableIsNull() {
    assertThat(Environment.system("TELEWIRE_TEST_VARIABLE_THAT_IS_NEVER_SET")).isNull();
  }
}
