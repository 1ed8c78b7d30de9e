package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import newsdesk.cluster.OnlineStoryClusterer;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clusterer dates an undated article as the store does, by its fetch time: its story goes
 * quiet with the others instead of staying in the working set (and keeping every later story in
 * it) for good.
 */
class UndatedArticleStreamTimeTest {
  private static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");

  @TempDir Path dir;

  /** A clock the test moves on between two polls of one run. */
  private static final class SteppedClock extends Clock {
    Instant now = T0;

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  @Test
  void anUndatedArticlesStoryLeavesTheWorkingSetAsItsFetchTimeGoesQuiet() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/feed", LocalServer.text(200, "application/rss+xml", rss("<item><title>Town council notice</title>"
          + "<guid>undated</guid><description>The town council published its notice of road works and meetings for the "
          + "residents of the town, with the dates of the closures.</description></item>")));
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      SteppedClock clock = new SteppedClock();
      Stages stages = StandardStages.create();
      Pipeline pipeline = new Pipeline(f.store, f.index, f.fetcher, stages, Pipeline.Config.defaults(), clock, Progress.NONE);
      pipeline.ingest(List.of(source));
      OnlineStoryClusterer clusterer = (OnlineStoryClusterer) stages.clusterer();
      assertThat(clusterer.activeStories()).isEqualTo(1);

      // Ten days later, the feed lists a dated article on another subject.
      Instant later = T0.plus(Duration.ofDays(10));
      clock.now = later.plus(Duration.ofHours(1));
      f.server.route("/feed", LocalServer.text(200, "application/rss+xml", rss("<item><title>Orchestra announces winter "
          + "concerts</title><guid>dated</guid><pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(later.atOffset(ZoneOffset.UTC))
          + "</pubDate><description>The symphony orchestra announced its winter concerts, with violin soloists and a new "
          + "conductor from Vienna.</description></item>")));
      pipeline.ingest(List.of(f.store.source(source.id()).orElseThrow()));

      assertThat(f.store.articlesAfter(0, 10)).hasSize(2);
      assertThat(clusterer.activeStories()).as("the council notice, read ten days ago, is quiet").isEqualTo(1);
    }
  }

  private static String rss(String items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>" + items + "</channel></rss>";
  }
}
