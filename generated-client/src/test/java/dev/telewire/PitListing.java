package dev.telewire;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Skips the test bodies while a PIT mutation worker only lists the tests it was sent, and in no
 * other case: not under Maven's ordinary test run, not in PIT's coverage run.
 *
 * <p>PIT starts a worker JVM for every mutated class, and its JUnit 5 plugin lists that worker's
 * tests by running every one of their classes in full (a class selector), before it runs single
 * tests (unique-id selectors) against each mutant. Listing needs no test to run: with the bodies
 * skipped, the tests are still reported as started and finished, so PIT knows them all. Loaded
 * through {@code META-INF/services} on the class path PIT runs the tests on.
 */
public final class PitListing implements LauncherDiscoveryListener, InvocationInterceptor {
  private static final String JAVA_COMMAND = System.getProperty("sun.java.command", "");
  private static final String MUTATION_WORKER = "org.pitest.mutationtest.execute.MutationTestMinion ";

  /** Whether the run under way only lists tests; one instance is the listener, another the interceptor. */
  private static volatile boolean listing;

  /** Created by the service loaders of JUnit's launcher and of Jupiter's extensions. */
  public PitListing() {}

  @Override
  public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
    listing = onlyLists(JAVA_COMMAND, request);
  }

  /** Whether {@code request}, in a JVM started with {@code javaCommand}, is a mutation worker listing its tests. */
  static boolean onlyLists(String javaCommand, LauncherDiscoveryRequest request) {
    return javaCommand.startsWith(MUTATION_WORKER) && !request.getSelectorsByType(ClassSelector.class).isEmpty();
  }

  /** Whether this JVM is a PIT mutation worker, where listing runs skip the test bodies. */
  static boolean inMutationWorker() {
    return JAVA_COMMAND.startsWith(MUTATION_WORKER);
  }

  @Override
  public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
      ExtensionContext context) throws Throwable {
    proceedUnlessListing(invocation);
  }

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
      ExtensionContext context) throws Throwable {
    proceedUnlessListing(invocation);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
      ExtensionContext context) throws Throwable {
    proceedUnlessListing(invocation);
  }

  @Override
  public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> method,
      ExtensionContext context) throws Throwable {
    proceedUnlessListing(invocation);
  }

  private static void proceedUnlessListing(Invocation<Void> invocation) throws Throwable {
    if (listing) {
      invocation.skip();
    } else {
      invocation.proceed();
    }
  }
}
