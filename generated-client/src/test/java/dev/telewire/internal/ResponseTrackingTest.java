package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.Call;
import okhttp3.CipherSuite;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;
import okhttp3.TlsVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDK's event listener records what it needs about an attempt in flight and passes every
 * OkHttp event, with its arguments, to the caller's own listener.
 *
 * <p>Equivalent mutant: over() line 40, the {@code listener == EventListener.NONE} test negated
 * for a caller without a listener: a tracker forwarding to {@code NONE} drops the events as the
 * shared one does (only the allocation differs, checked by {@link #withoutTheirListenerOneTrackerServesEveryCall}
 * for the other direction).
 */
class ResponseTrackingTest {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final Request REQUEST = new Request.Builder().url("http://127.0.0.1:1/numbers").build();
  private static final Call CALL = HTTP.newCall(REQUEST);
  private static final HttpUrl URL = REQUEST.url();
  private static final InetSocketAddress ADDRESS = InetSocketAddress.createUnresolved("127.0.0.1", 1);
  private static final List<Proxy> PROXIES = List.of(Proxy.NO_PROXY);
  private static final List<InetAddress> ADDRESSES = List.of(InetAddress.getLoopbackAddress());
  private static final IOException FAILURE = new IOException("connection reset");
  private static final Response RESPONSE = new Response.Builder()
      .request(REQUEST).protocol(Protocol.HTTP_1_1).code(503).message("Service Unavailable").build();
  private static final Handshake HANDSHAKE =
      Handshake.get(TlsVersion.TLS_1_3, CipherSuite.TLS_AES_128_GCM_SHA256, List.of(), List.of());
  private static final Connection CONNECTION = new Connection() {
    @Override
    public Route route() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket socket() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Handshake handshake() {
      return null;
    }

    @Override
    public Protocol protocol() {
      return Protocol.HTTP_1_1;
    }
  };

  /** One OkHttp event: how to fire it, and the arguments a listener should see. */
  record Event(String name, Consumer<EventListener> fire, List<Object> arguments) {
    static Event of(String name, Consumer<EventListener> fire, Object... arguments) {
      return new Event(name, fire, Arrays.asList(arguments));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Event> events() {
    return Stream.of(
        Event.of("callStart", l -> l.callStart(CALL), CALL),
        Event.of("proxySelectStart", l -> l.proxySelectStart(CALL, URL), CALL, URL),
        Event.of("proxySelectEnd", l -> l.proxySelectEnd(CALL, URL, PROXIES), CALL, URL, PROXIES),
        Event.of("dnsStart", l -> l.dnsStart(CALL, "127.0.0.1"), CALL, "127.0.0.1"),
        Event.of("dnsEnd", l -> l.dnsEnd(CALL, "127.0.0.1", ADDRESSES), CALL, "127.0.0.1", ADDRESSES),
        Event.of("connectStart", l -> l.connectStart(CALL, ADDRESS, Proxy.NO_PROXY), CALL, ADDRESS, Proxy.NO_PROXY),
        Event.of("secureConnectStart", l -> l.secureConnectStart(CALL), CALL),
        Event.of("secureConnectEnd", l -> l.secureConnectEnd(CALL, HANDSHAKE), CALL, HANDSHAKE),
        Event.of("connectEnd", l -> l.connectEnd(CALL, ADDRESS, Proxy.NO_PROXY, Protocol.HTTP_1_1),
            CALL, ADDRESS, Proxy.NO_PROXY, Protocol.HTTP_1_1),
        Event.of("connectFailed", l -> l.connectFailed(CALL, ADDRESS, Proxy.NO_PROXY, null, FAILURE),
            CALL, ADDRESS, Proxy.NO_PROXY, null, FAILURE),
        Event.of("connectionAcquired", l -> l.connectionAcquired(CALL, CONNECTION), CALL, CONNECTION),
        Event.of("connectionReleased", l -> l.connectionReleased(CALL, CONNECTION), CALL, CONNECTION),
        Event.of("requestHeadersStart", l -> l.requestHeadersStart(CALL), CALL),
        Event.of("requestHeadersEnd", l -> l.requestHeadersEnd(CALL, REQUEST), CALL, REQUEST),
        Event.of("requestBodyStart", l -> l.requestBodyStart(CALL), CALL),
        Event.of("requestBodyEnd", l -> l.requestBodyEnd(CALL, 42), CALL, 42L),
        Event.of("requestFailed", l -> l.requestFailed(CALL, FAILURE), CALL, FAILURE),
        Event.of("responseHeadersStart", l -> l.responseHeadersStart(CALL), CALL),
        Event.of("responseHeadersEnd", l -> l.responseHeadersEnd(CALL, RESPONSE), CALL, RESPONSE),
        Event.of("responseBodyStart", l -> l.responseBodyStart(CALL), CALL),
        Event.of("responseBodyEnd", l -> l.responseBodyEnd(CALL, 7), CALL, 7L),
        Event.of("responseFailed", l -> l.responseFailed(CALL, FAILURE), CALL, FAILURE),
        Event.of("callEnd", l -> l.callEnd(CALL), CALL),
        Event.of("callFailed", l -> l.callFailed(CALL, FAILURE), CALL, FAILURE),
        Event.of("canceled", l -> l.canceled(CALL), CALL),
        Event.of("satisfactionFailure", l -> l.satisfactionFailure(CALL, RESPONSE), CALL, RESPONSE),
        Event.of("cacheHit", l -> l.cacheHit(CALL, RESPONSE), CALL, RESPONSE),
        Event.of("cacheMiss", l -> l.cacheMiss(CALL), CALL),
        Event.of("cacheConditionalHit", l -> l.cacheConditionalHit(CALL, RESPONSE), CALL, RESPONSE));
  }

  @ParameterizedTest
  @MethodSource("events")
  void everyEventReachesTheCallersListenerWithItsArguments(Event event) {
    Recorder theirs = new Recorder();
    EventListener tracking = ResponseTracking.over(call -> theirs).create(CALL);

    event.fire().accept(tracking);

    assertThat(theirs.events).containsExactly(new Recorded(event.name(), event.arguments()));
  }

  @ParameterizedTest
  @MethodSource("events")
  void withoutTheirListenerEveryEventIsDropped(Event event) {
    EventListener tracking = ResponseTracking.over(call -> EventListener.NONE).create(CALL);

    assertThatCode(() -> event.fire().accept(tracking)).doesNotThrowAnyException();
  }

  @Test
  void withoutTheirListenerOneTrackerServesEveryCall() {
    EventListener.Factory factory = ResponseTracking.over(call -> EventListener.NONE);

    assertThat(factory.create(CALL)).isSameAs(factory.create(HTTP.newCall(REQUEST)));
  }

  @Test
  void responseHeadersRecordTheStatusOfAnAttemptInFlight() {
    InFlight.Entry entry = InFlight.enter(CALL);
    try {
      ResponseTracking.over(call -> EventListener.NONE).create(CALL).responseHeadersEnd(CALL, RESPONSE);

      assertThat(entry.receivedCode).isEqualTo(503);
    } finally {
      InFlight.leave(entry);
    }
  }

  @Test
  void failureAfterTheResponseHeadersIsABodyFailure() {
    InFlight.Entry entry = InFlight.enter(CALL);
    try {
      EventListener tracking = ResponseTracking.over(call -> EventListener.NONE).create(CALL);
      tracking.responseHeadersEnd(CALL, RESPONSE);
      tracking.responseFailed(CALL, FAILURE);

      assertThat(entry.isBodyFailure(FAILURE)).isTrue();
    } finally {
      InFlight.leave(entry);
    }
  }

  @Test
  void aNewRequestForgetsTheBodyFailureOfTheLastResponse() {
    InFlight.Entry entry = InFlight.enter(CALL);
    try {
      EventListener tracking = ResponseTracking.over(call -> EventListener.NONE).create(CALL);
      tracking.responseHeadersEnd(CALL, RESPONSE);
      tracking.responseFailed(CALL, FAILURE);
      tracking.requestHeadersStart(CALL); // a follow-up, such as a redirect, on the same call

      assertThat(entry.isBodyFailure(FAILURE)).isFalse();
    } finally {
      InFlight.leave(entry);
    }
  }

  record Recorded(String name, List<Object> arguments) {}

  /** A caller's listener that records every event it receives. */
  static final class Recorder extends EventListener {
    final List<Recorded> events = new ArrayList<>();

    private void record(String name, Object... arguments) {
      events.add(new Recorded(name, Arrays.asList(arguments)));
    }

    @Override
    public void callStart(Call call) {
      record("callStart", call);
    }

    @Override
    public void proxySelectStart(Call call, HttpUrl url) {
      record("proxySelectStart", call, url);
    }

    @Override
    public void proxySelectEnd(Call call, HttpUrl url, List<Proxy> proxies) {
      record("proxySelectEnd", call, url, proxies);
    }

    @Override
    public void dnsStart(Call call, String domainName) {
      record("dnsStart", call, domainName);
    }

    @Override
    public void dnsEnd(Call call, String domainName, List<InetAddress> inetAddressList) {
      record("dnsEnd", call, domainName, inetAddressList);
    }

    @Override
    public void connectStart(Call call, InetSocketAddress inetSocketAddress, Proxy proxy) {
      record("connectStart", call, inetSocketAddress, proxy);
    }

    @Override
    public void secureConnectStart(Call call) {
      record("secureConnectStart", call);
    }

    @Override
    public void secureConnectEnd(Call call, Handshake handshake) {
      record("secureConnectEnd", call, handshake);
    }

    @Override
    public void connectEnd(Call call, InetSocketAddress inetSocketAddress, Proxy proxy, Protocol protocol) {
      record("connectEnd", call, inetSocketAddress, proxy, protocol);
    }

    @Override
    public void connectFailed(Call call, InetSocketAddress inetSocketAddress, Proxy proxy, Protocol protocol,
        IOException ioe) {
      record("connectFailed", call, inetSocketAddress, proxy, protocol, ioe);
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
      record("connectionAcquired", call, connection);
    }

    @Override
    public void connectionReleased(Call call, Connection connection) {
      record("connectionReleased", call, connection);
    }

    @Override
    public void requestHeadersStart(Call call) {
      record("requestHeadersStart", call);
    }

    @Override
    public void requestHeadersEnd(Call call, Request request) {
      record("requestHeadersEnd", call, request);
    }

    @Override
    public void requestBodyStart(Call call) {
      record("requestBodyStart", call);
    }

    @Override
    public void requestBodyEnd(Call call, long byteCount) {
      record("requestBodyEnd", call, byteCount);
    }

    @Override
    public void requestFailed(Call call, IOException ioe) {
      record("requestFailed", call, ioe);
    }

    @Override
    public void responseHeadersStart(Call call) {
      record("responseHeadersStart", call);
    }

    @Override
    public void responseHeadersEnd(Call call, Response response) {
      record("responseHeadersEnd", call, response);
    }

    @Override
    public void responseBodyStart(Call call) {
      record("responseBodyStart", call);
    }

    @Override
    public void responseBodyEnd(Call call, long byteCount) {
      record("responseBodyEnd", call, byteCount);
    }

    @Override
    public void responseFailed(Call call, IOException ioe) {
      record("responseFailed", call, ioe);
    }

    @Override
    public void callEnd(Call call) {
      record("callEnd", call);
    }

    @Override
    public void callFailed(Call call, IOException ioe) {
      record("callFailed", call, ioe);
    }

    @Override
    public void canceled(Call call) {
      record("canceled", call);
    }

    @Override
    public void satisfactionFailure(Call call, Response response) {
      record("satisfactionFailure", call, response);
    }

    @Override
    public void cacheHit(Call call, Response cachedResponse) {
      record("cacheHit", call, cachedResponse);
    }

    @Override
    public void cacheMiss(Call call) {
      record("cacheMiss", call);
    }

    @Override
    public void cacheConditionalHit(Call call, Response cachedResponse) {
      record("cacheConditionalHit", call, cachedResponse);
    }
  }
}
