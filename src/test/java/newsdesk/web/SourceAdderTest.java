package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import newsdesk.sources.FeedDiscovery;
import newsdesk.sources.SitemapReader;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding a source from the web UI or the API discovers the feed behind a site's address. */
class SourceAdderTest {
  @TempDir Path dir;

  static final String ATOM = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Example Comments</title>"
      + "<id>urn:example:comments</id><updated>2020-01-01T00:00:00Z</updated><entry><title>Re: One</title>"
      + "<id>urn:example:c1</id><link href=\"http://example.org/1#c1\"/><updated>2020-01-01T00:00:00Z</updated></entry></feed>";

  /** A page that announces two feeds: an RSS one (relative address) and an Atom one. */
  static final String TWO_FEEDS_PAGE = "<html><head>"
      + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"a/feed.xml\">"
      + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/comments.atom\">"
      + "</head><body><h1>Two feeds</h1></body></html>";

  /** The source {@code outcome} followed; fails the test when it is a choice. */
  static SourceAdder.Added added(SourceAdder.Outcome outcome) {
    assertThat(outcome).isInstanceOf(SourceAdder.Added.class);
    return (SourceAdder.Added) outcome;
  }

  static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example News</title>"
      + "<link>http://example.org/</link><item><title>One</title><link>http://example.org/1</link></item></channel></rss>";

  @Test
  void aSitesHomePageLeadsToItsAnnouncedFeed() {
    try (LocalServer server = new LocalServer();
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
            .withPoliteness(4, Duration.ZERO));
        SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      server.route("/", LocalServer.text(200, "text/html; charset=utf-8", "<html><head>"
          + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Example News\" href=\"/news.rss\">"
          + "</head><body><h1>Example</h1></body></html>"));
      server.route("/news.rss", LocalServer.text(200, "application/rss+xml", RSS));
      FeedDiscovery discovery = new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC());
      SourceAdder adder = new SourceAdder(store, discovery);

      Source added = added(adder.add(server.url("/").toString())).source();
      assertThat(added.url()).isEqualTo(server.url("/news.rss").toString());
      assertThat(store.sources()).extracting(Source::url).containsExactly(server.url("/news.rss").toString());
      // The same site again, by its home page or by its feed: followed already, not created.
      assertThat(added(adder.add(server.url("/").toString()))).satisfies(again -> {
        assertThat(again.created()).isFalse();
        assertThat(again.source().id()).isEqualTo(added.id());
      });
      assertThat(added(adder.add(server.url("/news.rss").toString())).created()).isFalse();

