package dev.telewire.sdkgen.codegen;

import java.util.List;

/**
 * What {@code client.mustache} knows of the vendor client a spec asks for with
 * {@code info.x-telewire-client}; it is {@code client} in the supporting files' data.
 *
 * @param name the client's class name, in {@link VendorClient#PACKAGE}
 * @param vendor the API's name in messages
 * @param credential the builder's credential setter
 * @param credentialConstant the name of the constant holding the credential's environment variable
 * @param credentialVariable the credential's environment variable
 * @param baseUrlVariable the base URL's environment variable
 * @param credentialWords the credential in words, for Javadoc
 * @param successFlag the boolean body property that is false when a 2xx call failed anyway, or null
 * @param idempotencyHeader the idempotency header as a Java string literal, or {@code null} (the literal)
 * @param errors where error bodies keep their parts, or null for the common shapes
 * @param placement the runtime's name for where the credential travels ({@code BEARER_HEADER},
 *     {@code HEADER} or {@code QUERY})
 * @param credentialName the header or query parameter carrying the credential
 * @param credentialTravels how the credential travels, for Javadoc
 * @param apis the services, one per Retrofit interface
 */
record ClientView(
    String name,
    String vendor,
    String credential,
    String credentialConstant,
    String credentialVariable,
    String baseUrlVariable,
    String credentialWords,
    String successFlag,
    String idempotencyHeader,
    ErrorEnvelopeDeclaration.Envelope errors,
    String placement,
    String credentialName,
    String credentialTravels,
    List<Service> apis) {

  /** Copies the list: the view is immutable. */
  ClientView {
    apis = List.copyOf(apis);
  }

  /** The client's package, read by the template as {@code {{package}}}. */
  String getPackage() {
    return VendorClient.PACKAGE;
  }

  /** This client with its services. */
  ClientView withApis(List<Service> services) {
    return new ClientView(name, vendor, credential, credentialConstant, credentialVariable, baseUrlVariable,
        credentialWords, successFlag, idempotencyHeader, errors, placement, credentialName, credentialTravels, services);
  }

  /**
   * One service of the client, made from one Retrofit interface.
   *
   * @param classname the Retrofit interface
   * @param accessor the client's method returning the service
   * @param serviceName the service class
   * @param tag the spec's tag
   */
  record Service(String classname, String accessor, String serviceName, String tag) {}
}
