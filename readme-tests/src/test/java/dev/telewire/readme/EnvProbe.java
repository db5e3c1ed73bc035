package dev.telewire.readme;

/**
 * Run in a child JVM by {@link ConfigurationTableTest}: calls {@code fromEnv()} on each client
 * named in the arguments and prints, one line each, {@code TruedyClient ok} or
 * {@code TruedyClient failed: <message>}.
 */
final class EnvProbe {
  private EnvProbe() {}

  public static void main(String[] clients) {
    for (String client : clients) {
      try {
        Class.forName("dev.telewire." + client).getMethod("fromEnv").invoke(null);
        System.out.println(client + " ok");
      } catch (java.lang.reflect.InvocationTargetException e) {
        System.out.println(client + " failed: " + e.getCause());
      } catch (ReflectiveOperationException e) {
        System.out.println(client + " cannot be probed: " + e);
      }
    }
    // The clients' shared OkHttpClient is set up on a thread of its own; the probe is done.
    System.exit(0);
  }
}
