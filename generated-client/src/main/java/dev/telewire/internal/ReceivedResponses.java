package dev.telewire.internal;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * The innermost network interceptor: it marks every response body so that a failure to read it
 * is a {@link BodyReadException}, wherever the read happens (a logging interceptor at
 * {@code BODY}, one of the caller's own interceptors, application or network, or the SDK's reader).
 */
final class ReceivedResponses implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    return response.newBuilder().body(new MarkedBody(response.code(), response.headers(), body)).build();
  }

  /** A body whose read failures say which response they belong to. */
  private static final class MarkedBody extends ResponseBody {
    private final int code;
    private final Headers headers;
    private final ResponseBody delegate;
    private BufferedSource source;

    MarkedBody(int code, Headers headers, ResponseBody delegate) {
      this.code = code;
      this.headers = headers;
      this.delegate = delegate;
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      if (source == null) {
        source = Okio.buffer(new ForwardingSource(delegate.source()) {
          @Override
          public long read(Buffer sink, long byteCount) throws IOException {
            try {
              return super.read(sink, byteCount);
            } catch (BodyReadException e) {
              throw e;
            } catch (IOException e) {
              throw new BodyReadException(code, headers, e);
            }
          }
        });
      }
      return source;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
