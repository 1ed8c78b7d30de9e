package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import newsdesk.fetch.FetchException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private final LocalServer server = new LocalServer();

  /** Loopback allowed, small timeouts and delays so that no test waits long. */
  static FetchConfig testConfig() {
    return FetchConfig.defaults().withAllowPrivateNetwork(true)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
        .withRetries(2, Duration.ofMillis(20), Duration.ofSeconds(1))
        .withPoliteness(4, Duration.ZERO);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void etagRoundTripGivesA304WithoutBody() throws Exception {
    List<String> conditions = new CopyOnWriteArrayList<>();
    server.route("/feed", ex -> {
      String inm = ex.getRequestHeaders().getFirst("If-None-Match");
      conditions.add(String.valueOf(inm));
      if ("\"v1\"".equals(inm)) {
        LocalServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      LocalServer.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
    });
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      FetchResponse first = fetcher.get(server.url("/feed"), null, null);
      assertThat(first.status()).isEqualTo(200);
      assertThat(first.etag()).isEqualTo("\"v1\"");
      assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");

      FetchResponse second = fetcher.get(server.url("/feed"), first.etag(), first.lastModified());
      assertThat(second.notModified()).isTrue();
      assertThat(second.body()).isEmpty();
      assertThat(second.etag()).isEqualTo("\"v1\"");
    }
    assertThat(conditions).containsExactly("null", "\"v1\"");
  }

  @Test
  void lastModifiedIsSentBackAsIfModifiedSince() throws Exception {
    String stamp = "Wed, 21 Oct 2026 07:28:00 GMT";
    server.route("/feed", ex -> {
      if (stamp.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
        LocalServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("Last-Modified", stamp);
      LocalServer.send(ex, 200, "application/rss+xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
    });
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      FetchResponse first = fetcher.get(server.url("/feed"), null, null);
      assertThat(first.lastModified()).isEqualTo(stamp);
      assertThat(fetcher.get(server.url("/feed"), null, first.lastModified()).notModified()).isTrue();
    }
  }

  @Test
  void retriesA429AfterTheServersRetryAfter() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.route("/feed", ex -> {
      if (calls.getAndIncrement() == 0) {
        ex.getResponseHeaders().set("Retry-After", "0");
        LocalServer.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
      } else {
        LocalServer.send(ex, 200, "text/xml", "<rss/>".getBytes(StandardCharsets.UTF_8));
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThat(fetcher.get(server.url("/feed"), null, null).status()).isEqualTo(200);
    }
    assertThat(calls).hasValue(2);
  }

  @Test
  void aRetryAfterLongerThanTheBoundFailsAtOnceAndCarriesTheWait() throws Exception {
    server.route("/feed", ex -> {
      ex.getResponseHeaders().set("Retry-After", "3600");
      LocalServer.send(ex, 429, "text/plain", "come back in an hour".getBytes(StandardCharsets.UTF_8));
    });
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThatThrownBy(() -> fetcher.get(server.url("/feed"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.status()).isEqualTo(429);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
          });
    }
    assertThat(server.count("/feed")).isEqualTo(1);
  }

  @Test
  void backsOffExponentiallyOn503ThenGivesUp() throws Exception {
    List<Long> times = new CopyOnWriteArrayList<>();
    server.route("/feed", ex -> {
      times.add(System.nanoTime());
      LocalServer.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
    });
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThatThrownBy(() -> fetcher.get(server.url("/feed"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.getMessage()).contains("after 3 tries");
          });
    }
    assertThat(times).hasSize(3); // the first try and maxRetries = 2 retries
    assertThat(Duration.ofNanos(times.get(1) - times.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(20));
    assertThat(Duration.ofNanos(times.get(2) - times.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(40));
  }

  @Test
  void aTricklingServerTimesOut() throws Exception {
    server.route("/slow", ex -> {
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < 100; i++) {
        out.write('x');
        out.flush();
        sleep(50);
      }
    });
    FetchConfig config = testConfig().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(400));
    long start = System.nanoTime();
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      assertThatThrownBy(() -> fetcher.get(server.url("/slow"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws Exception {
    server.route("/silent", ex -> sleep(3000));
    FetchConfig config = testConfig().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300));
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      assertThatThrownBy(() -> fetcher.get(server.url("/silent"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
    }
  }

  @Test
  void anEndlessBodyIsCutAtTheSizeLimit() throws Exception {
    server.route("/endless", ex -> {
      ex.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[65536];
      try {
        for (int i = 0; i < 10_000; i++) ex.getResponseBody().write(chunk);
      } catch (IOException e) {
        // the client hung up, as it should
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(testConfig().withMaxBodyBytes(100_000))) {
      FetchResponse r = fetcher.get(server.url("/endless"), null, null);
      assertThat(r.truncated()).isTrue();
      assertThat(r.body()).hasSize(100_000);
    }
  }

  @Test
  void aCompressionBombIsCutAtTheSizeLimit() throws Exception {
    byte[] bomb = gzip(new byte[5_000_000]);
    server.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalServer.send(ex, 200, "text/xml", bomb);
    });
    try (HttpFetcher fetcher = new HttpFetcher(testConfig().withMaxBodyBytes(100_000))) {
      FetchResponse r = fetcher.get(server.url("/bomb"), null, null);
      assertThat(r.truncated()).isTrue();
      assertThat(r.body()).hasSize(100_000);
    }
  }

  @Test
  void redirectTargetsWithRawSpacesBarsAndUtf8AreFollowedAsBrowsersFollowThem() throws Exception {
    server.route("/space", LocalServer.redirect(302, "/news/a b.html"));
    server.route("/bar", LocalServer.redirect(302, "/q?x=1|2"));
    // Raw UTF-8 bytes in the header, as many servers send them (the server writes each char as one byte).
    server.route("/utf8", LocalServer.redirect(301,
        new String("/wiki/Caf\u00e9".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
    server.route("/news/a b.html", LocalServer.text(200, "text/html", "<p>space</p>"));
    server.route("/q", LocalServer.text(200, "text/html", "<p>query</p>"));
    server.route("/wiki/Caf\u00e9", LocalServer.text(200, "text/html", "<p>caf\u00e9</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      FetchResponse space = fetcher.get(server.url("/space"), null, null);
      assertThat(space.status()).isEqualTo(200);
      assertThat(space.finalUrl().getRawPath()).isEqualTo("/news/a%20b.html");
      FetchResponse bar = fetcher.get(server.url("/bar"), null, null);
      assertThat(bar.status()).isEqualTo(200);
      assertThat(bar.finalUrl().getRawQuery()).isEqualTo("x=1%7C2");
      FetchResponse utf8 = fetcher.get(server.url("/utf8"), null, null);
      assertThat(utf8.status()).isEqualTo(200);
      assertThat(utf8.finalUrl().getRawPath()).isEqualTo("/wiki/Caf%C3%A9");
    }
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() throws Exception {
    server.route("/old", LocalServer.redirect(301, "/new"));
    server.route("/found", LocalServer.redirect(302, "/old"));
    server.route("/new", LocalServer.text(200, "text/xml", "<rss/>"));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      FetchResponse r = fetcher.get(server.url("/old"), null, null);
      assertThat(r.url()).isEqualTo(server.url("/old"));
      assertThat(r.finalUrl()).isEqualTo(server.url("/new"));
      assertThat(r.movedPermanently()).isTrue();
      assertThat(fetcher.get(server.url("/found"), null, null).movedPermanently()).isFalse();
      assertThat(fetcher.get(server.url("/new"), null, null).movedPermanently()).isFalse();
    }
  }

  @Test
  void aRedirectLoopIsDetected() throws Exception {
    server.route("/a", LocalServer.redirect(302, "/b"));
    server.route("/b", LocalServer.redirect(302, "/a"));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThatThrownBy(() -> fetcher.get(server.url("/a"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.REDIRECTS);
            assertThat(e.getMessage()).contains("redirect loop");
          });
    }
    assertThat(server.requests()).containsExactly("/a", "/b");
  }

  @Test
  void redirectsAreBounded() throws Exception {
    for (int i = 0; i < 10; i++) server.route("/r" + i, LocalServer.redirect(307, "/r" + (i + 1)));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig().withMaxRedirects(3))) {
      assertThatThrownBy(() -> fetcher.get(server.url("/r0"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.getMessage()).contains("more than 3 redirects"));
    }
    assertThat(server.requests()).hasSize(4);
  }

  @Test
  void decodesGzipDeflateAndBrotli() throws Exception {
    byte[] plain = resource("feed.xml");
    byte[] brotli = resource("feed.xml.br");
    server.route("/gz", encoded("gzip", gzip(plain)));
    server.route("/zlib", encoded("deflate", deflate(plain, false)));
    server.route("/rawdeflate", encoded("deflate", deflate(plain, true)));
    server.route("/br", encoded("br", brotli));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      for (String path : List.of("/gz", "/zlib", "/rawdeflate", "/br")) {
        FetchResponse r = fetcher.get(server.url(path), null, null);
        assertThat(r.body()).as(path).isEqualTo(plain);
        assertThat(r.truncated()).as(path).isFalse();
      }
    }
    assertThat(brotli.length).isLessThan(plain.length);
  }

  @Test
  void anUnknownContentEncodingIsAnError() throws Exception {
    server.route("/zstd", encoded("zstd", new byte[] {1, 2, 3}));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThatThrownBy(() -> fetcher.get(server.url("/zstd"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_BODY));
    }
  }

  @Test
  void robotsTxtDisallowStopsPageFetchesButNotFeeds() throws Exception {
    server.route("/robots.txt", LocalServer.text(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.route("/private/page", LocalServer.text(200, "text/html", "<p>secret</p>"));
    server.route("/public/page", LocalServer.text(200, "text/html", "<p>hello</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThatThrownBy(() -> fetcher.getPage(server.url("/private/page")))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ROBOTS));
      assertThat(fetcher.getPage(server.url("/public/page")).status()).isEqualTo(200);
      assertThat(fetcher.get(server.url("/private/page"), null, null).status()).isEqualTo(200);
    }
    assertThat(server.count("/robots.txt")).isEqualTo(1);
    assertThat(server.count("/private/page")).isEqualTo(1); // only the feed-style get reached it
  }

  @Test
  void anUnreadableRobotsTxtHoldsPagesBackAsAFailureThatMayPassNotAsADisallow() throws Exception {
    server.route("/robots.txt", LocalServer.text(503, "text/plain", "down for maintenance"));
    server.route("/page", LocalServer.text(200, "text/html", "<p>hello</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThatThrownBy(() -> fetcher.getPage(server.url("/page")))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.ROBOTS_UNAVAILABLE);
            assertThat(e.getMessage()).contains("could not be read");
          });
    }
    assertThat(server.count("/page")).isZero();
  }

  @Test
  void robotsRulesForOurNameApply() throws Exception {
    server.route("/robots.txt", LocalServer.text(200, "text/plain",
        "User-agent: newsdesk\nDisallow: /\n\nUser-agent: *\nAllow: /\n"));
    server.route("/page", LocalServer.text(200, "text/html", "<p>hello</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThatThrownBy(() -> fetcher.getPage(server.url("/page"))).isInstanceOf(FetchException.class);
    }
  }

  @Test
  void aMissingRobotsTxtAllowsEverything() throws Exception {
    server.route("/page", LocalServer.text(200, "text/html", "<p>hello</p>"));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThat(fetcher.getPage(server.url("/page")).status()).isEqualTo(200);
    }
  }

  @Test
  void aClosedPortIsReportedAsARefusedConnection() {
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThatThrownBy(() -> fetcher.get(LocalServer.closedPortUrl("/feed"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.NETWORK);
            assertThat(e.getMessage()).endsWith("/feed: cannot connect: connection refused");
          });
    }
  }

  @Test
  void refusesLoopbackByDefaultWithoutContactingIt() throws Exception {
    server.route("/feed", LocalServer.text(200, "text/xml", "<rss/>"));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig().withAllowPrivateNetwork(false))) {
      assertThatThrownBy(() -> fetcher.get(server.url("/feed"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.BLOCKED_ADDRESS);
            assertThat(e.getMessage()).contains("--allow-private-network");
          });
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void refusesAPrivateAddressReachedThroughARedirect() throws Exception {
    // The public name is served by a configured mirror on loopback; its redirects must be checked.
    server.route("/metadata", LocalServer.redirect(302, "http://169.254.169.254/latest/meta-data/"));
    server.route("/local", LocalServer.redirect(302, "http://localhost:1/admin"));
    FetchConfig config = testConfig().withAllowPrivateNetwork(false).withMirrors(Map.of("http://news.example/", server.base()));
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      for (String path : List.of("/metadata", "/local")) {
        assertThatThrownBy(() -> fetcher.get(java.net.URI.create("http://news.example" + path), null, null))
            .as(path)
            .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BLOCKED_ADDRESS));
      }
    }
    assertThat(server.requests()).containsExactly("/metadata", "/local");
  }

  @Test
  void redirectToANonHttpSchemeIsRefused() throws Exception {
    server.route("/file", LocalServer.redirect(302, "file:///etc/passwd"));
    try (HttpFetcher fetcher = new HttpFetcher(testConfig())) {
      assertThatThrownBy(() -> fetcher.get(server.url("/file"), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.BAD_URL));
    }
  }

  @Test
  void keepsThePerHostConcurrencyLimit() throws Exception {
    // Counted inside the handler, and let go before the reply is written: the client cannot free
    // its slot before that, so the count never overstates what the fetcher let through. (The
    // server-wide count is decremented only after the exchange closes, which races the next request.)
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    server.route("/slow", ex -> {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      sleep(150);
      inFlight.decrementAndGet();
      LocalServer.send(ex, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
    });
    try (HttpFetcher fetcher = new HttpFetcher(testConfig().withPoliteness(2, Duration.ZERO));
        ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<FetchResponse>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) futures.add(pool.submit(() -> fetcher.get(server.url("/slow"), null, null)));
      for (Future<FetchResponse> f : futures) assertThat(f.get().status()).isEqualTo(200);
    }
    assertThat(maxInFlight.get()).isEqualTo(2);
  }

  @Test
  void spacesRequestsToOneHost() throws Exception {
    List<Long> times = new CopyOnWriteArrayList<>();
    server.route("/p", ex -> {
      times.add(System.nanoTime());
      LocalServer.send(ex, 200, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
    });
    Duration delay = Duration.ofMillis(80);
    try (HttpFetcher fetcher = new HttpFetcher(testConfig().withPoliteness(4, delay));
        ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<FetchResponse>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) futures.add(pool.submit(() -> fetcher.get(server.url("/p"), null, null)));
      for (Future<FetchResponse> f : futures) f.get();
    }
    // Arrival times carry the client's start-up and scheduling jitter (a cold first request can
    // arrive tens of ms late), so this checks the spread of four starts rather than each gap:
    // unthrottled they land within a few ms; spaced they span three delays, two allowing for jitter.
    // HostThrottleTest checks the spacing itself exactly.
    List<Long> sorted = times.stream().sorted().toList();
    assertThat(sorted).hasSize(4);
    assertThat(Duration.ofNanos(sorted.get(3) - sorted.get(0))).isGreaterThanOrEqualTo(delay.multipliedBy(2));
  }

  private static LocalServer.Route encoded(String encoding, byte[] body) {
    return ex -> {
      ex.getResponseHeaders().set("Content-Encoding", encoding);
      LocalServer.send(ex, 200, "application/rss+xml", body);
    };
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = HttpFetcherTest.class.getResourceAsStream("/newsdesk/fetch/" + name)) {
      if (in == null) throw new IllegalStateException("missing test resource " + name);
      return in.readAllBytes();
    }
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      d.write(data);
    }
    return out.toByteArray();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