      try (LocalServer bare = new LocalServer()) {
        bare.route("/", LocalServer.text(200, "text/html", "<html><body>nothing to follow here</body></html>"));
        assertThatThrownBy(() -> adder.add(bare.url("/").toString()))
            .isInstanceOf(HttpProblem.class).hasMessageContaining("no feed");
      }
      assertThat(store.sources()).hasSize(1);
    }
  }

  /**
   * A feed reached through a temporary redirect is followed at the address typed, not at the
   * (perhaps signed, expiring) target; a source followed at the target already is that source.
   */
  @Test
  void aFeedBehindATemporaryRedirectIsFollowedAtTheAddressTyped() {
    try (LocalServer server = new LocalServer();
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
            .withPoliteness(4, Duration.ZERO));
        SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      server.route("/signed.rss", LocalServer.text(200, "application/rss+xml", RSS));
      server.route("/temp.rss", LocalServer.redirect(302, "/signed.rss?sig=1"));
      server.route("/other.rss", LocalServer.redirect(307, "/signed.rss?sig=2"));
      server.route("/moved.rss", LocalServer.redirect(301, "/signed.rss?sig=3"));
      SourceAdder adder = new SourceAdder(store,
          new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC()));
      assertThat(added(adder.add(server.url("/temp.rss").toString())).source().url()).isEqualTo(server.url("/temp.rss").toString());
      assertThat(added(adder.add(server.url("/moved.rss").toString())).source().url())
          .isEqualTo(server.url("/signed.rss?sig=3").toString());
      Source atTarget = store.addSource(server.url("/signed.rss?sig=2").toString(), "feed", null, null);
      SourceAdder.Added again = added(adder.add(server.url("/other.rss").toString()));
      assertThat(again.created()).isFalse();
      assertThat(again.source().id()).isEqualTo(atTarget.id());
      assertThat(store.sources()).hasSize(3);
    }
  }

  @Test
  void aSiteThatAnnouncesSeveralFeedsIsAChoiceAndNothingIsFollowedUntilOneIsPicked() {
    try (LocalServer server = new LocalServer();
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
            .withPoliteness(4, Duration.ZERO));
        SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      server.route("/two.html", LocalServer.text(200, "text/html; charset=utf-8", TWO_FEEDS_PAGE));
      server.route("/a/feed.xml", LocalServer.text(200, "application/rss+xml", RSS));
      server.route("/comments.atom", LocalServer.text(200, "application/atom+xml", ATOM));
      SourceAdder adder = new SourceAdder(store,
          new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC()));
      String rss = server.url("/a/feed.xml").toString();
      String atom = server.url("/comments.atom").toString();

      SourceAdder.Outcome outcome = adder.add(server.url("/two.html").toString());
      assertThat(outcome).isInstanceOf(SourceAdder.Choice.class);
      SourceAdder.Choice choice = (SourceAdder.Choice) outcome;
      assertThat(choice.address()).isEqualTo(server.url("/two.html").toString());
      assertThat(choice.candidates()).extracting(d -> d.url().toString()).containsExactly(rss, atom);
      assertThat(choice.candidates()).extracting(d -> d.title()).containsExactly("Example News", "Example Comments");
      assertThat(store.sources()).isEmpty();

      // A candidate's own address is the pick: it is followed, and the page again is still a choice.
      assertThat(added(adder.add(atom))).satisfies(a -> {
        assertThat(a.created()).isTrue();
        assertThat(a.source().url()).isEqualTo(atom);
      });
      assertThat(adder.add(server.url("/two.html").toString())).isInstanceOf(SourceAdder.Choice.class);
      assertThat(store.sources()).extracting(Source::url).containsExactly(atom);
    }
  }

  @Test
  void aLoopbackAddressIsRefusedWithAClearMessageUnlessPrivateNetworksAreAllowed() {
    try (LocalServer server = new LocalServer();
        HttpFetcher guarded = new HttpFetcher(FetchConfig.defaults().withPoliteness(4, Duration.ZERO));
        HttpFetcher open = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true).withPoliteness(4, Duration.ZERO));
        SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      server.route("/news.rss", LocalServer.text(200, "application/rss+xml", RSS));
      String url = server.url("/news.rss").toString();
      SourceAdder refusing = new SourceAdder(store, new FeedDiscovery(guarded, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC()));
      assertThatThrownBy(() -> refusing.add(url)).isInstanceOf(HttpProblem.class)
          .satisfies(e -> assertThat(((HttpProblem) e).status()).isEqualTo(400))
          .hasMessage("newsdesk does not follow " + url + ": 127.0.0.1 is a loopback, private or other special address "
              + "(only public addresses are followed unless newsdesk was started with --allow-private-network)");
      assertThat(store.sources()).isEmpty();

      SourceAdder allowing = new SourceAdder(store, new FeedDiscovery(open, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC()));
      assertThat(added(allowing.add(url)).source().url()).isEqualTo(url);
    }
  }

  @Test
  void withoutDiscoveryTheAddressIsFollowedAsGivenAndBadAddressesAre400() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      SourceAdder adder = new SourceAdder(store, null);
      assertThat(added(adder.add("https://example.org/feed.xml")).source().url()).isEqualTo("https://example.org/feed.xml");
      assertThatThrownBy(() -> adder.add("ftp://example.org/feed")).isInstanceOf(HttpProblem.class)
          .satisfies(e -> assertThat(((HttpProblem) e).status()).isEqualTo(400));
    }
  }

  @Test
  void aDamagedFeedIsFollowedAndShownDamagedAndOneWithoutEntriesIs400() {
    try (LocalServer server = new LocalServer();
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
            .withPoliteness(4, Duration.ZERO));
        SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      server.route("/cut.rss", LocalServer.text(200, "application/rss+xml", RSS.substring(0, RSS.indexOf("</item>") + "</item>".length())));
      server.route("/empty-cut.rss", LocalServer.text(200, "application/rss+xml", RSS.substring(0, RSS.indexOf("<item>"))));
      SourceAdder adder = new SourceAdder(store,
          new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC()));

      Source added = added(adder.add(server.url("/cut.rss").toString())).source();
      String damage = "truncated: the document ends before its <rss> element is closed; 1 entry read";
      assertThat(added.lastWarning()).isEqualTo(damage);
      assertThat(SourceRow.of(store.source(added.id()).orElseThrow(), null).lastError()).isEqualTo("damaged: " + damage);

      assertThatThrownBy(() -> adder.add(server.url("/empty-cut.rss").toString())).isInstanceOf(HttpProblem.class)
          .hasMessageContaining("is not a feed newsdesk can read: truncated")
          .satisfies(e -> assertThat(((HttpProblem) e).status()).isEqualTo(400));
      assertThat(store.sources()).hasSize(1);
    }
  }

  @Test
  void aFeedThatFailsIsNamedOnceInTheMessage() {
    try (LocalServer server = new LocalServer();
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
            .withRetries(0, Duration.ZERO, Duration.ZERO).withPoliteness(4, Duration.ZERO));
        SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      server.route("/fail/feed.atom", LocalServer.text(500, "text/plain", "boom"));
      SourceAdder adder = new SourceAdder(store,
          new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC()));
      String url = server.url("/fail/feed.atom").toString();

      assertThatThrownBy(() -> adder.add(url)).isInstanceOf(HttpProblem.class)
          .hasMessage("cannot read " + url + ": HTTP 500");
      assertThat(store.sources()).isEmpty();
    }
  }

  @Test
  void aFailingSourceAddedAgainOnceItReadsIsOkAndDueAtOnce() {
    // QA: the CLI's `sources add` cleared the failures of a source it had just read; the web form did not.
    try (LocalServer server = new LocalServer();
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
            .withPoliteness(4, Duration.ZERO));
        SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      server.route("/news.rss", LocalServer.text(200, "application/rss+xml", RSS));
      String url = server.url("/news.rss").toString();
      Source followed = store.addSource(url, "feed", null, null);
      Instant later = Instant.now().plus(Duration.ofHours(6));
      store.updateSource(new Source(followed.id(), followed.url(), followed.key(), followed.kind(), null, null, null,
          Instant.now(), null, "HTTP 500", 4, followed.pollIntervalSeconds(), later, null));
      SourceAdder adder = new SourceAdder(store, new FeedDiscovery(fetcher, new StandardFeedParser(), SitemapReader.defaults(), Clock.systemUTC()));

      SourceAdder.Added again = added(adder.add(url));
      assertThat(again.created()).isFalse();
      Source stored = store.sources().getFirst();
      assertThat(stored.consecutiveFailures()).isZero();
      assertThat(stored.lastError()).isNull();
      assertThat(stored.nextFetchAt()).isNull();
      assertThat(stored.title()).isEqualTo("Example News");
      assertThat(again.source()).isEqualTo(stored);
    }
  }
}
