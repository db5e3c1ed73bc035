package dev.telewire.contracts;

import java.nio.file.Path;

/**
 * Runs {@link SpecStub} on its own for a verifier outside the build (verify-with-official-cli.sh):
 * {@code SpecStubMain <provider> <effective-spec.yaml>} prints {@code port=<n>} and serves until killed.
 */
final class SpecStubMain {
  private SpecStubMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      System.err.println("usage: SpecStubMain <" + Contracts.TRUEDY + "|" + Contracts.VIDA + "> <effective-spec.yaml>");
      System.exit(2);
    }
    SpecStub stub = SpecStub.start(Path.of(args[1]), ProviderStates.statusOfState(args[0]), 0);
    System.out.println("port=" + stub.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
