package newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which address discovery offers to follow when the one given redirects: the place it moved to only
 * when every hop was permanent (301, 308), as the poller decides; after a temporary redirect (302,
 * 307, often to a signed, expiring address) the address given, which will redirect again.
 */
class FeedDiscoveryRedirectTest {
  private final LocalServer server = new LocalServer();
  private final HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withPoliteness(4, Duration.ZERO));
  private final FeedDiscovery discovery = new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(),
      Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private DiscoveredSource only(String path) throws Exception {
    List<DiscoveredSource> found = discovery.discover(server.url(path));
    assertThat(found).hasSize(1);
    return found.getFirst();
  }

  @Test
  void aTemporaryRedirectKeepsTheAddressGiven() throws Exception {
    server.route("/signed.rss", LocalServer.text(200, "application/rss+xml", FeedDiscoveryTest.rss("Signed")));
    server.route("/found.rss", LocalServer.redirect(302, "/signed.rss?expires=1&sig=abc"));
    server.route("/temporary.rss", LocalServer.redirect(307, "/signed.rss?expires=2&sig=def"));
    DiscoveredSource found = only("/found.rss");
    assertThat(found.url()).isEqualTo(server.url("/found.rss"));
    assertThat(found.readAt()).isEqualTo(server.url("/signed.rss?expires=1&sig=abc"));
    assertThat(found.title()).isEqualTo("Signed");
    assertThat(only("/temporary.rss").url()).isEqualTo(server.url("/temporary.rss"));
  }

  @Test
  void aPermanentMoveIsFollowedToItsNewAddress() throws Exception {
    server.route("/new.rss", LocalServer.text(200, "application/rss+xml", FeedDiscoveryTest.rss("New")));
    server.route("/old.rss", LocalServer.redirect(301, "/new.rss"));
    server.route("/older.rss", LocalServer.redirect(308, "/old.rss"));
    assertThat(only("/old.rss").url()).isEqualTo(server.url("/new.rss"));
    assertThat(only("/older.rss").url()).isEqualTo(server.url("/new.rss"));
  }

  @Test
  void aPermanentMoveThenATemporaryRedirectKeepsTheAddressGiven() throws Exception {
    server.route("/signed.rss", LocalServer.text(200, "application/rss+xml", FeedDiscoveryTest.rss("Signed")));
    server.route("/moved.rss", LocalServer.redirect(302, "/signed.rss?sig=1"));
    server.route("/old.rss", LocalServer.redirect(301, "/moved.rss"));
    DiscoveredSource found = only("/old.rss");
    assertThat(found.url()).isEqualTo(server.url("/old.rss"));
    assertThat(found.addresses()).containsExactly(server.url("/old.rss").toString(), server.url("/signed.rss?sig=1").toString());
  }

  @Test
  void aSitemapBehindATemporaryRedirectKeepsTheAddressGiven() throws Exception {
    server.route("/signed-sitemap.xml", LocalServer.text(200, "application/xml",
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>http://site.example/1</loc></url></urlset>"));
    server.route("/sitemap.xml", LocalServer.redirect(302, "/signed-sitemap.xml?sig=1"));
    DiscoveredSource found = only("/sitemap.xml");
    assertThat(found.kind()).isEqualTo("sitemap");
    assertThat(found.url()).isEqualTo(server.url("/sitemap.xml"));
  }

  /** The one rule, as the poller and discovery both read it from the response. */
  @Test
  void theStableAddressOfAResponseIsTheOneMovedToOnlyWhenEveryHopWasPermanent() throws Exception {
    server.route("/feed.rss", LocalServer.text(200, "application/rss+xml", FeedDiscoveryTest.rss("Feed")));
    server.route("/p301", LocalServer.redirect(301, "/feed.rss"));
    server.route("/p308", LocalServer.redirect(308, "/feed.rss"));
    server.route("/t302", LocalServer.redirect(302, "/feed.rss"));
    server.route("/t307", LocalServer.redirect(307, "/feed.rss"));
    server.route("/t303", LocalServer.redirect(303, "/feed.rss"));
    server.route("/p301t302", LocalServer.redirect(301, "/t302"));
    server.route("/t302p301", LocalServer.redirect(302, "/p301"));
    assertThat(stable("/feed.rss")).isEqualTo(server.url("/feed.rss"));
    assertThat(stable("/p301")).isEqualTo(server.url("/feed.rss"));
    assertThat(stable("/p308")).isEqualTo(server.url("/feed.rss"));
    for (String temporary : List.of("/t302", "/t307", "/t303", "/p301t302", "/t302p301")) {
      assertThat(stable(temporary)).as(temporary).isEqualTo(server.url(temporary));
    }
  }

  private URI stable(String path) throws Exception {
    return fetcher.get(server.url(path), null, null).stableUrl();
  }
}
