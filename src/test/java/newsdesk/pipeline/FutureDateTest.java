package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsdesk.fetch.LocalServer;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A publication time after the fetch (beyond clock skew) is the fetch time: no article dates the digest ahead. */
class FutureDateTest {
  private static final Instant NOW = Instant.parse("2026-11-29T22:00:00Z");

  @TempDir Path dir;

  private static String item(LocalServer server, String path, String title, String text, String pubDate) {
    return "<item><title>" + title + "</title><link>" + server.url("/" + path) + "</link><guid>" + path
        + "</guid><description>" + text + "</description><pubDate>" + pubDate + "</pubDate></item>";
  }

  @Test
  void aFutureDateIsClampedToTheFetchTimeAndTheDigestKeepsEveryStory() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      LocalServer server = f.server;
      String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Dates</title>"
          + item(server, "future", "Council approves new harbour bridge",
              "The town council approved a new bridge across the harbour on Sunday after ten years of debate.",
              "Mon, 29 Nov 2027 09:00:00 GMT")
          + item(server, "skew", "Ferry service resumes after storm",
              "Ferries to the islands sailed again on Sunday evening after two days of storms kept them in port.",
              "Sun, 29 Nov 2026 22:30:00 GMT")
          + item(server, "today", "Rovers win the cup final on penalties",
              "Rovers beat City 4-3 on penalties after a 1-1 draw in the cup final on Sunday afternoon.",
              "Sun, 29 Nov 2026 15:00:00 GMT")
          + "</channel></rss>";
      server.route("/feed", LocalServer.text(200, "application/rss+xml", rss));
      var source = f.store.addSource(server.url("/feed").toString(), "feed", null, null);
      Pipeline.Config config = Pipeline.Config.defaults();
      assertThat(config.maxFutureSkew()).isEqualTo(Duration.ofHours(2));
      ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(CandidateArticles.class);
      ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged = new ch.qos.logback.core.read.ListAppender<>();
      ch.qos.logback.classic.Level level = log.getLevel();
      logged.start();
      log.addAppender(logged);
      log.setLevel(ch.qos.logback.classic.Level.INFO);
      try {
        new Pipeline(f.store, f.index, f.fetcher, StandardStages.create(), config, Clock.fixed(NOW, ZoneOffset.UTC), Progress.NONE)
            .ingest(List.of(source));
      } finally {
        log.detachAppender(logged);
        log.setLevel(level);
      }
      // A note on the data, not a raw warning among the fetch progress on stderr.
      assertThat(logged.list).filteredOn(e -> e.getFormattedMessage().contains("dated at the fetch time"))
          .singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
            assertThat(e.getFormattedMessage()).contains("/future").contains("2027-11-29T09:00:00Z");
          });

      Map<String, StoredArticle> byTitle = f.store.articlesAfter(0, 10).stream()
          .collect(Collectors.toMap(StoredArticle::title, Function.identity()));
      assertThat(byTitle.get("Council approves new harbour bridge").published()).isEqualTo(NOW);
      // Half an hour ahead is clock skew (no warning), but still no time after the article was read.
      assertThat(byTitle.get("Ferry service resumes after storm").published()).isEqualTo(NOW);
      assertThat(byTitle.get("Rovers win the cup final on penalties").published()).isEqualTo(Instant.parse("2026-11-29T15:00:00Z"));
      assertThat(f.store.newestArticleTime()).isEqualTo(NOW);

      List<DigestStory> digest = new DigestBuilder(f.store).digest(null, null, 10);
      assertThat(digest).extracting(DigestStory::headline).hasSize(3);
      assertThat(digest).allSatisfy(s -> assertThat(s.updated()).isBeforeOrEqualTo(NOW));
    }
  }
}
