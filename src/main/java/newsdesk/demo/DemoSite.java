package newsdesk.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local news site on 127.0.0.1 that publishes the {@link DemoCorpus} as the outlet "Wikinews":
 * a home page, one RSS feed per section and one HTML page per article with realistic markup
 * around the article. Feed items and pages name the articles' original en.wikinews.org URLs
 * ({@code guid}, {@code link}, {@code rel=canonical}); the pipeline reaches the pages through a
 * mirror rewrite of {@link DemoCorpus#ORIGIN} to this site.
 */
public final class DemoSite implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, DemoArticle> byPath = new HashMap<>();
  private final DemoPages pages;

  private DemoSite(DemoCorpus corpus, HttpServer server) {
    this.server = server;
    this.pages = new DemoPages(corpus);
    corpus.articles().forEach(a -> byPath.put(a.path(), a));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** Starts the site on 127.0.0.1 at {@code port} (0 picks a free port). */
  public static DemoSite start(DemoCorpus corpus, int port) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
      DemoSite site = new DemoSite(corpus, server);
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo site on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
  }

  /** The site's base URL, e.g. {@code http://127.0.0.1:43123/}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** The URL of a section feed. */
  public URI feedUrl(String slug) {
    return baseUrl().resolve("feeds/" + slug + ".xml");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed");
      } else if (path.equals("/")) {
        send(exchange, 200, "text/html; charset=utf-8", pages.home(baseUrl()));
      } else if (path.startsWith("/feeds/") && path.endsWith(".xml")) {
        String slug = path.substring("/feeds/".length(), path.length() - ".xml".length());
        String rss = pages.feed(slug, baseUrl());
        if (rss == null) send(exchange, 404, "text/plain; charset=utf-8", "no such feed");
        else send(exchange, 200, "application/rss+xml; charset=utf-8", rss);
      } else if (byPath.containsKey(path)) {
        send(exchange, 200, "text/html; charset=utf-8", pages.article(byPath.get(path)));
      } else {
        send(exchange, 404, "text/html; charset=utf-8", pages.notFound());
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
  }
}
