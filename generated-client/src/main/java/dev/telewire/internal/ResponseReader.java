package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.telewire.errors.ApiConnectionException;
import dev.telewire.errors.InvalidResponseException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Turns one HTTP response into an {@link Attempt}. The body is read off the network first and
 * parsed afterwards, so a connection that drops mid-body ({@link ApiConnectionException}) is never
 * confused with a complete body that is not the documented JSON ({@link InvalidResponseException}).
 */
final class ResponseReader {
  /** The largest success body the SDK reads. */
  static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

  private final String vendor;
  private final ErrorEnvelope envelope;
  private final Secret secret;
  private final Clock clock;

  ResponseReader(Vendor vendor, Secret secret, Clock clock) {
    this.vendor = vendor.name();
    this.envelope = vendor.errors();
    this.secret = secret;
    this.clock = clock;
  }

  /**
   * Reads {@code response} and closes it; returns the body (null when {@code adapter} is null, for
   * operations without one) or the error status, and throws the outcomes that no retry can change
   * (a success whose body cannot be read).
   */
  <T> Attempt<T> read(Response response, JsonAdapter<T> adapter, InFlight.Entry attempt) {
    try (response) {
      int code = response.code();
      if (!response.isSuccessful()) {
        return status(code, response.headers(), readSnippet(response.body()));
      }
      return Attempt.success(
          parse(code, response.body(), response.header("Content-Type"), adapter, response.request().url().host(), attempt));
    }
  }

  /**
   * The outcome of a response whose body failed to arrive before the SDK read it (a logging
   * interceptor read it first): an error status as if its body were empty; for a 2xx, nothing
   * when the operation documents no body, else the exception saying the request may have taken
   * effect. Never a transport failure, so never retried as one.
   */
  <T> Attempt<T> unreadBody(int code, Headers headers, IOException thrown, JsonAdapter<T> adapter, String host) {
    if (code < 200 || code > 299) {
      return status(code, headers, "");
    }
    if (adapter == null) {
      return Attempt.success(null);
    }
    throw incomplete(code, host, thrown);
  }

  /** The outcome of a redirect to another origin that was not followed: its status, with the reason. */
  <T> Attempt<T> refusedRedirect(RedirectRefusedException redirect) {
    String note = secret.redact("Not followed: " + redirect.reason()) + ".";
    return status(redirect.statusCode(), redirect.headers(), redirect.body(), note);
  }

  private <T> Attempt<T> status(int code, Headers received, String snippet) {
    return status(code, received, snippet, null);
  }

  private <T> Attempt<T> status(int code, Headers received, String snippet, String note) {
    Headers headers = redact(received);
    ApiErrorDetails details = ErrorResponses.read(vendor, envelope, code, headers, secret.redact(snippet)).withNote(note);
    Duration retryAfter = RetryAfter.parse(headers.get("Retry-After"), clock).orElse(null);
    return Attempt.status(details, retryAfter);
  }

  private RuntimeException incomplete(int code, String host, IOException e) {
    String problem = vendor + " answered HTTP " + code + " but the body did not arrive in full from " + host
        + " (" + secret.redact(String.valueOf(e.getMessage())) + "); the request may have taken effect";
    return SdkExceptions.create().connection(problem, e, timedOut(e));
  }

  /** Whether {@code e}, or the failure it wraps, is a timeout. */
  private static boolean timedOut(IOException e) {
    return Attempt.isTimeout(e) || (e.getCause() instanceof IOException cause && Attempt.isTimeout(cause));
  }

