package dev.telewire.sdkgen.codegen;

import java.util.List;

/**
 * What the api, service and async service templates know of one operation beyond openapi-generator's
 * {@code CodegenOperation}; it is {@code vendorExtensions.x-tw} of the operation, and the templates
 * open it as a section ({@code {{#vendorExtensions.x-tw}}}) so that its accessors read as plain
 * names next to the operation's own ({@code {{resultType}}}, {@code {{operationId}}}).
 *
 * @param summary the operation's summary as the spec writes it (the templates escape it with the
 *     {@code javadoc} lambda), or null
 * @param resultType the type inside {@code retrofit2.Call<...>}: a model, a JDK type, {@code Void},
 *     or {@code okhttp3.ResponseBody} for a streamed body
 * @param http the Retrofit annotations of the method, one per line ({@code @GET("/numbers")})
 * @param encodedParams the Retrofit method's parameters, each with its annotation
 * @param bridge whether a default method with the typed parameters encodes them for an
 *     {@code ...Encoded} Retrofit method (cookies, joined arrays, multipart, optional bodies)
 * @param arguments the default method's arguments to the encoded method, comma-separated
 * @param adapterInit the Java expression creating the body's JSON adapter, or null without a typed body
 * @param checks the service's statements checking the arguments before anything is sent
 * @param options the name of the per-call options parameter, clear of the operation's parameters
 * @param successFlag the body property that is false when a 2xx call failed anyway, or null
 * @param route the Java expression of the operation's {@code PreparedCall.Route}, when the SDK
 *     builds its request itself (no parameters beside a required JSON body), or null when Retrofit does
 * @param routeBody the argument sent as the route's JSON body, {@code null} for none
 */
record OperationView(
    String summary,
    String resultType,
    String http,
    List<EncodedParam> encodedParams,
    boolean bridge,
    String arguments,
    String adapterInit,
    List<String> checks,
    String options,
    SuccessFlag successFlag,
    String route,
    String routeBody) {

  /** Copies the lists: the view is immutable. */
  OperationView {
    encodedParams = List.copyOf(encodedParams);
    checks = List.copyOf(checks);
  }

  /** The view of a shaped {@code operation}, or null when shaping it failed. */
  static OperationView of(org.openapitools.codegen.CodegenOperation operation) {
    return operation.vendorExtensions.get(TelewireJavaCodegen.VIEW) instanceof OperationView view ? view : null;
  }

  /** Whether the services offer the operation: they do unless its body is streamed. */
  boolean convenience() {
    return !Operations.RESPONSE_BODY.equals(resultType);
  }

  /** Whether the services return a typed body, read with {@link #adapterInit()}. */
  boolean typedBody() {
    return adapterInit != null;
  }

  /** The return type of the service method: the body's type, or {@code void}. */
  String serviceType() {
    return typedBody() ? resultType : "void";
  }

  /** This view with the service's argument checks (before the parameter checks), options name and success flag. */
  OperationView withService(List<String> serviceChecks, String optionsName, SuccessFlag flag) {
    List<String> all = new java.util.ArrayList<>(serviceChecks);
    all.addAll(checks);
    return new OperationView(summary, resultType, http, encodedParams, bridge, arguments, adapterInit, all, optionsName, flag,
        route, routeBody);
  }

  /**
   * One parameter of the Retrofit method.
   *
   * @param annotation the Retrofit annotation with a trailing space, such as {@code @Query("limit") }
   * @param type the Java type
   * @param name the parameter name
   */
  record EncodedParam(String annotation, String type, String name) {}

  /**
   * The success flag of a 2xx body.
   *
   * @param flagAccessor the record accessor of the boolean property
   * @param flagField the property's JSON name, for the error message
   */
  record SuccessFlag(String flagAccessor, String flagField) {}
}
