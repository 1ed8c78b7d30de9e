package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.feed.FeedEntry;
import newsdesk.feed.FeedParser;
import newsdesk.feed.StandardFeedParser;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import newsdesk.sources.PollSchedule;
import newsdesk.sources.SitemapReader;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePollerTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @TempDir Path dir;
  private final LocalServer server = new LocalServer();
  private final HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withRetries(0, Duration.ZERO, Duration.ZERO)
      .withPoliteness(4, Duration.ZERO));
  private final AtomicInteger parses = new AtomicInteger();
  private SqliteNewsStore store;
  private SourcePoller poller;

  @BeforeEach
  void open() {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    FeedParser standard = new StandardFeedParser();
    FeedParser counting = (body, type, url) -> {
      parses.incrementAndGet();
      return standard.parse(body, type, url);
    };
    poller = new SourcePoller(fetcher, counting, store, Clock.fixed(NOW, ZoneOffset.UTC), new StageTimer(),
        new PollSchedule(PollSchedule.Bounds.defaults()), SitemapReader.defaults());
  }

  @AfterEach
  void close() {
    store.close();
    fetcher.close();
    server.close();
  }

  /** An RSS feed whose items were published {@code gap} apart, the newest ten minutes ago. */
  static String rss(String title, Duration gap, int items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>")
        .append(title).append("</title><link>http://site.example/</link>");
    for (int i = 0; i < items; i++) {
      String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(600).minus(gap.multipliedBy(i)).atOffset(ZoneOffset.UTC));
      b.append("<item><title>Item ").append(i).append("</title><link>http://site.example/").append(i)
          .append("</link><guid>g").append(i).append("</guid><pubDate>").append(date).append("</pubDate></item>");
    }
    return b.append("</channel></rss>").toString();
  }

  private Source add(String path, String kind) {
    return store.addSource(server.url(path).toString(), kind, null, null);
  }

  private Source reload(Source s) {
    return store.source(s.id()).orElseThrow();
  }

  /** /feed: five hourly items with ETag "v7", and a 304 to a request that sends it back. */
  private void serveHourlyFeedWithEtag() {
    server.route("/feed", ex -> {
      if ("\"v7\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v7\"");
      LocalServer.send(ex, 200, "application/rss+xml", rss("Hourly", Duration.ofHours(1), 5).getBytes(StandardCharsets.UTF_8));
    });
  }

  /** A poll as the pipeline makes it: its outcome committed once the entries are stored. */
  private SourcePoller.Poll pollAndStore(Source s) {
    SourcePoller.Poll p = poller.poll(s);
    poller.commit(p);
    return p;
  }

  @Test
  void aPollWithEntriesIsRecordedOnlyWhenCommitted() {
    serveHourlyFeedWithEtag();
    Source s = add("/feed", "feed");
    SourcePoller.Poll first = poller.poll(s);
    assertThat(first.entries()).hasSize(5);
    assertThat(reload(s).etag()).as("validators before the entries are stored").isNull();
    assertThat(reload(s).lastSuccessAt()).isNull();

    // Had the process died here, the next poll must read the whole feed again.
    assertThat(poller.poll(reload(s)).entries()).hasSize(5);

    poller.commit(first);
    assertThat(reload(s).etag()).isEqualTo("\"v7\"");
    assertThat(reload(s).title()).isEqualTo("Hourly");
    assertThat(poller.poll(reload(s)).entries()).isEmpty(); // 304
  }

  @Test
  void a304CostsNoParsingAndKeepsTheValidators() {
    serveHourlyFeedWithEtag();
    Source s = add("/feed", "feed");
    SourcePoller.Poll first = pollAndStore(s);
    assertThat(first.entries()).hasSize(5);
    assertThat(reload(s).etag()).isEqualTo("\"v7\"");
    assertThat(reload(s).title()).isEqualTo("Hourly");

    SourcePoller.Poll second = pollAndStore(reload(s));
    assertThat(second.error()).isNull();
    assertThat(second.entries()).isEmpty();
    assertThat(parses).hasValue(1);
    assertThat(reload(s).etag()).isEqualTo("\"v7\"");
  }

  @Test
  void theIntervalFollowsHowOftenTheFeedPublishes() {
    server.route("/hourly", LocalServer.text(200, "application/rss+xml", rss("Hourly", Duration.ofHours(1), 10)));
    server.route("/daily", LocalServer.text(200, "application/rss+xml", rss("Daily", Duration.ofDays(1), 10)));
    Source hourly = add("/hourly", "feed");
    Source daily = add("/daily", "feed");
    pollAndStore(hourly);
    pollAndStore(daily);
    assertThat(reload(hourly).pollIntervalSeconds()).isEqualTo(1800);
    assertThat(reload(hourly).nextFetchAt()).isEqualTo(NOW.plusSeconds(1800));
    assertThat(reload(daily).pollIntervalSeconds()).isEqualTo(12 * 3600);
  }

  @Test
  void aFailingSourceIsKeptWithItsErrorAndPolledLessOften() {
    AtomicInteger calls = new AtomicInteger();
    server.route("/flaky", ex -> {
      if (calls.incrementAndGet() <= 3) LocalServer.send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
      else LocalServer.send(ex, 200, "application/rss+xml", rss("Back", Duration.ofHours(1), 3).getBytes(StandardCharsets.UTF_8));
    });
    Source s = add("/flaky", "feed");
    long interval = s.pollIntervalSeconds();
    for (int failures = 1; failures <= 3; failures++) {
      SourcePoller.Poll p = pollAndStore(reload(s));
      assertThat(p.error()).contains("HTTP 500");
      Source now = reload(s);
      assertThat(now.consecutiveFailures()).isEqualTo(failures);
      assertThat(now.lastError()).contains("HTTP 500");
      assertThat(now.nextFetchAt()).isEqualTo(NOW.plusSeconds(interval << failures));
      assertThat(now.pollIntervalSeconds()).isEqualTo(interval);
    }
    assertThat(store.sources()).extracting(Source::id).contains(s.id());
    SourcePoller.Poll recovered = pollAndStore(reload(s));
    assertThat(recovered.error()).isNull();
    assertThat(reload(s).consecutiveFailures()).isZero();
    assertThat(reload(s).lastError()).isNull();
  }

  @Test
  void aPrivateAddressRefusedByThisRunsPolicyIsShownButStartsNoBackoff() {
    server.route("/feed", LocalServer.text(200, "application/rss+xml", rss("Local", Duration.ofHours(1), 2)));
    Source s = add("/feed", "feed");
    try (HttpFetcher strict = new HttpFetcher(FetchConfig.defaults().withRetries(0, Duration.ZERO, Duration.ZERO))) {
      SourcePoller guarded = new SourcePoller(strict, new StandardFeedParser(), store, Clock.fixed(NOW, ZoneOffset.UTC),
          new StageTimer(), new PollSchedule(PollSchedule.Bounds.defaults()), SitemapReader.defaults());
      SourcePoller.Poll p = guarded.poll(reload(s));
      assertThat(p.error()).contains("--allow-private-network");
    }
    Source after = reload(s);
    assertThat(after.lastError()).contains("--allow-private-network");
    assertThat(after.consecutiveFailures()).isZero();
    assertThat(after.nextFetchAt()).as("still due for a run that allows it").isEqualTo(s.nextFetchAt());
    assertThat(pollAndStore(after).entries()).hasSize(2);
  }

  @Test
  void aRefusalAfterFailuresReadsAsRefusedAndLeavesTheSourceDueForARunThatAllowsIt() {
    AtomicInteger calls = new AtomicInteger();
    server.route("/flaky", ex -> {
      if (calls.incrementAndGet() <= 4) LocalServer.send(ex, 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
      else LocalServer.send(ex, 200, "application/rss+xml", rss("Back", Duration.ofHours(1), 2).getBytes(StandardCharsets.UTF_8));
    });
    Source s = add("/flaky", "feed");
    for (int i = 0; i < 4; i++) pollAndStore(reload(s));
    assertThat(reload(s).consecutiveFailures()).isEqualTo(4);
    try (HttpFetcher strict = new HttpFetcher(FetchConfig.defaults().withRetries(0, Duration.ZERO, Duration.ZERO))) {
      new SourcePoller(strict, new StandardFeedParser(), store, Clock.fixed(NOW, ZoneOffset.UTC), new StageTimer(),
          new PollSchedule(PollSchedule.Bounds.defaults()), SitemapReader.defaults()).poll(reload(s));
    }
    Source refused = reload(s);
    // The refusal is the latest word on the source: it says nothing of the failures before, and the
    // option it names must find the source due (not backed off for the failures' sake).
    assertThat(newsdesk.sources.SourceStatus.of(refused, new PollSchedule(PollSchedule.Bounds.defaults())))
        .isEqualTo(newsdesk.sources.SourceStatus.REFUSED);
    assertThat(refused.refused()).isTrue();
    assertThat(refused.nextFetchAt() == null || !refused.nextFetchAt().isAfter(NOW))
        .as("due now, was %s", refused.nextFetchAt()).isTrue();
    assertThat(pollAndStore(refused).entries()).hasSize(2);
    assertThat(reload(s).consecutiveFailures()).isZero();
    assertThat(reload(s).lastError()).isNull();
  }

  @Test
  void aFetchInterruptedBecauseTheProcessStopsIsNoFailureOfTheSource() {
    serveHourlyFeedWithEtag();
    Source s = add("/feed", "feed");
    Thread.currentThread().interrupt(); // as `run` interrupts its poller on Ctrl-C
    SourcePoller.Poll p;
    try {
      p = pollAndStore(s);
    } finally {
      assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
    }
    assertThat(p.error()).isEqualTo(SourcePoller.INTERRUPTED);
    Source after = reload(s);
    assertThat(after.consecutiveFailures()).isZero();
    assertThat(after.lastError()).isNull();
    assertThat(after.lastFetchAt()).isNull();
    assertThat(after.nextFetchAt()).isEqualTo(s.nextFetchAt());
  }

  @Test
  void aRetryAfterPushesTheNextPollBack() {
    server.route("/busy", ex -> {
      ex.getResponseHeaders().set("Retry-After", "86000");
      LocalServer.send(ex, 429, "text/plain", new byte[0]);
    });
    Source s = add("/busy", "feed");
    pollAndStore(s);
    assertThat(reload(s).nextFetchAt()).isEqualTo(NOW.plusSeconds(86000));
    assertThat(reload(s).lastError()).contains("429");
  }

  @Test
  void aSitemapSourceYieldsItsRecentPagesAsEntries() {
    server.route("/index.xml", LocalServer.text(200, "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>%s</loc><lastmod>2026-11-29</lastmod></sitemap>
        </sitemapindex>""".formatted(server.url("/news.xml"))));
    server.route("/news.xml", LocalServer.text(200, "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>http://site.example/a</loc><news:news><news:publication><news:name>S</news:name><news:language>en</news:language>
            </news:publication><news:publication_date>2026-11-29T10:00:00Z</news:publication_date><news:title>A</news:title></news:news></url>
          <url><loc>http://site.example/b</loc><lastmod>2026-11-29T11:00:00Z</lastmod></url>
        </urlset>"""));
    Source s = add("/index.xml", "sitemap");
    SourcePoller.Poll p = pollAndStore(s);
    assertThat(p.error()).isNull();
    assertThat(p.entries()).extracting(FeedEntry::link).containsExactly("http://site.example/b", "http://site.example/a");
    assertThat(p.entries().get(1).title()).isEqualTo("A");
    assertThat(parses).hasValue(0);
  }

  @Test
  void aWrongCharsetHeaderDoesNotGarbleTheFeed() {
    String feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9 \u65b0\u805e</title>"
        + "<item><title>\u00dcber</title><link>http://site.example/u</link></item></channel></rss>";
    server.route("/feed", ex -> LocalServer.send(ex, 200, "text/xml; charset=us-ascii", feed.getBytes(StandardCharsets.UTF_8)));
    Source s = add("/feed", "feed");
    SourcePoller.Poll p = pollAndStore(s);
    assertThat(p.error()).isNull();
    assertThat(reload(s).title()).isEqualTo("Caf\u00e9 \u65b0\u805e");
    assertThat(p.entries()).extracting(FeedEntry::title).containsExactly("\u00dcber");
  }

  @Test
  void anUnparsableFeedIsAFailureWithTheParsersReason() {
    server.route("/feed", LocalServer.text(200, "text/html", "<html><body>not a feed</body></html>"));
    Source s = add("/feed", "feed");
    SourcePoller.Poll p = pollAndStore(s);
    assertThat(p.error()).isNotBlank();
    assertThat(reload(s).consecutiveFailures()).isEqualTo(1);
  }

  /** {@code doc} with its last 30% of bytes removed, as a download cut off mid-document. */
  static String cut(String doc) {
    return doc.substring(0, doc.length() * 7 / 10);
  }

  @Test
  void aTruncatedFeedIsReadButTheSourceSaysItIsDamagedUntilItIsWholeAgain() {
    String whole = rss("Hourly", Duration.ofHours(1), 10);
    server.route("/feed", LocalServer.text(200, "application/rss+xml", cut(whole)));
    Source s = add("/feed", "feed");

    SourcePoller.Poll damaged = pollAndStore(s);
    assertThat(damaged.error()).isNull();
    assertThat(damaged.entries()).isNotEmpty().hasSizeLessThan(10);
    String expected = "truncated: the document ends before its <rss> element is closed; " + damaged.entries().size()
        + " entries read";
    assertThat(damaged.warning()).isEqualTo(expected);
    assertThat(reload(s).lastWarning()).isEqualTo(expected);
    assertThat(reload(s).damaged()).isTrue();
    assertThat(reload(s).consecutiveFailures()).as("it answered: not a failure").isZero();

    server.route("/feed", LocalServer.text(200, "application/rss+xml", whole));
    SourcePoller.Poll repaired = pollAndStore(reload(s));
    assertThat(repaired.warning()).isNull();
    assertThat(reload(s).lastWarning()).isNull();
    assertThat(reload(s).damaged()).isFalse();
  }

  @Test
  void aFeedCutBeforeItsFirstEntryIsAFailureNotAQuietFeed() {
    String whole = rss("Hourly", Duration.ofHours(1), 3);
    server.route("/feed", LocalServer.text(200, "application/rss+xml", whole.substring(0, whole.indexOf("<item>") + 9)));
    Source s = add("/feed", "feed");
    SourcePoller.Poll p = pollAndStore(s);
    assertThat(p.entries()).isEmpty();
    assertThat(p.error()).isEqualTo("truncated: the document ends before its <rss> element is closed; no entry could be read");
    assertThat(reload(s).consecutiveFailures()).isEqualTo(1);
    assertThat(reload(s).lastError()).isEqualTo(p.error());
  }

  @Test
  void anEmptyAnswerIsAFailureNotAQuietFeed() {
    server.route("/empty", LocalServer.text(200, "application/rss+xml", ""));
    server.route("/blank", LocalServer.text(200, "text/xml", "  \n"));
    server.route("/text", LocalServer.text(200, "text/plain", "maintenance, back soon"));
    for (String[] c : new String[][] {{"/empty", "the document is empty"}, {"/blank", "the document is empty"},
        {"/text", "no XML element or JSON object in it"}}) {
      Source s = add(c[0], "feed");
      SourcePoller.Poll p = pollAndStore(s);
      assertThat(p.entries()).as(c[0]).isEmpty();
      assertThat(p.error()).as(c[0]).isEqualTo(c[1]);
      assertThat(reload(s).consecutiveFailures()).as(c[0]).isEqualTo(1);
      assertThat(reload(s).lastError()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void aWellFormedFeedWithoutEntriesIsNoFailure() {
    server.route("/feed", LocalServer.text(200, "application/rss+xml", rss("Quiet", Duration.ofHours(1), 0)));
    Source s = add("/feed", "feed");
    SourcePoller.Poll p = pollAndStore(s);
    assertThat(p.error()).isNull();
    assertThat(p.warning()).isNull();
    assertThat(reload(s).consecutiveFailures()).isZero();
  }

  @Test
  void aFeedThatMovedPermanentlyIsFollowedAtItsNewUrl() {
    server.route("/old.rss", LocalServer.redirect(301, "/new.rss"));
    server.route("/temporary.rss", LocalServer.redirect(302, "/new2.rss"));
    server.route("/new.rss", LocalServer.text(200, "application/rss+xml", rss("Moved", Duration.ofHours(1), 3)));
    server.route("/new2.rss", LocalServer.text(200, "application/rss+xml", rss("Elsewhere", Duration.ofHours(1), 3)));
    Source moved = add("/old.rss", "feed");
    Source temporary = add("/temporary.rss", "feed");
    assertThat(pollAndStore(moved).error()).isNull();
    assertThat(pollAndStore(temporary).error()).isNull();
    assertThat(reload(moved).url()).isEqualTo(server.url("/new.rss").toString());
    assertThat(reload(temporary).url()).isEqualTo(server.url("/temporary.rss").toString());
    pollAndStore(reload(moved));
    assertThat(server.count("/old.rss")).isEqualTo(1);
    assertThat(server.count("/new.rss")).isEqualTo(2);
  }
}
