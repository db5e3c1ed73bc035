package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import dev.telewire.RequestOptions;
import dev.telewire.errors.InvalidRequestException;
import dev.telewire.errors.TelewireException;
import dev.telewire.errors.UnsuccessfulResponseException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Call;

/**
 * Sends the request of a generated Retrofit call with the client's retry policy and per-call
 * options, and returns its typed body or throws one {@link TelewireException}; synchronously, or
 * as a future that waits between attempts without holding a thread.
 *
 * <p>Internal API: it may change in any release.
 */
public final class Caller {
  private final String vendor;
  private final okhttp3.Call.Factory http;
  private final int maxRetries;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final ResponseReader reader;
  private final Secret secret;

  Caller(String vendor, okhttp3.Call.Factory http, int maxRetries, RetryPolicy policy, Sleeper sleeper, ResponseReader reader, Secret secret) {
    this.vendor = vendor;
    this.http = http;
    this.maxRetries = maxRetries;
    this.policy = policy;
    this.sleeper = sleeper;
    this.reader = reader;
    this.secret = secret;
  }

  /** Sends {@code call}'s request, retrying as configured, and returns the body read by {@code adapter}. */
  public <T> T execute(Call<?> call, JsonAdapter<T> adapter, RequestOptions options) {
    Request request = prepare(call, options);
    int retries = options.maxRetries().orElse(maxRetries);
    List<Attempt<T>> earlier = new ArrayList<>();
    while (true) {
      Attempt<T> attempt = once(request, adapter, options);
      if (attempt.succeeded()) {
        return attempt.value();
      }
      if (earlier.size() >= retries || !attempt.retryable()) {
        throw attempt.toException(note(attempt, earlier), secret);
      }
      Duration delay = delayAfter(attempt, earlier.size() + 1, retries);
      earlier.add(attempt);
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        TelewireException failure = attempt.toException(note(attempt, earlier.subList(0, earlier.size() - 1)), secret);
        failure.addSuppressed(e);
        throw failure;
      }
    }
  }

  /** Like {@link #execute}, as a future; cancelling it cancels the HTTP call in flight. */
  public <T> CompletableFuture<T> executeAsync(Call<?> call, JsonAdapter<T> adapter, RequestOptions options) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Request request;
    try {
      request = prepare(call, options);
    } catch (TelewireException e) {
      result.completeExceptionally(e);
      return result;
    }
    AtomicReference<okhttp3.Call> inFlight = new AtomicReference<>();
    result.whenComplete(
        (value, failure) -> {
          okhttp3.Call current = inFlight.get();
          if (result.isCancelled() && current != null) {
            current.cancel();
          }
        });
    attemptAsync(request, adapter, options, options.maxRetries().orElse(maxRetries), new ArrayList<>(), inFlight, result);
    return result;
  }

  /**
   * Like {@link #execute}, for an operation whose 2xx body carries a success flag (the spec's
   * {@code x-telewire-success-flag}, named {@code field}): a body whose flag is {@code false}
   * throws {@link UnsuccessfulResponseException} instead of being returned.
   */
  public <T> T execute(Call<?> call, JsonAdapter<T> adapter, RequestOptions options, Function<T, Boolean> flag, String field) {
    return requireSuccess(execute(call, adapter, options), flag, field);
  }

  /**
   * Like {@link #executeAsync}, with the success flag of {@link #execute(Call, JsonAdapter, RequestOptions, Function, String)}.
   * Failures arrive unwrapped, as from the plain variant, and cancelling still cancels the call.
   */
  public <T> CompletableFuture<T> executeAsync(
      Call<?> call, JsonAdapter<T> adapter, RequestOptions options, Function<T, Boolean> flag, String field) {
    CompletableFuture<T> sent = executeAsync(call, adapter, options);
    CompletableFuture<T> checked = new CompletableFuture<>();
    sent.whenComplete(
        (body, failure) -> {
          if (failure != null) {
            checked.completeExceptionally(failure);
            return;
          }
          try {
            checked.complete(requireSuccess(body, flag, field));
          } catch (RuntimeException e) {
            checked.completeExceptionally(e);
          }
        });
    checked.whenComplete(
        (body, failure) -> {
          if (checked.isCancelled()) {
            sent.cancel(true);
          }
        });
    return checked;
  }

  private <T> T requireSuccess(T body, Function<T, Boolean> flag, String field) {
    if (body != null && Boolean.FALSE.equals(flag.apply(body))) {
      throw new UnsuccessfulResponseException(
          vendor + " answered with a success status but " + field + "=false: " + secret.redact(body.toString()), body);
    }
    return body;
  }

  private <T> void attemptAsync(
      Request request,
      JsonAdapter<T> adapter,
      RequestOptions options,
      int retries,
      List<Attempt<T>> earlier,
      AtomicReference<okhttp3.Call> inFlight,
      CompletableFuture<T> result) {
    if (result.isDone()) {
      return;
    }
    okhttp3.Call raw = newCall(request, options);
    inFlight.set(raw);
    raw.enqueue(
        new Callback() {
          @Override
          public void onFailure(okhttp3.Call c, IOException e) {
            Attempt<T> attempt;
            try {
              attempt = failed(e, c.isCanceled(), request, adapter);
            } catch (RuntimeException failure) {
              result.completeExceptionally(failure);
              return;
            }
            handle(attempt);
          }

          @Override
          public void onResponse(okhttp3.Call c, Response response) {
            Attempt<T> attempt;
            try {
              attempt = reader.read(response, adapter);
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
              return;
            }
            handle(attempt);
          }

          private void handle(Attempt<T> attempt) {
            try {
              if (attempt.succeeded()) {
                result.complete(attempt.value());
              } else if (earlier.size() >= retries || !attempt.retryable()) {
                result.completeExceptionally(attempt.toException(note(attempt, earlier), secret));
              } else {
                Duration delay = delayAfter(attempt, earlier.size() + 1, retries);
                earlier.add(attempt);
                sleeper
                    .delay(delay)
                    .whenComplete((ignored, failure) -> attemptAsync(request, adapter, options, retries, earlier, inFlight, result));
              }
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          }
        });
  }

  private <T> Attempt<T> once(Request request, JsonAdapter<T> adapter, RequestOptions options) {
    okhttp3.Call raw = newCall(request, options);
    Response response;
    try {
      response = raw.execute();
    } catch (IOException e) {
      return failed(e, raw.isCanceled(), request, adapter);
    }
    return reader.read(response, adapter);
  }

  /**
   * The outcome of a call that threw: a transport failure, unless a response had arrived: a
   * redirect to another origin that was refused, or one whose body failed (read by a logging
   * interceptor). Those two are never retried as transport failures, nor is a cancelled call.
   */
  private <T> Attempt<T> failed(IOException e, boolean cancelled, Request request, JsonAdapter<T> adapter) {
    RedirectRefusedException redirect = RedirectRefusedException.in(e);
    if (redirect != null) {
      return reader.refusedRedirect(redirect);
    }
    BodyReadException body = BodyReadException.in(e);
    if (body == null) {
      return cancelled ? Attempt.cancelled(e, request.url().host()) : Attempt.transport(e, request.url().host());
    }
    return reader.unreadBody(body, e, adapter, request.url().host());
  }

  private okhttp3.Call newCall(Request request, RequestOptions options) {
    okhttp3.Call raw = http.newCall(request);
    options.timeout().ifPresent(timeout -> raw.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
    return raw;
  }

  /** Builds the HTTP request once (Retrofit serializes the body) and tags it with any per-call timeouts. */
  private Request prepare(Call<?> call, RequestOptions options) {
    Request request;
    try {
      request = call.request();
    } catch (RuntimeException e) {
      throw new InvalidRequestException("body", "serializable", "Request not sent: its body cannot be written as JSON (" + e.getMessage() + ")", e);
    }
    // Only per-call timeouts need the options on the request; the common case copies nothing.
    boolean perCallTimeouts = options.connectTimeout().isPresent() || options.readTimeout().isPresent();
    return perCallTimeouts ? request.newBuilder().tag(RequestOptions.class, options).build() : request;
  }

  private Duration delayAfter(Attempt<?> attempt, int retry, int retries) {
    Duration delay = policy.delayBefore(retry, attempt.retryAfter());
    RetryLog.LOG.log(Level.DEBUG, () -> vendor + " call ended in " + attempt.describe() + "; retry " + retry + " of " + retries + " in " + delay.toMillis() + " ms");
    return delay;
  }

  /** Explains earlier attempts in the final exception, and warns when a 404 may be their doing. */
  private String note(Attempt<?> last, List<? extends Attempt<?>> earlier) {
    if (earlier.isEmpty()) {
      return null;
    }
    StringBuilder note = new StringBuilder("This was attempt ").append(earlier.size() + 1)
        .append("; earlier attempts ended in ");
    for (int i = 0; i < earlier.size(); i++) {
      note.append(i == 0 ? "" : ", ").append(earlier.get(i).describe());
    }
    note.append('.');
    if (last.isStatus(404) && earlier.stream().anyMatch(Attempt::mayHaveReachedVendor)) {
      note.append(" An earlier attempt may have reached ").append(vendor)
          .append(" and made the change, so this 404 can mean it is already done; check before acting on it.");
    }
    return note.toString();
  }

  /** Holds the logger, so that a client that never retries does not load the logging system at start-up. */
  private static final class RetryLog {
    static final System.Logger LOG = System.getLogger("dev.telewire");
  }
}
