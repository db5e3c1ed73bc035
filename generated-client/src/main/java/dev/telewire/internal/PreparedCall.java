package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import dev.telewire.errors.InvalidRequestException;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * One checked operation call, ready for {@link ServiceContext} to send: either the Retrofit call
 * or, for an operation without parameters beside a JSON body, its {@link Route} and body; the
 * adapter of its response body (null for none), whether it may change state, and its success
 * flag if any.
 *
 * <p>Internal API: it may change in any release.
 *
 * @param <T> the body's type
 */
public final class PreparedCall<T> {
  final @Nullable Call<?> call;
  final @Nullable Route route;
  final @Nullable Object body;
  final JsonAdapter<T> adapter;
  final boolean changesState;
  final Function<T, Boolean> flag;
  final String flagField;

  private PreparedCall(@Nullable Call<?> call, @Nullable Route route, @Nullable Object body, JsonAdapter<T> adapter,
      boolean changesState, Function<T, Boolean> flag, String flagField) {
    this.call = call;
    this.route = route;
    this.body = body;
    this.adapter = adapter;
    this.changesState = changesState;
    this.flag = flag;
    this.flagField = flagField;
  }

  /** Returns the call of an operation sent with HTTP {@code method}; {@code adapter} is null for no body. */
  public static <T> PreparedCall<T> of(Call<?> call, JsonAdapter<T> adapter, String method) {
    Objects.requireNonNull(call, "call == null");
    return new PreparedCall<>(call, null, null, adapter, changesState(method), null, null);
  }

  /**
   * Returns the call of an operation whose request the SDK builds itself, the same one Retrofit
   * would: {@code route}'s method and path, and {@code body} as its JSON body (null for none).
   */
  public static <T> PreparedCall<T> of(Route route, @Nullable Object body, JsonAdapter<T> adapter) {
    Objects.requireNonNull(route, "route == null");
    return new PreparedCall<>(null, route, body, adapter, changesState(route.method), null, null);
  }

  /** Returns the route of an operation sent with {@code method} to {@code path} (relative to the base URL) with a body of {@code bodyType}, or none when null. */
  public static Route route(String method, String path, @Nullable Type bodyType) {
    return new Route(method, path, bodyType);
  }

  private static boolean changesState(String method) {
    return !"GET".equals(method) && !"HEAD".equals(method);
  }

  /** Returns this call checking that the body's boolean {@code field}, read by {@code flag}, is not false. */
  public PreparedCall<T> successFlag(Function<T, Boolean> flag, String field) {
    return new PreparedCall<>(call, route, body, adapter, changesState, Objects.requireNonNull(flag),
        Objects.requireNonNull(field));
  }

  /**
   * The fixed part of an operation's request, built without Retrofit: its method, its path resolved
   * against a client's base URL (kept for that base URL) and its JSON body's adapter (made on
   * first use). Building the request directly saves what Retrofit builds anew on every call: the
   * URL resolved again, a request copy and the arguments' bookkeeping.
   *
   * <p>Internal API: it may change in any release.
   */
  public static final class Route {
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
    /** The body of a method that needs one when the operation has none, as Retrofit sends it. */
    private static final RequestBody EMPTY = RequestBody.create(new byte[0], null);
    private static final Set<String> BODY_REQUIRED = Set.of("POST", "PUT", "PATCH");

    final String method;
    private final String path;
    private final @Nullable Type bodyType;
    private volatile @Nullable JsonAdapter<Object> bodyAdapter;
    private volatile @Nullable Resolved resolved;

    private Route(String method, String path, @Nullable Type bodyType) {
      this.method = Objects.requireNonNull(method, "method == null");
      this.path = Objects.requireNonNull(path, "path == null");
      this.bodyType = bodyType;
    }

    /** The operation's URL under {@code baseUrl}, resolved as Retrofit resolves it. */
    HttpUrl url(HttpUrl baseUrl) {
      Resolved last = resolved;
      if (last != null && last.baseUrl == baseUrl) {
        return last.url;
      }
      HttpUrl url = baseUrl.resolve(path);
      if (url == null) {
        throw new IllegalArgumentException("Malformed URL: " + path + " under " + baseUrl);
      }
      resolved = new Resolved(baseUrl, url);
      return url;
    }

    /**
     * {@code value} written as the JSON body, an empty body for a method that needs one, or null.
     *
     * @throws InvalidRequestException naming the body when it cannot be written as JSON; nothing is sent
     */
    @Nullable RequestBody body(@Nullable Object value) {
      if (bodyType == null || value == null) {
        return BODY_REQUIRED.contains(method) ? EMPTY : null;
      }
      JsonAdapter<Object> adapter = bodyAdapter;
      if (adapter == null) {
        adapter = Json.MOSHI.adapter(bodyType);
        bodyAdapter = adapter;
      }
      Buffer buffer = new Buffer();
      try {
        adapter.toJson(JsonWriter.of(buffer), value);
      } catch (IOException | RuntimeException e) {
        throw new InvalidRequestException("body", "serializable",
            "Request not sent: its body cannot be written as JSON (" + e.getMessage() + ")", e);
      }
      return RequestBody.create(buffer.readByteString(), JSON);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }

    /** A URL and the base URL it was resolved against. */
    private record Resolved(HttpUrl baseUrl, HttpUrl url) {}
  }
}
