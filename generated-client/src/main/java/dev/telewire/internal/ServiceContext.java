package dev.telewire.internal;

import dev.telewire.Headers;
import dev.telewire.RawResponse;
import dev.telewire.RequestOptions;
import dev.telewire.errors.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * What the generated services of one client share: its settings, default request options and
 * Retrofit interfaces. It merges per-call options, adds extra headers, query parameters and the
 * idempotency key to the request, and sends it through the client's {@link Caller}.
 *
 * <p>Internal API: it may change in any release.
 */
public final class ServiceContext {
  private final ClientSettings settings;
  private final Vendor vendor;
  private final String idempotencyHeader;
  private final RequestOptions defaults;
  private final Map<Class<?>, Object> interfaces;

  private ServiceContext(ClientSettings settings, Vendor vendor, String idempotencyHeader, RequestOptions defaults,
      Map<Class<?>, Object> interfaces) {
    this.settings = settings;
    this.vendor = vendor;
    this.idempotencyHeader = idempotencyHeader;
    this.defaults = defaults;
    this.interfaces = interfaces;
  }

  /** Returns the context of a new client; {@code idempotencyHeader} is null when the vendor declares none. */
  public static ServiceContext of(ClientSettings settings, Vendor vendor, String idempotencyHeader) {
    return new ServiceContext(settings, vendor, idempotencyHeader, RequestOptions.none(), new ConcurrentHashMap<>());
  }

  /** Returns the context of a new client of the same vendor, with {@code settings} and no default options. */
  public ServiceContext rebuilt(ClientSettings settings) {
    return of(settings, vendor, idempotencyHeader);
  }