  private <T> T parse(int code, ResponseBody body, String contentType, JsonAdapter<T> adapter, String host, InFlight.Entry attempt) {
    if (adapter == null) {
      return null; // The operation documents no body: whatever came is discarded.
    }
    if (body == null) {
      if (adapter instanceof OptionalBody) {
        return null;
      }
      throw invalid(code, "an empty body", "", null);
    }
    Buffer bytes = new Buffer();
    try {
      BufferedSource source = body.source();
      while (bytes.size() <= MAX_BODY_BYTES && source.read(bytes, 8192) != -1) {
        // Reading the whole body before parsing it.
      }
    } catch (IOException e) {
      throw incomplete(code, host, attempt.timedOut(e));
    }
    if (bytes.size() == 0 && adapter instanceof OptionalBody) {
      return null; // The operation documents a 2xx without a body too.
    }
    if (bytes.size() > MAX_BODY_BYTES) {
      throw invalid(code, "a body larger than " + MAX_BODY_BYTES + " bytes", snippet(bytes), null);
    }
    MediaType type = isPlainJson(contentType) ? null : body.contentType();
    if (type != null && !isJson(type)) {
      throw invalid(code, "Content-Type " + type.type() + "/" + type.subtype() + " instead of JSON", snippet(bytes), null);
    }
    if (bytes.size() == 0) {
      throw invalid(code, "an empty body", "", null);
    }
    // Parsing consumes the buffer, and closing the reader clears what a failed parse left, which
    // hands the segments back to Okio's pool (a peek or a snapshot would share them and defeat the
    // pool); so keep the first bytes for a failure's snippet.
    byte[] head = head(bytes);
    T value;
    try (JsonReader reader = JsonReader.of(bytes)) {
      value = adapter.fromJson(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed at " + reader.getPath());
      }
    } catch (JsonDataException | JsonEncodingException e) {
      throw invalid(code, "a body that is not the documented JSON: " + secret.redact(e.getMessage()), snippet(head), e);
    } catch (IOException e) {
      throw invalid(code, "a truncated JSON body", snippet(head), e);
    }
    if (value == null) {
      throw invalid(code, "a null body", snippet(head), null);
    }
    return value;
  }

  /** Copies the first bytes segment by segment, without marking the segments shared. */
  private static byte[] head(Buffer bytes) {
    byte[] head = new byte[(int) Math.min(bytes.size(), ErrorResponses.BODY_SNIPPET_LIMIT)];
    int copied = 0;
    try (Buffer.UnsafeCursor cursor = bytes.readUnsafe()) {
      for (int n = cursor.seek(0); copied < head.length; n = cursor.next()) {
        int count = Math.min(n, head.length - copied);
        System.arraycopy(cursor.data, cursor.start, head, copied, count);
        copied += count;
      }
    }
    return head;
  }

  private String snippet(byte[] head) {
    return secret.redact(new String(head, java.nio.charset.StandardCharsets.UTF_8));
  }

  private InvalidResponseException invalid(int code, String problem, String body, Throwable cause) {
    return SdkExceptions.create().invalidResponse(vendor + " answered HTTP " + code + " with " + problem, code, body, cause);
  }

  private String snippet(Buffer bytes) {
    long size = Math.min(bytes.size(), ErrorResponses.BODY_SNIPPET_LIMIT);
    return secret.redact(bytes.snapshot((int) size).utf8());
  }

  /** The common answer, {@code application/json} with or without a charset, recognized without parsing it. */
  static boolean isPlainJson(String contentType) {
    if (contentType == null || !contentType.regionMatches(true, 0, "application/json", 0, 16)) {
      return false;
    }
    if (contentType.length() == 16) {
      return true;
    }
    if (contentType.charAt(16) != ';') {
      return false;
    }
    int at = 17;
    while (at < contentType.length() && contentType.charAt(at) == ' ') {
      at++;
    }
    return contentType.length() == at + 13 && contentType.regionMatches(true, at, "charset=utf-8", 0, 13);
  }

  private static boolean isJson(MediaType type) {
    return type.subtype().equalsIgnoreCase("json") || type.subtype().toLowerCase(Locale.ROOT).endsWith("+json");
  }

  private Headers redact(Headers headers) {
    Headers.Builder redacted = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      redacted.addUnsafeNonAscii(headers.name(i), secret.redact(headers.value(i)));
    }
    return redacted.build();
  }

  /** Reads at most {@link ErrorResponses#BODY_SNIPPET_LIMIT} bytes of an error body; a failed read gives what arrived. */
  static String readSnippet(ResponseBody body) {
    if (body == null) {
      return "";
    }
    BufferedSource source = body.source();
    try {
      source.request(ErrorResponses.BODY_SNIPPET_LIMIT);
    } catch (IOException e) {
      // The status is what matters; keep whatever part of the body arrived.
    }
    long size = Math.min(source.getBuffer().size(), ErrorResponses.BODY_SNIPPET_LIMIT);
    return source.getBuffer().snapshot((int) size).utf8();
  }
}
