package newsdesk.sources.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many small news sites on loopback for the polling benchmark: one HTTP server per host address
 * (127.0.1.1, 127.0.1.2, ...; all of 127/8 is loopback on Linux), each serving RSS feeds with
 * ETags (answering 304 to a matching If-None-Match). Each host counts the requests it is serving
 * at once, so the benchmark can check that the fetcher's per-host limit was never exceeded; its
 * handlers run on virtual threads, so the server itself never caps the concurrency it observes.
 */
public final class BenchFeedSite implements AutoCloseable {
  private final List<Host> hosts = new ArrayList<>();
  private final List<URI> feeds = new ArrayList<>();
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final int items;
  private final Duration latency;
  private final Instant newest = Instant.parse("2026-11-29T12:00:00Z");

  private final class Host {
    final HttpServer server;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    long lastStart;
    long minGap = Long.MAX_VALUE;

    Host(InetAddress address) throws IOException {
      server = HttpServer.create(new InetSocketAddress(address, 0), 256);
      server.setExecutor(executor);
      server.createContext("/", this::handle);
      server.start();
    }

    private void handle(HttpExchange ex) throws IOException {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      synchronized (this) {
        long start = System.nanoTime();
        if (lastStart != 0) minGap = Math.min(minGap, start - lastStart);
        lastStart = start;
      }
      try (ex) {
        if (!latency.isZero()) Thread.sleep(latency);
        String path = ex.getRequestURI().getPath();
        String etag = "\"" + path.hashCode() + "\"";
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
          return;
        }
        if (!path.startsWith("/feeds/")) {
          ex.sendResponseHeaders(404, -1);
          return;
        }
        byte[] body = rss(ex.getLocalAddress().getAddress().getHostAddress(), path).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
        ex.getResponseHeaders().set("ETag", etag);
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  /** Starts {@code hostCount} hosts serving {@code feedCount} feeds between them, round robin. */
  public BenchFeedSite(int hostCount, int feedCount, int items, Duration latency) {
    if (hostCount < 1 || hostCount > 250) throw new IllegalArgumentException("hostCount must be 1..250, got " + hostCount);
    this.items = items;
    this.latency = latency;
    try {
      for (int h = 0; h < hostCount; h++) {
        hosts.add(new Host(InetAddress.getByAddress(new byte[] {127, 0, 1, (byte) (h + 1)})));
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot start the benchmark sites on 127.0.1.x: " + e.getMessage(), e);
    }
    for (int f = 0; f < feedCount; f++) {
      Host host = hosts.get(f % hostCount);
      InetSocketAddress a = host.server.getAddress();
      feeds.add(URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/feeds/" + f + ".xml"));
    }
  }

  public List<URI> feeds() {
    return List.copyOf(feeds);
  }

  public int hostCount() {
    return hosts.size();
  }

  /** Forgets the concurrency seen so far (after a warm-up that does not keep the limits). */
  public void resetCounters() {
    for (Host h : hosts) {
      synchronized (h) {
        h.maxInFlight.set(0);
        h.lastStart = 0;
        h.minGap = Long.MAX_VALUE;
      }
    }
  }

  /** The shortest time between the arrivals of two requests at one host since the last reset. */
  public Duration minGapPerHost() {
    long min = Long.MAX_VALUE;
    for (Host h : hosts) {
      synchronized (h) {
        min = Math.min(min, h.minGap);
      }
    }
    return min == Long.MAX_VALUE ? Duration.ZERO : Duration.ofNanos(min);
  }

  /** The most requests any one host was serving at the same time since the last reset. */
  public int maxInFlightPerHost() {
    return hosts.stream().mapToInt(h -> h.maxInFlight.get()).max().orElse(0);
  }

  private String rss(String host, String path) {
    StringBuilder b = new StringBuilder(400 + items * 400)
        .append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Feed ").append(path)
        .append(" on ").append(host).append("</title><link>http://").append(host).append("/</link>")
        .append("<description>benchmark feed</description>");
    for (int i = 0; i < items; i++) {
      String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(newest.minus(Duration.ofHours(i)).atOffset(ZoneOffset.UTC));
      b.append("<item><title>Story ").append(i).append(" of ").append(path).append("</title><link>http://").append(host)
          .append(path).append("/story/").append(i).append("</link><guid>").append(path).append('#').append(i)
          .append("</guid><pubDate>").append(date).append("</pubDate><description>&lt;p&gt;Summary of story ").append(i)
          .append(", a few words long so that the feed has a realistic size.&lt;/p&gt;</description></item>");
    }
    return b.append("</channel></rss>\n").toString();
  }

  @Override
  public void close() {
    for (Host h : hosts) h.server.stop(0);
    executor.shutdownNow();
  }
}
