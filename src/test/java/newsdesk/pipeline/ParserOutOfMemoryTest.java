package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsdesk.extract.ArticleExtractor;
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

/**
 * A document whose parsing runs out of memory (or stack) is that document's failure: its source
 * fails with the reason, its page keeps the feed's text, and nothing reaches the pool that would
 * end the run for every source. What the parse allocated is unreachable once it has unwound.
 */
class ParserOutOfMemoryTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @TempDir Path dir;
  private final LocalServer server = new LocalServer();
  private final HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withRetries(0, Duration.ZERO, Duration.ZERO)
      .withPoliteness(4, Duration.ZERO));
  private SqliteNewsStore store;

  @BeforeEach
  void open() {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    String rss = SourcePollerTest.rss("Feed", Duration.ofHours(1), 2);
    for (String path : List.of("/good", "/huge", "/deep")) {
      server.route(path, LocalServer.text(200, "application/rss+xml", rss));
    }
    server.route("/page", LocalServer.text(200, "text/html", "<html><body><p>page</p></body></html>"));
  }

  @AfterEach
  void close() {
    store.close();
    fetcher.close();
    server.close();
  }

  private SourcePoller poller(FeedParser parser) {
    return new SourcePoller(fetcher, parser, store, Clock.fixed(NOW, ZoneOffset.UTC), new StageTimer(),
        new PollSchedule(PollSchedule.Bounds.defaults()), SitemapReader.defaults());
  }

  @Test
  void aParserOutOfMemoryOrStackFailsItsSourceAlone() {
    FeedParser standard = new StandardFeedParser();
    FeedParser failing = (body, type, url) -> {
      if (url.getPath().equals("/huge")) throw new OutOfMemoryError("Java heap space");
      if (url.getPath().equals("/deep")) throw new StackOverflowError();
      return standard.parse(body, type, url);
    };
    SourcePoller poller = poller(failing);
    Source good = store.addSource(server.url("/good").toString(), "feed", null, null);
    Source huge = store.addSource(server.url("/huge").toString(), "feed", null, null);
    Source deep = store.addSource(server.url("/deep").toString(), "feed", null, null);

    SourcePoller.Poll hugePoll = poller.poll(huge);
    SourcePoller.Poll deepPoll = poller.poll(deep);
    SourcePoller.Poll goodPoll = poller.poll(good);

    assertThat(hugePoll.error()).contains("the parser failed on " + huge.url()).contains("OutOfMemoryError");
    assertThat(deepPoll.error()).contains("StackOverflowError");
    assertThat(store.source(huge.id()).orElseThrow().consecutiveFailures()).isEqualTo(1);
    assertThat(goodPoll.error()).isNull();
    assertThat(goodPoll.entries()).hasSize(2);
  }

  @Test
  void anExtractorOutOfMemoryCostsItsPageWhichKeepsTheFeedText() {
    ArticleExtractor failing = page -> {
      throw new OutOfMemoryError("Java heap space");
    };
    ArticleReader reader = new ArticleReader(fetcher, failing, new StageTimer(), 0.5, DeadLinks.defaults());
    Source source = store.addSource(server.url("/good").toString(), "feed", null, null);
    FeedEntry entry = new FeedEntry("g1", server.url("/page").toString(), "t", "<p>the feed's text</p>", null,
        List.of(), NOW, null, List.of());

    Candidate c = reader.read(source, entry);

    assertThat(c.textSource()).isEqualTo("feed");
    assertThat(c.text()).isEqualTo("the feed's text");
    assertThat(c.pageError()).contains(server.url("/page").toString()).contains("OutOfMemoryError");
  }
}
