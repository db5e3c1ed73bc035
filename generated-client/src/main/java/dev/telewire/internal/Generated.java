package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Type;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one runtime class that generated code calls, beside {@link ServiceContext} and
 * {@link PreparedCall}: request checks, JSON adapters, free-form JSON, TLS warm-up and the vendor
 * description. It only delegates, so the runtime behind it can change without touching a template.
 *
 * <p>Internal API: it may change in any release.
 */
public final class Generated {
  private Generated() {}

  /** Marks a generated Retrofit method whose 2xx answer may have no body: it then returns null. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  public @interface EmptyBodyAllowed {}

  /**
   * Describes a generated client's vendor; {@code placement} is the name of a
   * {@code Credentials.Placement} constant ({@code HEADER}, {@code BEARER_HEADER}, {@code QUERY} or {@code COOKIE}).
   */
  public static Vendor vendor(String name, String keyField, String keyVariable, String baseUrlVariable,
      String defaultBaseUrl, String placement, String credentialName) {
    return new Vendor(name, keyField, keyVariable, baseUrlVariable, defaultBaseUrl,
        Credentials.Placement.valueOf(placement), credentialName);
  }

  /** Like {@link #vendor(String, String, String, String, String, String, String)}, with the error envelope its registration declares. */
  public static Vendor vendor(String name, String keyField, String keyVariable, String baseUrlVariable,
      String defaultBaseUrl, String placement, String credentialName, ErrorEnvelope errors) {
    return new Vendor(name, keyField, keyVariable, baseUrlVariable, defaultBaseUrl,
        Credentials.Placement.valueOf(placement), credentialName, errors);
  }

  /**
   * The error envelope a vendor's registration declares: the pointers tried in order for the code,
   * the message and the request id, and where its field errors are (all four null when it has none).
   */
  public static ErrorEnvelope errors(List<String> code, List<String> message, List<String> requestId,
      @Nullable String fieldErrors, @Nullable String fieldPath, @Nullable String fieldMessage, @Nullable String fieldType) {
    return new ErrorEnvelope(code, message, requestId, fieldErrors, fieldPath, fieldMessage, fieldType);
  }

  /** Starts setting up OkHttp's TLS in the background while the client's classes load. */
  public static void prepareHttp() {
    DefaultHttp.prepare();
  }

  /** The SDK's Moshi adapter for {@code type}. */
  public static <T> JsonAdapter<T> adapter(Type type) {
    return Json.MOSHI.adapter(type);
  }

  /** Like {@code delegate}, reading an empty 2xx body as null. */
  public static <T> JsonAdapter<T> emptyBodyAllowed(JsonAdapter<T> delegate) {
    return OptionalBody.of(delegate);
  }

  /** Reads any JSON value with numbers kept exact (maps, lists, strings, BigDecimal, booleans, null). */
  public static Object readAny(JsonReader reader) throws IOException {
    return JsonValues.read(reader);
  }

  /** Returns the JSON path of {@code name} inside the object at {@code path}. */
  public static String field(String path, String name) {
    return Checks.field(path, name);
  }

  /** Returns the JSON path of element {@code index} of the array {@code name} inside {@code path}. */
  public static String index(String path, String name, int index) {
    return Checks.index(path, name, index);
  }

  /** A required field must be present. */
  public static void required(Object value, String path, String name) {
    Checks.required(value, path, name);
  }

  /** A required text field must not be empty or only whitespace. */
  public static void notBlank(Object value, String path, String name) {
    Checks.notBlank(value, path, name);
  }

  /** An enum field must hold a value the API knows, never {@code UNRECOGNIZED}. */
  public static void knownEnum(Object value, String path, String name) {
    Checks.knownEnum(value, path, name);
  }

  /** Every element of an array of enums must be a known value. */
  public static void knownEnums(Iterable<?> values, String path, String name) {
    Checks.knownEnums(values, path, name);
  }

  /** A text field must contain a match of the spec's ECMA-262 regular expression. */
  public static void pattern(Object value, String regex, String path, String name) {
    Checks.pattern(value, regex, path, name);
  }

  /** A text field must have at least {@code min} characters (code points). */
  public static void minLength(Object value, int min, String path, String name) {
    Checks.minLength(value, min, path, name);
  }

  /** A text field must have at most {@code max} characters (code points). */
  public static void maxLength(Object value, int max, String path, String name) {
    Checks.maxLength(value, max, path, name);
  }

  /** A number must not be below {@code bound} (or must be above it, when exclusive). */
  public static void minimum(Object value, String bound, boolean exclusive, String path, String name) {
    Checks.minimum(value, bound, exclusive, path, name);
  }

  /** A number must not be above {@code bound} (or must be below it, when exclusive). */
  public static void maximum(Object value, String bound, boolean exclusive, String path, String name) {
    Checks.maximum(value, bound, exclusive, path, name);
  }

  /** An array must have at least {@code min} elements. */
  public static void minItems(Object value, int min, String path, String name) {
    Checks.minItems(value, min, path, name);
  }

  /** An array must have at most {@code max} elements. */
  public static void maxItems(Object value, int max, String path, String name) {
    Checks.maxItems(value, max, path, name);
  }

  /** A header value may hold only printable ASCII characters and tabs; null is ignored. */
  public static void header(Object value, String path, String name) {
    ParameterValues.header(value, path, name);
  }

  /** A path value must not be empty, {@code .} or {@code ..}; null is ignored. */
  public static void pathSegment(Object value, String path, String name) {
    ParameterValues.pathSegment(value, path, name);
  }
}
