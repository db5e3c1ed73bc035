package dev.telewire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server that answers every request with the same bytes (a head and part of a
 * body) and then says nothing more until it is closed: a vendor whose body stalls.
 *
 * <p>MockWebServer's throttled bodies sleep between chunks, and its shutdown waits out the sleep;
 * here a stalled connection is only a blocked read, so closing ends it at once and a test lasts as
 * long as the timeout it checks.
 */
final class StallingServer implements AutoCloseable {
  private final ServerSocket listener;
  private final byte[] answer;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private StallingServer(byte[] answer) throws IOException {
    this.answer = answer;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::accept, "stalling-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A server whose answer is a 200 JSON head announcing all of {@code body}, then only its first {@code sent} bytes. */
  static StallingServer partOf(String body, int sent) throws IOException {
    byte[] full = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + full.length + "\r\n\r\n";
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    answer.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    answer.write(full, 0, sent);
    return new StallingServer(answer.toByteArray());
  }

  /** The base URL clients are built with. */
  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/";
  }

  /** How many requests arrived in full. */
  int requestCount() {
    return requests.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        connections.add(socket);
        Thread connection = new Thread(() -> serve(socket), "stalling-connection");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      readRequest(in);
      requests.incrementAndGet();
      OutputStream out = socket.getOutputStream();
      out.write(answer);
      out.flush();
      while (in.read() != -1) {
        // Stalled: whatever the client sends is ignored until it or close() ends the connection.
      }
    } catch (IOException ended) {
      // The client gave up or the server was closed: both end the stall.
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!endsWithBlankLine(head)) {
      int b = in.read();
      if (b == -1) {
        throw new IOException("connection closed before the request head ended");
      }
      head.write(b);
    }
    long length = contentLength(head.toString(StandardCharsets.US_ASCII));
    for (long i = 0; i < length; i++) {
      if (in.read() == -1) {
        throw new IOException("connection closed before the request body ended");
      }
    }
  }

  private static boolean endsWithBlankLine(ByteArrayOutputStream head) {
    byte[] bytes = head.toByteArray();
    int n = bytes.length;
    return n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n';
  }

  private static long contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Long.parseLong(line.substring("content-length:".length()).trim());
      }
    }
    return 0;
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : connections) {
      socket.close();
    }
  }
}
