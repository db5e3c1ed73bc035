package dev.telewire.internal;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * Retrofit's call factory: it gives Retrofit a call that makes the OkHttp call only when it is
 * sent (or its timeout is asked for). {@link Caller} takes just the request from Retrofit and
 * sends it itself, so an OkHttp call made up front would be made for nothing on every call.
 */
final class UnsentCalls implements Call.Factory {
  private final Call.Factory http;

  UnsentCalls(Call.Factory http) {
    this.http = http;
  }

  @Override
  public Call newCall(Request request) {
    return new Unsent(http, request);
  }

  /** A request and, once it is needed, the OkHttp call that sends it. */
  private static final class Unsent implements Call {
    private final Call.Factory http;
    private final Request request;
    private Call sent;
    private boolean canceled;

    Unsent(Call.Factory http, Request request) {
      this.http = http;
      this.request = request;
    }

    private synchronized Call sent() {
      if (sent == null) {
        sent = http.newCall(request);
        if (canceled) {
          sent.cancel();
        }
      }
      return sent;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response execute() throws IOException {
      return sent().execute();
    }

    @Override
    public void enqueue(Callback responseCallback) {
      sent().enqueue(responseCallback);
    }

    @Override
    public void cancel() {
      Call call;
      synchronized (this) {
        canceled = true;
        call = sent;
      }
      if (call != null) {
        call.cancel();
      }
    }

    @Override
    public synchronized boolean isExecuted() {
      return sent != null && sent.isExecuted();
    }

    @Override
    public boolean isCanceled() {
      Call call;
      synchronized (this) {
        if (sent == null) {
          return canceled;
        }
        call = sent;
      }
      return call.isCanceled();
    }

    @Override
    public Timeout timeout() {
      return sent().timeout();
    }

    @Override
    public Call clone() {
      return new Unsent(http, request);
    }
  }
}
