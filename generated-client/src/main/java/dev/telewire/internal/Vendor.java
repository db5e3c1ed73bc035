package dev.telewire.internal;

import java.util.Objects;

/**
 * What differs between the vendors' clients: names, environment variables, default URL, where
 * the credential goes (its security scheme) and how error bodies are shaped.
 *
 * <p>Internal API: it may change in any release.
 *
 * @param name the API's name in messages, such as {@code Acme}
 * @param keyField the builder method that sets the credential, such as {@code apiKey}
 * @param keyVariable the environment variable holding the credential
 * @param baseUrlVariable the environment variable holding the base URL
 * @param defaultBaseUrl the base URL from the spec
 * @param placement where the credential travels
 * @param credentialName the header, query parameter or cookie that carries it ({@code Authorization} for a bearer token)
 * @param errors where its error bodies keep code, message, request id and field errors
 */
public record Vendor(
    String name,
    String keyField,
    String keyVariable,
    String baseUrlVariable,
    String defaultBaseUrl,
    Credentials.Placement placement,
    String credentialName,
    ErrorEnvelope errors) {

  /** Checks the parts. */
  public Vendor {
    Objects.requireNonNull(placement, "placement == null");
    Objects.requireNonNull(credentialName, "credentialName == null");
    Objects.requireNonNull(errors, "errors == null");
  }

  /**
   * A vendor whose error bodies are read with {@link ErrorEnvelope#COMMON}, for generated clients
   * whose registration declares no envelope.
   */
  public Vendor(
      String name,
      String keyField,
      String keyVariable,
      String baseUrlVariable,
      String defaultBaseUrl,
      Credentials.Placement placement,
      String credentialName) {
    this(name, keyField, keyVariable, baseUrlVariable, defaultBaseUrl, placement, credentialName, ErrorEnvelope.COMMON);
  }
}
