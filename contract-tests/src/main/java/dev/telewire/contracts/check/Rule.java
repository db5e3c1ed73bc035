package dev.telewire.contracts.check;

/** A rule of the provider's spec that a recorded interaction can break. */
public enum Rule {
  /** The request path is not under a server's base path, or matches no path of the spec. */
  PATH("request.path"),
  /** The spec has the path but no operation for the request's method. */
  METHOD("request.method"),
  /** A query parameter is undeclared, missing while required, or not of its schema. */
  QUERY("request.query"),
  /** A declared header parameter is missing while required, or not of its schema. */
  HEADER("request.header"),
  /** A cookie is undeclared, or a declared cookie parameter is missing while required or not of its schema. */
  COOKIE("request.cookie"),
  /** The request carries no credential that the operation's security accepts. */
  SECURITY("request.security"),
  /** The request body's media type is not one the operation accepts. */
  REQUEST_CONTENT_TYPE("request.content-type"),
  /** The request body is missing while required, undeclared, or not of its schema. */
  REQUEST_BODY("request.body"),
  /** The response status is not among the operation's documented responses. */
  RESPONSE_STATUS("response.status"),
  /** A response header is undocumented, or a documented one is missing while required or not of its schema. */
  RESPONSE_HEADER("response.header"),
  /** The response body's media type is not one documented for its status. */
  RESPONSE_CONTENT_TYPE("response.content-type"),
  /** The response body is undocumented, missing, not of its schema, has a field the schema does not declare, or pins a value the spec lets vary. */
  RESPONSE_BODY("response.body");

  private final String id;

  Rule(String id) {
    this.id = id;
  }

  /** The rule's short name as reports print it, such as {@code response.body}. */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
