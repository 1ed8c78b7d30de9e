package newsdesk.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 for fetcher tests: routes by path, records every request. */
public final class LocalServer implements AutoCloseable {
  /** Answers one request. */
  public interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  public LocalServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
    server.start();
  }

  public LocalServer route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** Paths requested so far, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  public long count(String path) {
    return requests.stream().filter(path::equals).count();
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      requests.add(path);
      Route route = routes.get(path);
      if (route == null) send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      else route.handle(exchange);
    }
  }

  /**
   * An http URL on 127.0.0.1 at a port nothing listens on (bound, then released), so that a
   * request to it is refused at once.
   */
  public static URI closedPortUrl(String path) {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean empty = body.length == 0 || status == 304;
    exchange.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) exchange.getResponseBody().write(body);
  }

  public static Route text(int status, String contentType, String body) {
    return ex -> send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static Route redirect(int status, String location) {
    return ex -> {
      ex.getResponseHeaders().set("Location", location);
      send(ex, status, null, new byte[0]);
    };
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
