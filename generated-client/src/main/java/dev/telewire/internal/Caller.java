package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import dev.telewire.RequestOptions;
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
import org.jspecify.annotations.Nullable;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends the request of a generated operation with the client's retry policy and per-call
 * options, and returns its typed body or throws one {@link TelewireException}; synchronously, or
 * as a future that waits between attempts without holding a thread.
 *
 * <p>Internal API: it may change in any release.
 */
public final class Caller {
  private final String vendor;
  private final okhttp3.Call.Factory http;
  private final @Nullable Duration callTimeout;
  private final ClientOptions options;
  private final RetryPolicy policy;
  private final ResponseReader reader;
  private final Secret secret;

  Caller(Vendor vendor, okhttp3.Call.Factory http, @Nullable Duration callTimeout, ClientOptions options, Secret secret) {
    this.vendor = vendor.name();
    this.http = http;
    this.callTimeout = callTimeout;
    this.options = options;
    this.policy = new RetryPolicy(options.jitter());
    this.reader = new ResponseReader(vendor, secret, options.clock());
    this.secret = secret;
  }

  /** Sends {@code request}, retrying as configured, and returns the body read by {@code adapter}. */
  public <T> @Nullable T execute(Request request, @Nullable JsonAdapter<T> adapter, RequestOptions perCall) {
    int retries = options.with(perCall).maxRetries();
    List<Attempt<T>> earlier = new ArrayList<>();
    while (true) {
      Attempt<T> attempt = once(request, adapter, perCall);
      Step<T> step = next(attempt, earlier, retries);
      if (step.delay == null) {
        return step.value();
      }
      try {
        options.sleeper().sleep(step.delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        TelewireException failure = attempt.toException(note(attempt, earlier.subList(0, earlier.size() - 1)), secret);
        failure.addSuppressed(e);
        throw failure;
      }
    }
  }

  /** Like {@link #execute}, as a future; cancelling it cancels the HTTP call in flight. */
  public <T> CompletableFuture<T> executeAsync(Request request, @Nullable JsonAdapter<T> adapter, RequestOptions perCall) {
    CompletableFuture<T> result = new CompletableFuture<>();
    int retries = options.with(perCall).maxRetries();
    AtomicReference<okhttp3.@Nullable Call> inFlight = new AtomicReference<>();
    result.whenComplete(
        (value, failure) -> {
          okhttp3.Call current = inFlight.get();
          if (result.isCancelled() && current != null) {
            current.cancel();
          }
        });
    attemptAsync(request, adapter, perCall, retries, new ArrayList<>(), inFlight, result);
    return result;
  }

  /**
   * The one retry decision, for sync and async calls alike: after {@code attempt}, return its
   * value, throw its exception (naming the {@code earlier} attempts), or wait and try again, in
   * which case {@code attempt} joins {@code earlier}.
   */
  private <T> Step<T> next(Attempt<T> attempt, List<Attempt<T>> earlier, int retries) {
    if (attempt.succeeded()) {
      return new Step<>(attempt.value(), null);
    }
    if (earlier.size() >= retries || !attempt.retryable()) {
      throw attempt.toException(note(attempt, earlier), secret);
    }
    int retry = earlier.size() + 1;
    Duration delay = policy.delayBefore(retry, attempt.retryAfter());
    RetryLog.LOG.log(Level.DEBUG, () -> vendor + " call ended in " + attempt.describe() + "; retry " + retry + " of "
        + retries + " in " + delay.toMillis() + " ms");
    earlier.add(attempt);
    return new Step<>(null, delay);
  }

  /** Either the value of a finished call ({@code delay} null) or the wait before the next attempt. */
  private record Step<T>(@Nullable T value, @Nullable Duration delay) {}

  /**
   * Like {@link #execute}, for an operation whose 2xx body carries a success flag (the spec's
   * {@code x-telewire-success-flag}, named {@code field}): a body whose flag is {@code false}
   * throws {@link UnsuccessfulResponseException} instead of being returned.
   */
  public <T> T execute(Request request, JsonAdapter<T> adapter, RequestOptions options, Function<T, Boolean> flag, String field) {
    return requireSuccess(execute(request, adapter, options), flag, field);
  }

  /**
   * Like {@link #executeAsync}, with the success flag of {@link #execute(Request, JsonAdapter, RequestOptions, Function, String)}.
   * Failures arrive unwrapped, as from the plain variant, and cancelling still cancels the call.
   */
  public <T> CompletableFuture<T> executeAsync(
      Request request, JsonAdapter<T> adapter, RequestOptions options, Function<T, Boolean> flag, String field) {
    CompletableFuture<T> sent = executeAsync(request, adapter, options);
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
      throw SdkExceptions.create().unsuccessful(
          vendor + " answered with a success status but " + field + "=false: " + secret.redact(body.toString()), body);
    }
    return body;
  }

