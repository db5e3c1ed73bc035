package dev.telewire.internal;

import java.io.IOException;
import java.util.function.UnaryOperator;
import okhttp3.Request;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A Retrofit call whose request gets the per-call extras (headers, query parameters, idempotency
 * key, capture tag) when first built; {@link Caller} sends that one request on every attempt.
 */
final class DecoratedCall<R> implements Call<R> {
  private final Call<R> delegate;
  private final UnaryOperator<Request> decoration;
  private Request request;

  DecoratedCall(Call<R> delegate, UnaryOperator<Request> decoration) {
    this.delegate = delegate;
    this.decoration = decoration;
  }

  @Override
  public synchronized Request request() {
    if (request == null) {
      request = decoration.apply(delegate.request());
    }
    return request;
  }

  @Override
  public Response<R> execute() throws IOException {
    return delegate.execute();
  }

  @Override
  public void enqueue(Callback<R> callback) {
    delegate.enqueue(callback);
  }

  @Override
  public boolean isExecuted() {
    return delegate.isExecuted();
  }

  @Override
  public void cancel() {
    delegate.cancel();
  }

  @Override
  public boolean isCanceled() {
    return delegate.isCanceled();
  }

  @Override
  public Call<R> clone() {
    return new DecoratedCall<>(delegate.clone(), decoration);
  }

  @Override
  public Timeout timeout() {
    return delegate.timeout();
  }
}