  /** Returns a context sharing this one's HTTP stack and interfaces, with {@code options} over its defaults. */
  public ServiceContext withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options == null");
    return new ServiceContext(settings, vendor, idempotencyHeader, options.applyDefaults(defaults), interfaces);
  }

  /** The client's settings. */
  public ClientSettings settings() {
    return settings;
  }

  /** The options every call starts from. */
  public RequestOptions defaults() {
    return defaults;
  }

  /** The authenticated Retrofit implementation of {@code type}, created on first use. */
  public <A> A api(Class<A> type) {
    Object api = interfaces.get(type); // a plain read first: computeIfAbsent would allocate its function per call
    return type.cast(api != null ? api : interfaces.computeIfAbsent(type, settings.retrofit()::create));
  }

  /** Sends {@code prepared} and returns its body. */
  public <T> T execute(PreparedCall<T> prepared, RequestOptions options) {
    RequestOptions merged = merge(options);
    Request request = request(prepared, merged, null);
    return prepared.flag == null
        ? settings.caller().execute(request, prepared.adapter, merged)
        : settings.caller().execute(request, prepared.adapter, merged, prepared.flag, prepared.flagField);
  }

  /** Like {@link #execute}, as a future; a body that cannot be written fails the future, and nothing is sent. */
  public <T> CompletableFuture<T> executeAsync(PreparedCall<T> prepared, RequestOptions options) {
    RequestOptions merged = merge(options);
    Request request;
    try {
      request = request(prepared, merged, null);
    } catch (InvalidRequestException e) {
      return CompletableFuture.failedFuture(e);
    }
    return prepared.flag == null
        ? settings.caller().executeAsync(request, prepared.adapter, merged)
        : settings.caller().executeAsync(request, prepared.adapter, merged, prepared.flag, prepared.flagField);
  }

  /** Like {@link #execute}, returning the status and headers of the successful attempt too. */
  public <T> RawResponse<T> executeRaw(PreparedCall<T> prepared, RequestOptions options) {
    RequestOptions merged = merge(options);
    ResponseCapture.Slot slot = new ResponseCapture.Slot();
    Request request = request(prepared, merged, slot);
    T body = prepared.flag == null
        ? settings.caller().execute(request, prepared.adapter, merged)
        : settings.caller().execute(request, prepared.adapter, merged, prepared.flag, prepared.flagField);
    return raw(slot, body);
  }

  /** Like {@link #executeRaw}, as a future; cancelling it cancels the call. */
  public <T> CompletableFuture<RawResponse<T>> executeRawAsync(PreparedCall<T> prepared, RequestOptions options) {
    RequestOptions merged = merge(options);
    ResponseCapture.Slot slot = new ResponseCapture.Slot();
    Request request;
    try {
      request = request(prepared, merged, slot);
    } catch (InvalidRequestException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<T> sent = prepared.flag == null
        ? settings.caller().executeAsync(request, prepared.adapter, merged)
        : settings.caller().executeAsync(request, prepared.adapter, merged, prepared.flag, prepared.flagField);
    CompletableFuture<RawResponse<T>> result = new CompletableFuture<>();
    // Completed by hand rather than thenApply, so that failures arrive unwrapped as from executeAsync.
    sent.whenComplete((body, failure) -> {
      if (failure != null) {
        result.completeExceptionally(failure);
      } else {
        result.complete(raw(slot, body));
      }
    });
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        sent.cancel(true);
      }
    });
    return result;
  }

  private static <T> RawResponse<T> raw(ResponseCapture.Slot slot, T body) {
    return RawResponse.of(slot.statusCode, Headers.of(slot.headers.toMultimap()), body);
  }

  private RequestOptions merge(RequestOptions options) {
    Objects.requireNonNull(options, "options == null");
    RequestOptions merged = options.applyDefaults(defaults);
    refuseCredentialNames(merged);
    return merged;
  }

  /** Extra headers or query parameters must not stand in for, or beside, the client's credential. */
  private void refuseCredentialNames(RequestOptions options) {
    Credentials.Placement placement = vendor.placement();
    String credential = vendor.credentialName();
    boolean header = placement == Credentials.Placement.HEADER || placement == Credentials.Placement.BEARER_HEADER;
    if (options.headers().isEmpty() && options.queryParams().isEmpty()) {
      return; // the common case, without an iterator
    }
    for (String name : options.headers().keySet()) {
      if (header && name.equalsIgnoreCase(credential)) {
        throw refused("header", name);
      }
    }
    if (placement == Credentials.Placement.QUERY && options.queryParams().containsKey(credential)) {
      throw refused("query parameter", credential);
    }
  }

  private InvalidRequestException refused(String what, String name) {
    return new InvalidRequestException(name, "credential", "Request not sent: the extra " + what + " " + name
        + " would replace the " + vendor.name() + " credential; set the credential on the client's builder instead");
  }

  /**
   * The one request every attempt of {@code prepared} sends: Retrofit's, or for a route the SDK's
   * own, with the per-call extras (headers, query parameters, idempotency key, capture tag,
   * per-call timeouts) and, where {@link ClientSettings#earlyCredentials} allows, the credential
   * and {@code User-Agent}, all in one build.
   *
   * @throws InvalidRequestException when the body cannot be written as JSON; nothing is sent
   */
  private Request request(PreparedCall<?> prepared, RequestOptions options, ResponseCapture.@Nullable Slot slot) {
    boolean idempotencyKey = idempotencyHeader != null && prepared.changesState;
    boolean perCallTimeouts = options.connectTimeout().isPresent() || options.readTimeout().isPresent();
    PreparedCall.Route route = prepared.route;
    Request.Builder builder;
    HttpUrl url;
    boolean userAgent;
    if (route != null) {
      url = route.url(settings.baseUrl());
      builder = new Request.Builder().method(route.method, route.body(prepared.body));
      userAgent = false;
    } else {
      Request built = retrofitRequest(prepared);
      if (!idempotencyKey && slot == null && !perCallTimeouts && options.headers().isEmpty() && options.queryParams().isEmpty()) {
        return built; // nothing to add: the Credentials interceptor adds the credential
      }
      url = built.url();
      builder = built.newBuilder();
      userAgent = built.header("User-Agent") != null;
      idempotencyKey &= built.header(idempotencyHeader) == null;
    }
    options.headers().forEach((name, values) -> setAll(builder, name, values));
    if (!options.queryParams().isEmpty()) {
      HttpUrl.Builder extra = url.newBuilder();
      options.queryParams().forEach((name, values) -> {
        extra.removeAllQueryParameters(name);
        values.forEach(value -> extra.addQueryParameter(name, value));
      });
      url = extra.build();
    }
    builder.url(url);
    if (idempotencyKey && !hasHeader(options, idempotencyHeader)) {
      // One key per call, generated once: every retried attempt sends this same request.
      builder.header(idempotencyHeader, UUID.randomUUID().toString());
    }
    if (slot != null) {
      builder.tag(ResponseCapture.Slot.class, slot);
    }
    if (perCallTimeouts) {
      builder.tag(RequestOptions.class, options);
    }
    Credentials early = settings.earlyCredentials();
    if (early != null) {
      // In this build rather than in a copy the Credentials interceptor would make.
      early.addTo(url, userAgent || hasHeader(options, "User-Agent"), builder);
    }
    return builder.build();
  }

  /** Retrofit's request for {@code prepared}: it serializes the body. */
  private static Request retrofitRequest(PreparedCall<?> prepared) {
    try {
      return prepared.call.request();
    } catch (RuntimeException e) {
      throw new InvalidRequestException("body", "serializable",
          "Request not sent: its body cannot be written as JSON (" + e.getMessage() + ")", e);
    }
  }

  private static boolean hasHeader(RequestOptions options, String name) {
    for (String extra : options.headers().keySet()) {
      if (extra.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static void setAll(Request.Builder builder, String name, List<String> values) {
    builder.removeHeader(name);
    values.forEach(value -> builder.addHeader(name, value));
  }

  @Override
  public String toString() {
    return settings + (defaults == RequestOptions.none() ? "" : ", options=" + defaults);
  }
}
