package newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Discovery on a site that hangs instead of answering 404: a guessed address that times out stops
 * the guessing on that host, the whole discovery ends by its deadline, and the result names what was
 * not tried. The limits are tiny and configured, and every hanging answer waits until the test ends,
 * so each limit is certainly reached: nothing here depends on how fast the machine is.
 */
class FeedDiscoveryDeadlineTest {
  private final LocalServer server = new LocalServer();
  private final CountDownLatch end = new CountDownLatch(1);
  private HttpFetcher fetcher;

  @AfterEach
  void stop() {
    end.countDown();
    if (fetcher != null) fetcher.close();
    server.close();
  }

  private FeedDiscovery discovery(Duration deadline, Duration guess) {
    fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true).withPoliteness(4, Duration.ZERO)
        .withDiscoveryTimes(deadline, guess));
    return new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(),
        Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));
  }

  /** Answers nothing until the test ends. */
  private LocalServer.Route hang() {
    return exchange -> {
      try {
        end.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("test over");
    };
  }

  @Test
  void aGuessThatTimesOutStopsGuessingOnThatHostAndSaysWhatWasNotTried() throws Exception {
    server.route("/", LocalServer.text(200, "text/html", "<html><head><title>No feed here</title></head><body>hi</body></html>"));
    server.route("/feed", hang());
    FeedDiscovery.Discovery d = discovery(Duration.ofMinutes(10), Duration.ofMillis(200)).discoverInTime(server.url("/"));
    assertThat(d.found()).isEmpty();
    assertThat(server.requests()).containsExactly("/", "/feed");
    assertThat(d.notTried()).isEqualTo("not tried: 7 common feed paths, the robots.txt, 4 sitemap paths (guessing stopped on 127.0.0.1 when "
        + server.url("/feed") + " did not answer within 200 ms)");
  }

  @Test
  void theDeadlineEndsDiscoveryEvenWhereNothingIsGuessed() throws Exception {
    server.route("/page.html", LocalServer.text(200, "text/html", """
        <html><head>
        <link rel="alternate" type="application/rss+xml" href="/a.rss">
        <link rel="alternate" type="application/rss+xml" href="/b.rss">
        <link rel="alternate" type="application/rss+xml" href="/c.rss">
        </head><body>hi</body></html>"""));
    server.route("/a.rss", hang());
    server.route("/b.rss", hang());
    server.route("/c.rss", hang());
    // Long enough for the page itself on a busy machine; the hanging feeds reach it whatever it is.
    FeedDiscovery.Discovery d = discovery(Duration.ofSeconds(2), Duration.ofMinutes(10)).discoverInTime(server.url("/page.html"));
    assertThat(d.found()).isEmpty();
    assertThat(server.requests()).containsExactly("/page.html", "/a.rss");
    assertThat(d.notTried()).isEqualTo("not tried: 2 announced feeds, the home page, 8 common feed paths, the robots.txt,"
        + " 4 sitemap paths (discovery stopped at its deadline of 2 s)");
  }

  @Test
  void aSiteThatAnswersIsDiscoveredWithNothingLeftOut() throws Exception {
    server.route("/", LocalServer.text(200, "text/html", "<html><body>hi</body></html>"));
    server.route("/rss.xml", LocalServer.text(200, "application/rss+xml", FeedDiscoveryTest.rss("Found")));
    FeedDiscovery.Discovery d = discovery(Duration.ofMinutes(10), Duration.ofMinutes(10)).discoverInTime(server.url("/"));
    assertThat(d.found()).extracting(DiscoveredSource::url).containsExactly(server.url("/rss.xml"));
    assertThat(d.notTried()).isNull();
  }
}
