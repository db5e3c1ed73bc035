package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import dev.telewire.errors.ApiErrorDetails;
import dev.telewire.errors.ApiException;
import dev.telewire.errors.BadRequestException;
import dev.telewire.errors.FieldError;
import dev.telewire.errors.InternalServerException;
import dev.telewire.errors.NotFoundException;
import dev.telewire.errors.PermissionDeniedException;
import dev.telewire.errors.RateLimitException;
import dev.telewire.errors.UnauthorizedException;
import dev.telewire.errors.UnexpectedStatusException;
import dev.telewire.errors.UnprocessableEntityException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.Headers;

/**
 * Reads an error response into the matching {@link ApiException}. The body is read leniently: the
 * vendors' envelopes (Truedy {@code {error:{code,message}}} and {@code {detail:[...]}}, Vida
 * {@code {success:false,message}}) are recognised, and any other body (HTML from a proxy, empty,
 * truncated) still gives the exception for its status, with the raw snippet.
 *
 * <p>Internal API: it may change in any release.
 */
public final class ErrorResponses {
  /** The most of an error body kept in an exception. */
  public static final int BODY_SNIPPET_LIMIT = 4096;

  private static final JsonAdapter<Map<String, Object>> OBJECT =
      Json.MOSHI.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "request-id", "x-amzn-requestid");

  private ErrorResponses() {}

  /** Returns the exception for an error response; {@code retryAfter} is the wait it asked for, or null. */
  public static ApiException toException(ApiErrorDetails details, Duration retryAfter) {
    return switch (details.statusCode()) {
      case 400 -> new BadRequestException(details);
      case 401 -> new UnauthorizedException(details);
      case 403 -> new PermissionDeniedException(details);
      case 404 -> new NotFoundException(details);
      case 422 -> new UnprocessableEntityException(details);
      case 429 -> new RateLimitException(details, retryAfter);
      default -> details.statusCode() >= 500 && details.statusCode() <= 599
          ? new InternalServerException(details)
          : new UnexpectedStatusException(details);
    };
  }

  static ApiErrorDetails read(String vendor, int code, Headers headers, String body) {
    String snippet = body == null ? "" : body.length() > BODY_SNIPPET_LIMIT ? body.substring(0, BODY_SNIPPET_LIMIT) : body;
    Map<String, Object> json = parseObject(snippet);
    String errorCode = null;
    String errorMessage = null;
    String requestId = null;
    List<FieldError> fieldErrors = new ArrayList<>();
    if (json != null) {
      if (json.get("error") instanceof Map<?, ?> error) {
        errorCode = text(error.get("code"));
        errorMessage = text(error.get("message"));
      } else if (json.get("error") instanceof String error) {
        errorMessage = error;
      }
      if (errorMessage == null) {
        errorMessage = text(json.get("message"));
      }
      Object detail = json.get("detail");
      if (detail instanceof String text) {
        errorMessage = errorMessage == null ? text : errorMessage;
      } else if (detail instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Map<?, ?> entry) {
            fieldErrors.add(new FieldError(location(entry.get("loc")), text(entry.get("msg")), text(entry.get("type"))));
          }
        }
      }
      if (json.get("meta") instanceof Map<?, ?> meta) {
        requestId = text(meta.get("request_id"));
      }
      if (requestId == null) {
        requestId = text(json.get("request_id"));
      }
    }
    for (String name : REQUEST_ID_HEADERS) {
      if (requestId == null) {
        requestId = headers.get(name);
      }
    }
    return new ApiErrorDetails(vendor, code, headers, errorCode, errorMessage, requestId, snippet, fieldErrors, null);
  }

  private static Map<String, Object> parseObject(String body) {
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

  private static String location(Object loc) {
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

  private static String text(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean ? String.valueOf(value) : null;
  }
}
