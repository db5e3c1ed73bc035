package dev.telewire.internal;

/**
 * What differs between the vendors' clients: names, environment variables, default URL and where
 * the credential goes.
 *
 * <p>Internal API: it may change in any release.
 *
 * @param name the API's name in messages, such as {@code Truedy}
 * @param keyField the builder method that sets the credential, such as {@code apiKey}
 * @param keyVariable the environment variable holding the credential
 * @param baseUrlVariable the environment variable holding the base URL
 * @param defaultBaseUrl the base URL from the spec
 * @param placement where the credential travels
 * @param credentialName the header or query parameter that carries it ({@code Authorization} for a bearer token)
 */
public record Vendor(
    String name,
    String keyField,
    String keyVariable,
    String baseUrlVariable,
    String defaultBaseUrl,
    Credentials.Placement placement,
    String credentialName) {

  /** Checks the parts. */
  public Vendor {
    java.util.Objects.requireNonNull(placement, "placement == null");
    java.util.Objects.requireNonNull(credentialName, "credentialName == null");
  }
}
