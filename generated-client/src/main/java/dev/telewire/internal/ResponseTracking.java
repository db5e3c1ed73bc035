package dev.telewire.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Records, for the SDK's attempts in flight ({@link InFlight}), that a response arrived and that
 * reading its body then failed, wherever the read happened (a logging interceptor at
 * {@code BODY}, one of the caller's own interceptors, or the SDK's reader), so that such a failure
 * is never taken for a request that did not get through. Every event also goes to the caller's
 * own {@link EventListener}, if the client has one.
 *
 * <p>Unlike wrapping every response body, it allocates nothing per call unless the caller has a
 * listener of their own.
 */
final class ResponseTracking extends EventListener {
  private final @Nullable EventListener delegate;

  private ResponseTracking(@Nullable EventListener delegate) {
    this.delegate = delegate;
  }

  /** The factory for a client whose own listeners come from {@code theirs}. */
  static EventListener.Factory over(EventListener.Factory theirs) {
    ResponseTracking shared = new ResponseTracking(null);
    return call -> {
      EventListener listener = theirs.create(call);
      return listener == EventListener.NONE ? shared : new ResponseTracking(listener);
    };
  }

  @Override
  public void callStart(Call call) {
    if (delegate != null) {
      delegate.callStart(call);
    }
  }

  @Override
  public void proxySelectStart(Call call, HttpUrl url) {
    if (delegate != null) {
      delegate.proxySelectStart(call, url);
    }
  }

  @Override
  public void proxySelectEnd(Call call, HttpUrl url, List<Proxy> proxies) {
    if (delegate != null) {
      delegate.proxySelectEnd(call, url, proxies);
    }
  }

  @Override
  public void dnsStart(Call call, String domainName) {
    if (delegate != null) {
      delegate.dnsStart(call, domainName);
    }
  }

  @Override
  public void dnsEnd(Call call, String domainName, List<InetAddress> inetAddressList) {
    if (delegate != null) {
      delegate.dnsEnd(call, domainName, inetAddressList);
    }
  }

  @Override
  public void connectStart(Call call, InetSocketAddress inetSocketAddress, Proxy proxy) {
    if (delegate != null) {
      delegate.connectStart(call, inetSocketAddress, proxy);
    }
  }

  @Override
  public void secureConnectStart(Call call) {
    if (delegate != null) {
      delegate.secureConnectStart(call);
    }
  }

  @Override
  public void secureConnectEnd(Call call, @Nullable Handshake handshake) {
    if (delegate != null) {
      delegate.secureConnectEnd(call, handshake);
    }
  }

  @Override
  public void connectEnd(Call call, InetSocketAddress inetSocketAddress, Proxy proxy, @Nullable Protocol protocol) {
    if (delegate != null) {
      delegate.connectEnd(call, inetSocketAddress, proxy, protocol);
    }
  }

  @Override
  public void connectFailed(Call call, InetSocketAddress inetSocketAddress, Proxy proxy, @Nullable Protocol protocol, IOException ioe) {
    if (delegate != null) {
      delegate.connectFailed(call, inetSocketAddress, proxy, protocol, ioe);
    }
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    if (delegate != null) {
      delegate.connectionAcquired(call, connection);
    }
  }

  @Override
  public void connectionReleased(Call call, Connection connection) {
    if (delegate != null) {
      delegate.connectionReleased(call, connection);
    }
  }

  @Override
  public void requestHeadersStart(Call call) {
    InFlight.Entry entry = InFlight.of(call);
    if (entry != null) {
      entry.requestStarted();
    }
    if (delegate != null) {
      delegate.requestHeadersStart(call);
    }
  }

  @Override
  public void requestHeadersEnd(Call call, Request request) {
    if (delegate != null) {
      delegate.requestHeadersEnd(call, request);
    }
  }

  @Override
  public void requestBodyStart(Call call) {
    if (delegate != null) {
      delegate.requestBodyStart(call);
    }
  }

  @Override
  public void requestBodyEnd(Call call, long byteCount) {
    if (delegate != null) {
      delegate.requestBodyEnd(call, byteCount);
    }
  }

  @Override
  public void requestFailed(Call call, IOException ioe) {
    if (delegate != null) {
      delegate.requestFailed(call, ioe);
    }
  }

  @Override
  public void responseHeadersStart(Call call) {
    if (delegate != null) {
      delegate.responseHeadersStart(call);
    }
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    InFlight.Entry entry = InFlight.of(call);
    if (entry != null) {
      entry.responseReceived(response.code(), response.headers());
    }
    if (delegate != null) {
      delegate.responseHeadersEnd(call, response);
    }
  }

  @Override
  public void responseBodyStart(Call call) {
    if (delegate != null) {
      delegate.responseBodyStart(call);
    }
  }

  @Override
  public void responseBodyEnd(Call call, long byteCount) {
    if (delegate != null) {
      delegate.responseBodyEnd(call, byteCount);
    }
  }

  @Override
  public void responseFailed(Call call, IOException ioe) {
    InFlight.Entry entry = InFlight.of(call);
    if (entry != null) {
      entry.responseFailed(ioe);
    }
    if (delegate != null) {
      delegate.responseFailed(call, ioe);
    }
  }

  @Override
  public void callEnd(Call call) {
    if (delegate != null) {
      delegate.callEnd(call);
    }
  }

  @Override
  public void callFailed(Call call, IOException ioe) {
    if (delegate != null) {
      delegate.callFailed(call, ioe);
    }
  }

  @Override
  public void canceled(Call call) {
    if (delegate != null) {
      delegate.canceled(call);
    }
  }

  @Override
  public void satisfactionFailure(Call call, Response response) {
    if (delegate != null) {
      delegate.satisfactionFailure(call, response);
    }
  }

  @Override
  public void cacheHit(Call call, Response cachedResponse) {
    if (delegate != null) {
      delegate.cacheHit(call, cachedResponse);
    }
  }

  @Override
  public void cacheMiss(Call call) {
    if (delegate != null) {
      delegate.cacheMiss(call);
    }
  }

  @Override
  public void cacheConditionalHit(Call call, Response cachedResponse) {
    if (delegate != null) {
      delegate.cacheConditionalHit(call, cachedResponse);
    }
  }
}
