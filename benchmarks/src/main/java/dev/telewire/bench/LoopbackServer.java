package dev.telewire.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deliberately cheap HTTP/1.1 keep-alive server on 127.0.0.1: one blocking thread per connection,
 * no allocation per request beyond the socket's own, and the vendors' documented 200 responses
 * pre-encoded as bytes. It checks just enough (path and credential) that a client that sends the
 * wrong request gets a 404 or 401 instead of a benchmark score.
 */
final class LoopbackServer implements Closeable {
  private static final byte[] TRUEDY_PATH = ascii(Fixtures.TRUEDY_BASE_PATH + "telephony/numbers/unassign");
  private static final byte[] VIDA_PATH = ascii(Fixtures.VIDA_BASE_PATH + "api/v2/phoneNumber/return");
  private static final byte[] SINK_PATH = ascii("GET " + Fixtures.SINK_BASE_PATH + "calls/" + Fixtures.SINK_CALL_ID + " ");
  private static final byte[] BEARER = ascii("authorization: bearer " + Fixtures.TRUEDY_KEY + "\r");
  private static final byte[] TOKEN = ascii("token=" + Fixtures.VIDA_TOKEN);
  private static final byte[] CONTENT_LENGTH = ascii("content-length:");

  private static final byte[] TRUEDY_200 = response("200 OK", Fixtures.TRUEDY_200);
  private static final byte[] SINK_CALL_200 = response("200 OK", Fixtures.SINK_CALL_200);
  private static final byte[] VIDA_200 = response("200 OK", Fixtures.VIDA_200);
  private static final byte[] UNAUTHORIZED = response("401 Unauthorized", "{\"error\":{\"code\":\"unauthorized\",\"message\":\"missing credential\"}}");
  private static final byte[] NOT_FOUND = response("404 Not Found", "{\"error\":{\"code\":\"not_found\",\"message\":\"no such path\"}}");

  private final ServerSocket serverSocket;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

  private LoopbackServer(ServerSocket serverSocket) {
    this.serverSocket = serverSocket;
  }

  /** Binds an ephemeral port on 127.0.0.1 and starts accepting. */
  static LoopbackServer start() throws IOException {
    ServerSocket socket = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
    LoopbackServer server = new LoopbackServer(socket);
    Thread acceptor = new Thread(server::acceptLoop, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  /** Truedy's base URL on this server. */
  String truedyBaseUrl() {
    return origin() + Fixtures.TRUEDY_BASE_PATH;
  }

  /** Vida's base URL on this server. */
  String vidaBaseUrl() {
    return origin() + Fixtures.VIDA_BASE_PATH;
  }

  /** The sinklarge and sinkone base URL on this server. */
  String sinkBaseUrl() {
    return origin() + Fixtures.SINK_BASE_PATH;
  }

  /** The server's origin, {@code http://127.0.0.1:<port>}. */
  String origin() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
    for (Socket socket : connections) {
      socket.close();
    }
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try {
        Socket socket = serverSocket.accept();
        connections.add(socket);
        Thread worker = new Thread(() -> serve(socket), "loopback-conn");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      byte[] buf = new byte[16 * 1024];
      int limit = 0;
      while (true) {
        int headEnd;
        while ((headEnd = indexOfHeadEnd(buf, limit)) < 0) {
          if (limit == buf.length) {
            return; // head too large for this server: drop the connection
          }
          int n = in.read(buf, limit, buf.length - limit);
          if (n < 0) {
            return;
          }
          limit += n;
        }
        int bodyLength = contentLength(buf, headEnd);
        int requestEnd = headEnd + 4 + bodyLength;
        while (limit < requestEnd) { // the body is not needed, but it must be consumed
          if (requestEnd > buf.length) {
            return;
          }
          int n = in.read(buf, limit, buf.length - limit);
          if (n < 0) {
            return;
          }
          limit += n;
        }
        out.write(answer(buf, headEnd));
        System.arraycopy(buf, requestEnd, buf, 0, limit - requestEnd);
        limit -= requestEnd;
      }
    } catch (SocketException e) {
      // the client or close() hung up
    } catch (IOException e) {
      // nothing to report to: the client sees the connection drop
    } finally {
      connections.remove(socket);
    }
  }

  private static byte[] answer(byte[] head, int headEnd) {
    int lineEnd = indexOf(head, 0, headEnd, (byte) '\r');
    if (startsWithAt(head, TRUEDY_PATH, indexOf(head, 0, lineEnd, (byte) ' ') + 1)) {
      return containsIgnoreCase(head, lineEnd, headEnd + 2, BEARER) ? TRUEDY_200 : UNAUTHORIZED;
    }
    if (startsWithAt(head, VIDA_PATH, indexOf(head, 0, lineEnd, (byte) ' ') + 1)) {
      return containsIgnoreCase(head, 0, lineEnd, TOKEN) ? VIDA_200 : UNAUTHORIZED;
    }
    if (startsWithAt(head, SINK_PATH, 0)) {
      return containsIgnoreCase(head, lineEnd, headEnd + 2, BEARER) ? SINK_CALL_200 : UNAUTHORIZED;
    }
    return NOT_FOUND;
  }

  private static int contentLength(byte[] head, int headEnd) {
    int at = indexOfIgnoreCase(head, 0, headEnd, CONTENT_LENGTH);
    if (at < 0) {
      return 0;
    }
    int length = 0;
    for (int i = at + CONTENT_LENGTH.length; i < headEnd; i++) {
      byte b = head[i];
      if (b >= '0' && b <= '9') {
        length = length * 10 + (b - '0');
      } else if (b != ' ') {
        break;
      }
    }
    return length;
  }

  private static int indexOfHeadEnd(byte[] buf, int limit) {
    for (int i = 0; i + 3 < limit; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] buf, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return to;
  }

  private static boolean startsWithAt(byte[] buf, byte[] prefix, int at) {
    if (at + prefix.length > buf.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buf[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsIgnoreCase(byte[] buf, int from, int to, byte[] needle) {
    return indexOfIgnoreCase(buf, from, to, needle) >= 0;
  }

  /** Finds {@code needle} (whose letters the caller gives in lower case where case must not matter). */
  private static int indexOfIgnoreCase(byte[] buf, int from, int to, byte[] needle) {
    outer:
    for (int i = from; i + needle.length <= to; i++) {
      for (int j = 0; j < needle.length; j++) {
        byte b = buf[i + j];
        byte n = needle[j];
        if (b != n && lower(b) != n) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte lower(byte b) {
    return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
  }

  private static byte[] response(String status, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ascii("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n");
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
