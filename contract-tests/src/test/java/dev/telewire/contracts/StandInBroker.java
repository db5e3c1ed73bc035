package dev.telewire.contracts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a Pact Broker on loopback: its index offers the {@code pb:publish-contracts}
 * relation, and it records every request to {@code POST /contracts/publish}.
 */
final class StandInBroker implements AutoCloseable {
  /** One publish request as received. */
  record Publication(String authorization, String body) {}

  private final HttpServer server;
  private final List<Publication> publications = new CopyOnWriteArrayList<>();

  StandInBroker() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Publication> publications() {
    return List.copyOf(publications);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    if (method.equals("GET") && path.equals("/")) {
      respond(exchange, 200, "{\"_links\":{\"pb:publish-contracts\":{\"href\":\"" + url() + "/contracts/publish\"}}}");
    } else if (method.equals("POST") && path.equals("/contracts/publish")) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      publications.add(new Publication(exchange.getRequestHeaders().getFirst("Authorization"), body));
      respond(exchange, 200, "{\"notices\":[{\"level\":\"info\",\"text\":\"stand-in broker: recorded\"}],\"_embedded\":{}}");
    } else {
      respond(exchange, 404, "{\"error\":\"the stand-in broker has no " + method + " " + path + "\"}");
    }
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/hal+json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