  private <T> void attemptAsync(
      Request request,
      @Nullable JsonAdapter<T> adapter,
      RequestOptions perCall,
      int retries,
      List<Attempt<T>> earlier,
      AtomicReference<okhttp3.@Nullable Call> inFlight,
      CompletableFuture<T> result) {
    if (result.isDone()) {
      return;
    }
    okhttp3.Call raw = http.newCall(request);
    InFlight.Entry entry = track(raw, perCall, false);
    inFlight.set(raw);
    raw.enqueue(
        new Callback() {
          @Override
          public void onFailure(okhttp3.Call c, IOException e) {
            InFlight.leave(entry);
            Attempt<T> attempt;
            try {
              attempt = failed(entry.timedOut(e), c.isCanceled(), request, adapter, entry);
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
              attempt = reader.read(response, adapter, entry);
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
              return;
            } finally {
              InFlight.leave(entry);
            }
            handle(attempt);
          }

          private void handle(Attempt<T> attempt) {
            try {
              Step<T> step = next(attempt, earlier, retries);
              if (step.delay == null) {
                result.complete(step.value());
              } else {
                options.sleeper().delay(step.delay).whenComplete(
                    (ignored, failure) -> attemptAsync(request, adapter, perCall, retries, earlier, inFlight, result));
              }
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          }
        });
  }

  private <T> Attempt<T> once(Request request, @Nullable JsonAdapter<T> adapter, RequestOptions perCall) {
    okhttp3.Call raw = http.newCall(request);
    InFlight.Entry entry = track(raw, perCall, true);
    Response response;
    try {
      response = raw.execute();
    } catch (IOException e) {
      InFlight.leave(entry);
      return failed(entry.timedOut(e), raw.isCanceled(), request, adapter, entry);
    }
    try {
      return reader.read(response, adapter, entry);
    } finally {
      InFlight.leave(entry);
    }
  }

  /**
   * The outcome of a call that threw: a transport failure, unless a response had arrived: a
   * redirect to another origin that was refused, or one whose body failed (read by a logging
   * interceptor). Those two are never retried as transport failures, nor is a cancelled call.
   */
  private <T> Attempt<T> failed(
      IOException e, boolean cancelled, Request request, @Nullable JsonAdapter<T> adapter, InFlight.Entry attempt) {
    RedirectRefusedException redirect = RedirectRefusedException.in(e);
    if (redirect != null) {
      return reader.refusedRedirect(redirect);
    }
    if (attempt.isBodyFailure(e) && attempt.receivedHeaders != null) {
      return reader.unreadBody(attempt.receivedCode, attempt.receivedHeaders, e, adapter, request.url().host());
    }
    return cancelled ? Attempt.cancelled(e, request.url().host()) : Attempt.transport(e, request.url().host());
  }

  /**
   * Registers {@code raw} in flight, for its response to be tracked and its whole-attempt timeout
   * (per call, else the client's) to be enforced: by the shared sweeper, with OkHttp's own call
   * timeout cleared, or by OkHttp when it is short or no sweeper can run. {@code started} is false
   * for an attempt that waits for OkHttp's dispatcher, whose deadline starts when it runs.
   */
  private InFlight.Entry track(okhttp3.Call raw, RequestOptions perCall, boolean started) {
    Duration timeout = perCall.timeout().orElse(callTimeout);
    if (timeout != null && InFlight.swept(timeout)) {
      InFlight.Entry entry = InFlight.enter(raw, timeout, started);
      if (entry != null) {
        raw.timeout().clearTimeout();
        return entry;
      }
    }
    perCall.timeout().ifPresent(t -> raw.timeout().timeout(InFlight.millis(t), TimeUnit.MILLISECONDS));
    return InFlight.enter(raw);
  }

  /** Explains earlier attempts in the final exception, and warns when a 404 may be their doing. */
  private @Nullable String note(Attempt<?> last, List<? extends Attempt<?>> earlier) {
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
