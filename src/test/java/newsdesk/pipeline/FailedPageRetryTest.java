package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.ManualClock;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page that fails in a way that may pass (a 503, a robots.txt that cannot be read) leaves its
 * article with the feed's one sentence; while the feed lists the entry, the page is read again a
 * bounded number of times with a growing wait, and when it reads the article gets its text (and is
 * indexed with it) as a corrected article would.
 */
class FailedPageRetryTest {
  private static final Instant START = Instant.parse("2026-11-29T12:00:00Z");
  private static final String FEED_TEXT = "The Glenport ferry will stop running in January.";
  private static final String PAGE_TEXT = "The Glenport ferry will stop running in January, the island council said on"
      + " Sunday, after the operator lost its subsidy. Commuters who cross to the mainland each morning will have to drive"
      + " round the estuary, an hour each way. The council is talking to two other operators about a smaller boat in the"
      + " summer months. Shopkeepers on the island fear that day visitors, who arrive on the ferry, will stay away.";

  @TempDir Path dir;

  private final ManualClock clock = new ManualClock(START);

  private static String rss(LocalServer server) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Island News</title><item><title>Glenport ferry"
        + " to stop in January</title><link>" + server.url("/news/ferry") + "</link><guid>ferry</guid><description>"
        + FEED_TEXT + "</description><pubDate>Sun, 29 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>";
  }

  private static String page() {
    return "<html><head><title>Glenport ferry to stop | Island News</title></head><body><article><h1>Glenport ferry to"
        + " stop in January</h1><p>" + PAGE_TEXT.replace(". ", ".</p><p>") + "</p></article></body></html>";
  }

  private final Stages stages = StandardStages.create();
  private Pipeline pipeline;
  private HttpFetcher pipelineFetcher;

  /** One ingest of every source, by one pipeline per fetcher (as one process would). */
  private IngestReport ingest(LoopbackFixture f, HttpFetcher fetcher, ManualClock clock) {
    if (pipeline == null || pipelineFetcher != fetcher) {
      pipeline = new Pipeline(f.store, f.index, fetcher, stages, Pipeline.Config.defaults(), clock, Progress.NONE);
      pipelineFetcher = fetcher;
    }
    return pipeline.ingest(f.store.sources());
  }

  private static StoredArticle article(LoopbackFixture f) {
    List<StoredArticle> all = f.store.articlesAfter(0, 10);
    assertThat(all).hasSize(1);
    return all.getFirst();
  }

  @Test
  void aPageThatFailedWithA503IsReadAgainLaterAndTheArticleGetsItsText() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/feed.rss", LocalServer.text(200, "application/rss+xml", rss(f.server)));
      f.server.route("/news/ferry", LocalServer.text(503, "text/plain", "busy"));
      f.store.addSource(f.server.url("/feed.rss").toString(), "feed", null, null);

      IngestReport first = ingest(f, f.fetcher, clock);
      assertThat(first.added()).isEqualTo(1);
      assertThat(first.pageErrors()).hasSize(1);
      StoredArticle stored = article(f);
      assertThat(stored.textSource()).isEqualTo("feed");
      assertThat(stored.text()).isEqualTo(FEED_TEXT);
      assertThat(f.store.pageRetries(stored.id())).isZero();

      // Polled again soon: not due yet.
      clock.advance(Duration.ofMinutes(10));
      ingest(f, f.fetcher, clock);
      assertThat(f.server.count("/news/ferry")).isEqualTo(1);

      // Half an hour after the failure the page is read again, and it answers now.
      f.server.route("/news/ferry", LocalServer.text(200, "text/html", page()));
      clock.advance(Duration.ofMinutes(25));
      IngestReport retried = ingest(f, f.fetcher, clock);
      assertThat(f.server.count("/news/ferry")).isEqualTo(2);
      assertThat(retried.updated()).isEqualTo(1);
      assertThat(retried.added()).isZero();
      StoredArticle read = article(f);
      assertThat(read.id()).isEqualTo(stored.id());
      assertThat(read.textSource()).isEqualTo("page");
      assertThat(read.text()).contains("operator lost its subsidy");
      assertThat(read.pageStatus()).isEqualTo(200);
      assertThat(f.store.pageRetries(read.id())).as("nothing pending once read").isNull();
      assertThat(f.index.search("subsidy", 10)).as("indexed with the page's text").hasSize(1);

      // And never read again while the entry stays as it is.
      clock.advance(Duration.ofDays(1));
      ingest(f, f.fetcher, clock);
      assertThat(f.server.count("/news/ferry")).isEqualTo(2);
    }
  }

  @Test
  void aPageThatKeepsFailingIsReadAgainABoundedNumberOfTimesWithAGrowingWait() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/feed.rss", LocalServer.text(200, "application/rss+xml", rss(f.server)));
      f.server.route("/news/ferry", LocalServer.text(503, "text/plain", "busy"));
      f.store.addSource(f.server.url("/feed.rss").toString(), "feed", null, null);
      ingest(f, f.fetcher, clock);

      clock.advance(Duration.ofMinutes(30));
      IngestReport again = ingest(f, f.fetcher, clock);
      assertThat(f.server.count("/news/ferry")).as("first retry after 30 minutes").isEqualTo(2);
      assertThat(again.pageErrors()).as("a page that fails again is not reported on every retry").isEmpty();
      assertThat(again.updated()).isZero();

      clock.advance(Duration.ofMinutes(45));
      ingest(f, f.fetcher, clock);
      assertThat(f.server.count("/news/ferry")).as("the second waits an hour").isEqualTo(2);
      clock.advance(Duration.ofMinutes(15));
      ingest(f, f.fetcher, clock);
      assertThat(f.server.count("/news/ferry")).isEqualTo(3);

      for (int i = 0; i < 10; i++) {
        clock.advance(Duration.ofHours(4));
        ingest(f, f.fetcher, clock);
      }
      int retries = DeadLinks.defaults().retries();
      assertThat(f.server.count("/news/ferry")).as("the first read and %d retries", retries).isEqualTo(1 + retries);
      StoredArticle kept = article(f);
      assertThat(kept.textSource()).isEqualTo("feed");
      assertThat(kept.linkGone()).as("a failure that may pass says nothing of the link").isFalse();
      assertThat(f.store.pageRetries(kept.id())).isEqualTo(retries);
    }
  }

  @Test
  void aPageHeldBackByAnUnreadableRobotsTxtIsReadAgainLater() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/feed.rss", LocalServer.text(200, "application/rss+xml", rss(f.server)));
      f.server.route("/robots.txt", LocalServer.text(503, "text/plain", "busy"));
      f.server.route("/news/ferry", LocalServer.text(200, "text/html", page()));
      f.store.addSource(f.server.url("/feed.rss").toString(), "feed", null, null);
      IngestReport first = ingest(f, f.fetcher, clock);
      assertThat(first.pageErrors()).singleElement().asString().contains("robots.txt");
      assertThat(f.server.count("/news/ferry")).isZero();
      assertThat(article(f).textSource()).isEqualTo("feed");

      // A later process (a cron fetch) finds robots.txt readable again.
      f.server.route("/robots.txt", LocalServer.text(200, "text/plain", "User-agent: *\nAllow: /\n"));
      clock.advance(Duration.ofMinutes(30));
      try (HttpFetcher later = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
          .withRetries(0, Duration.ZERO, Duration.ZERO).withPoliteness(4, Duration.ZERO))) {
        assertThat(ingest(f, later, clock).updated()).isEqualTo(1);
      }
      assertThat(f.server.count("/news/ferry")).isEqualTo(1);
      assertThat(article(f).textSource()).isEqualTo("page");
    }
  }

  @Test
  void aPageThatAnswersWithoutAnArticleIsNotReadAgain() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/feed.rss", LocalServer.text(200, "application/rss+xml", rss(f.server)));
      f.server.route("/news/ferry", LocalServer.text(403, "text/plain", "forbidden"));
      f.store.addSource(f.server.url("/feed.rss").toString(), "feed", null, null);
      ingest(f, f.fetcher, clock);
      assertThat(f.store.pageRetries(article(f).id())).isNull();
      clock.advance(Duration.ofHours(3));
      ingest(f, f.fetcher, clock);
      assertThat(f.server.count("/news/ferry")).isEqualTo(1);
    }
  }
}
