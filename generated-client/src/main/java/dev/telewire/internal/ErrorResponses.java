package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.telewire.errors.ApiException;
import dev.telewire.errors.FieldError;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Reads an error response into the matching {@link ApiException}, with one routine for every API:
 * the vendor's {@link ErrorEnvelope} says where its body keeps the code, message, request id and
 * field errors. The body is read leniently: any other body (HTML from a proxy, empty, truncated)
 * still gives the exception for its status, with the raw snippet.
 */
final class ErrorResponses {
  /** The most of an error body kept in an exception. */
  static final int BODY_SNIPPET_LIMIT = 4096;

  private static final JsonAdapter<Map<String, Object>> OBJECT =
      Json.MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "request-id", "x-amzn-requestid");

  private ErrorResponses() {}

  /** Returns the exception for an error response; {@code retryAfter} is the wait it asked for, or null. */
  static ApiException toException(ApiErrorDetails details, @Nullable Duration retryAfter) {
    return SdkExceptions.create().status(details, retryAfter);
  }

  /** Reads an error response as {@code envelope} describes it; any body, JSON or not, gives the details of its status. */
  static ApiErrorDetails read(String vendor, ErrorEnvelope envelope, int code, Headers headers, @Nullable String body) {
    String snippet = body == null ? "" : body.substring(0, Math.min(body.length(), BODY_SNIPPET_LIMIT));
    Object json = parseObject(snippet);
    String requestId = first(json, envelope.requestId());
    for (String name : REQUEST_ID_HEADERS) {
      if (requestId == null) {
        requestId = headers.get(name);
      }
    }
    return new ApiErrorDetails(vendor, code, headers(headers), first(json, envelope.code()), first(json, envelope.message()),
        requestId, snippet, fieldErrors(json, envelope), null);
  }

  /** The SDK's own, immutable copy of {@code headers}. */
  static dev.telewire.Headers headers(Headers headers) {
    Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < headers.size(); i++) {
      values.computeIfAbsent(headers.name(i), name -> new ArrayList<>()).add(headers.value(i));
    }
    return dev.telewire.Headers.of(values);
  }

  /** The first of {@code pointers} that leads to a scalar in {@code json}, as text. */
  private static @Nullable String first(@Nullable Object json, List<String> pointers) {
    if (json == null) {
      return null;
    }
    for (String pointer : pointers) {
      String value = text(JsonPointer.resolve(json, pointer));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static List<FieldError> fieldErrors(@Nullable Object json, ErrorEnvelope envelope) {
    if (json == null || envelope.fieldErrors() == null
        || !(JsonPointer.resolve(json, envelope.fieldErrors()) instanceof List<?> items)) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?>) {
        errors.add(new FieldError(
            location(JsonPointer.resolve(item, envelope.fieldPath())),
            text(JsonPointer.resolve(item, envelope.fieldMessage())),
            envelope.fieldType() == null ? null : text(JsonPointer.resolve(item, envelope.fieldType()))));
      }
    }
    return errors;
  }

  /** The body as a JSON object (a map), or null when it is not one. */
  private static @Nullable Object parseObject(String body) {
    String trimmed = body.strip();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      return OBJECT.lenient().fromJson(trimmed);
    } catch (IOException | RuntimeException e) {
      return null; // Truncated or malformed: the status and the snippet still tell the story.
    }
  }

  private static String location(@Nullable Object loc) {
    if (loc instanceof List<?> parts) {
      return parts.stream().map(ErrorResponses::locationPart).collect(Collectors.joining("."));
    }
    return loc == null ? "" : String.valueOf(loc);
  }

  private static String locationPart(Object part) {
    // Moshi reads JSON numbers as doubles; array indexes read better as integers.
    if (part instanceof Double number && number == Math.rint(number)) {
      return Long.toString(number.longValue());
    }
    return String.valueOf(part);
  }

  private static @Nullable String text(@Nullable Object value) {
    if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
      return Long.toString(number.longValue()); // Moshi reads every JSON number as a double.
    }
    return value instanceof String || value instanceof Number || value instanceof Boolean ? String.valueOf(value) : null;
  }
}
