package newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.FetchException;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {
  private final LocalServer server = new LocalServer();
  private final HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withPoliteness(4, Duration.ZERO));
  private final FeedDiscovery discovery = new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(),
      Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

  static String rss(String title) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title><link>http://site.example/</link>"
        + "<item><title>One</title><link>http://site.example/1</link></item></channel></rss>";
  }

  static String atom(String title) {
    return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + title + "</title>"
        + "<id>urn:x</id><updated>2026-11-29T00:00:00Z</updated></feed>";
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void aFeedUrlIsTheFeed() throws Exception {
    server.route("/feed.xml", LocalServer.text(200, "application/rss+xml", rss("The Feed")));
    List<DiscoveredSource> found = discovery.discover(server.url("/feed.xml"));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.url()).isEqualTo(server.url("/feed.xml"));
      assertThat(d.kind()).isEqualTo("feed");
      assertThat(d.title()).isEqualTo("The Feed");
      assertThat(d.via()).isEqualTo("given");
    });
  }

  @Test
  void aHomePageOffersEveryFeedItAnnounces() throws Exception {
    server.route("/", LocalServer.text(200, "text/html; charset=utf-8", """
        <!DOCTYPE html><html><head><title>Site</title>
        <link rel="alternate" type="application/rss+xml" title="All stories" href="/rss.xml">
        <link rel="alternate" type="application/atom+xml" title="Comments" href="comments.atom">
        <link rel="alternate" type="application/rss+xml" href="/missing.xml">
        <link rel="stylesheet" href="/style.css">
        </head><body>hi</body></html>"""));
    server.route("/rss.xml", LocalServer.text(200, "application/rss+xml", rss("Everything")));
    server.route("/comments.atom", LocalServer.text(200, "application/atom+xml", atom("Comments feed")));
    List<DiscoveredSource> found = discovery.discover(server.url("/"));
    assertThat(found).extracting(DiscoveredSource::url).containsExactly(server.url("/rss.xml"), server.url("/comments.atom"));
    assertThat(found).extracting(DiscoveredSource::title).containsExactly("Everything", "Comments feed");
    assertThat(found).allSatisfy(d -> assertThat(d.via()).isEqualTo("link"));
  }

  @Test
  void anArticleWithoutFeedLinksLeadsToItsSitesFeeds() throws Exception {
    server.route("/2026/11/story.html", LocalServer.text(200, "text/html", "<html><head></head><body>story</body></html>"));
    server.route("/", LocalServer.text(200, "text/html",
        "<html><head><link rel='alternate' type='application/rss+xml' href='/news.rss'></head></html>"));
    server.route("/news.rss", LocalServer.text(200, "text/xml", rss("Site news")));
    assertThat(discovery.discover(server.url("/2026/11/story.html"))).extracting(DiscoveredSource::url)
        .containsExactly(server.url("/news.rss"));
  }

  @Test
  void commonPathsAreTriedWhenNoPageNamesAFeed() throws Exception {
    server.route("/", LocalServer.text(200, "text/html", "<html><head></head><body>no links</body></html>"));
    server.route("/feed", LocalServer.text(200, "text/html", "<html><body>a blog page, not a feed</body></html>"));
    server.route("/atom.xml", LocalServer.text(200, "application/atom+xml", atom("Atom at a usual path")));
    List<DiscoveredSource> found = discovery.discover(server.url("/"));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.url()).isEqualTo(server.url("/atom.xml"));
      assertThat(d.via()).isEqualTo("path");
    });
  }

  @Test
  void aSiteWithoutFeedsIsFollowedThroughItsNewsSitemap() throws Exception {
    server.route("/", LocalServer.text(200, "text/html", "<html><body>no feeds</body></html>"));
    server.route("/robots.txt", LocalServer.text(200, "text/plain", "User-agent: *\nAllow: /\nSitemap: " + server.url("/maps/news.xml") + "\n"));
    server.route("/maps/news.xml", LocalServer.text(200, "application/xml", SitemapReaderTest.NEWS));
    List<DiscoveredSource> found = discovery.discover(server.url("/"));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo("sitemap");
      assertThat(d.url()).isEqualTo(server.url("/maps/news.xml"));
      assertThat(d.via()).isEqualTo("robots");
      assertThat(d.title()).startsWith("News sitemap");
    });
  }

  @Test
  void aRobotsTxtListingThousandsOfSitemapsCostsABoundedNumberOfFetches() throws Exception {
    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
    for (int i = 0; i < 5000; i++) robots.append("Sitemap: ").append(server.url("/archive/" + i + ".xml")).append('\n');
    server.route("/", LocalServer.text(200, "text/html", "<!DOCTYPE html><title>No feeds</title><p>hi"));
    server.route("/robots.txt", LocalServer.text(200, "text/plain", robots.toString()));
    server.route("/sitemap.xml", LocalServer.text(200, "application/xml", SitemapReaderTest.NEWS));
    List<DiscoveredSource> found = discovery.discover(server.url("/"));
    List<String> requests = server.requests();
    assertThat(requests.stream().filter(p -> p.startsWith("/archive/")))
        .as("the first Sitemap lines only").hasSize(FeedDiscovery.MAX_ROBOTS_SITEMAPS)
        .containsExactly(java.util.stream.IntStream.range(0, FeedDiscovery.MAX_ROBOTS_SITEMAPS)
            .mapToObj(i -> "/archive/" + i + ".xml").toArray(String[]::new));
    assertThat(found).as("the common paths are still tried").extracting(DiscoveredSource::url)
        .containsExactly(server.url("/sitemap.xml"));
    // The page, its feed paths, robots.txt, the bounded Sitemap lines and the sitemap paths.
    assertThat(requests).hasSizeLessThanOrEqualTo(1 + 10 + 1 + FeedDiscovery.MAX_ROBOTS_SITEMAPS + 4);
  }

  @Test
  void aSitemapUrlIsTheSitemap() throws Exception {
    server.route("/sitemap.xml", LocalServer.text(200, "application/xml", SitemapReaderTest.NEWS));
    assertThat(discovery.discover(server.url("/sitemap.xml"))).singleElement()
        .satisfies(d -> assertThat(d.kind()).isEqualTo("sitemap"));
  }

  @Test
  void aDamagedFeedIsOfferedWithItsDamageAndOneWithoutAnyEntryIsNot() throws Exception {
    String whole = rss("Cut");
    server.route("/", LocalServer.text(200, "text/html", """
        <html><head>
        <link rel="alternate" type="application/rss+xml" href="/cut.xml">
        <link rel="alternate" type="application/rss+xml" href="/empty-cut.xml">
        </head><body></body></html>"""));
    server.route("/cut.xml", LocalServer.text(200, "application/rss+xml", whole.substring(0, whole.indexOf("</item>") + "</item>".length() + 3)));
    server.route("/empty-cut.xml", LocalServer.text(200, "application/rss+xml", whole.substring(0, whole.indexOf("<item>"))));
    List<DiscoveredSource> found = discovery.discover(server.url("/"));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.url()).isEqualTo(server.url("/cut.xml"));
      assertThat(d.damage()).isEqualTo("truncated: the document ends before its <rss> element is closed; 1 entry read");
      assertThat(d.entries()).isEqualTo(1);
      assertThat(d.unreadable()).isFalse();
    });

    // Given itself, the unreadable one is returned alone (no other feed of the site stands in for
    // it), so that the caller can say why it refuses it.
    List<DiscoveredSource> given = discovery.discover(server.url("/empty-cut.xml"));
    assertThat(given).singleElement().satisfies(d -> {
      assertThat(d.via()).isEqualTo("given");
      assertThat(d.unreadable()).isTrue();
      assertThat(d.damage()).isEqualTo("truncated: the document ends before its <rss> element is closed; no entry could be read");
    });
  }

  @Test
  void aGivenUrlThatLooksLikeAFeedButIsNoneKeepsItsReasonWhenNothingElseIsFound() throws Exception {
    server.route("/broken.json", LocalServer.text(200, "application/feed+json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\""));
    assertThat(discovery.discover(server.url("/broken.json"))).singleElement().satisfies(d -> {
      assertThat(d.unreadable()).isTrue();
      assertThat(d.damage()).isEqualTo("truncated: the document ends before its JSON object is closed; no entry could be read");
    });
  }

  @Test
  void aWholeFeedHasNoDamageAndCountsItsEntries() throws Exception {
    server.route("/feed.xml", LocalServer.text(200, "application/rss+xml", rss("Whole")));
    assertThat(discovery.discover(server.url("/feed.xml"))).singleElement().satisfies(d -> {
      assertThat(d.damaged()).isFalse();
      assertThat(d.entries()).isEqualTo(1);
    });
  }

  @Test
  void nothingFoundIsEmpty() throws Exception {
    server.route("/", LocalServer.text(200, "text/html", "<html><body>nothing</body></html>"));
    assertThat(discovery.discover(server.url("/"))).isEmpty();
  }

  @Test
  void anUnreachableUrlIsAFetchError() {
    assertThatThrownBy(() -> discovery.discover(server.url("/missing"))).isInstanceOf(FetchException.class);
  }

  @Test
  void documentKindsAreSniffed() {
    assertThat(DocumentKind.of(bytes("\uFEFF<?xml version='1.0'?>\n<!-- c --><rdf:RDF>"), null)).isEqualTo(DocumentKind.FEED);
    assertThat(DocumentKind.of(bytes("<!DOCTYPE html>\n<html lang=en>"), "text/plain")).isEqualTo(DocumentKind.HTML);
    assertThat(DocumentKind.of(bytes("<urlset>"), null)).isEqualTo(DocumentKind.SITEMAP);
    assertThat(DocumentKind.of(bytes("{\"version\": \"https://jsonfeed.org/version/1.1\"}"), null)).isEqualTo(DocumentKind.FEED);
    assertThat(DocumentKind.of(bytes("{\"a\": 1}"), "application/json")).isEqualTo(DocumentKind.UNKNOWN);
    assertThat(DocumentKind.of(new byte[0], null)).isEqualTo(DocumentKind.UNKNOWN);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static URI uri(String s) {
    return URI.create(s);
  }
}
