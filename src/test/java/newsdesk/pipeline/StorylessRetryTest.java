package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.ManualClock;
import newsdesk.fetch.LocalServer;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link-only entry whose page failed is stored in no story (it has nothing to show); when the
 * page reads on a later retry, the article is placed as a new one would be: analysed, checked for
 * copies and clustered, so it appears in a story. Before, its text was rewritten but it stayed
 * story-less, out of every digest, for good.
 */
class StorylessRetryTest {
  private static final String PAGE_TEXT = "The Glenport ferry will stop running in January, the island council said on"
      + " Sunday, after the operator lost its subsidy. Commuters who cross to the mainland each morning will have to drive"
      + " round the estuary, an hour each way. The council is talking to two other operators about a smaller boat in the"
      + " summer months. Shopkeepers on the island fear that day visitors, who arrive on the ferry, will stay away.";

  @TempDir Path dir;

  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T12:00:00Z"));

  private static String page() {
    return "<html><head><title>Glenport ferry to stop | Island News</title></head><body><article><h1>Glenport ferry to"
        + " stop in January</h1><p>" + PAGE_TEXT.replace(". ", ".</p><p>") + "</p></article></body></html>";
  }

  @Test
  void aStorylessArticleWhosePageReadsOnARetryJoinsAStory() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Island News\",\"items\":["
          + "{\"id\":\"ferry\",\"url\":\"" + f.server.url("/news/ferry") + "\",\"date_published\":\"2026-11-29T10:00:00Z\"}]}";
      f.server.route("/feed.json", LocalServer.text(200, "application/feed+json", json));
      f.server.route("/news/ferry", LocalServer.text(503, "text/plain", "busy"));
      f.store.addSource(f.server.url("/feed.json").toString(), "feed", null, null);
      Pipeline pipeline = new Pipeline(f.store, f.index, f.fetcher, StandardStages.create(), Pipeline.Config.defaults(),
          clock, Progress.NONE);

      pipeline.ingest(f.store.sources());
      StoredArticle failed = only(f);
      assertThat(failed.storyId()).as("nothing to show yet").isNull();
      assertThat(f.store.pageRetries(failed.id())).isZero();

      f.server.route("/news/ferry", LocalServer.text(200, "text/html", page()));
      clock.advance(Duration.ofMinutes(35));
      IngestReport retried = pipeline.ingest(f.store.sources());

      assertThat(retried.updated()).isEqualTo(1);
      StoredArticle read = only(f);
      assertThat(read.text()).contains("operator lost its subsidy");
      assertThat(read.storyId()).as("placed in a story once it has content").isNotNull();
      assertThat(f.store.articlesOfStory(read.storyId())).extracting(StoredArticle::id).containsExactly(read.id());
      assertThat(f.store.brief(read.storyId())).as("briefed, so the digest shows it").isPresent();
      assertThat(f.store.entitiesOfStory(read.storyId())).as("its entities were saved").isNotEmpty();
    }
  }

  private static StoredArticle only(LoopbackFixture f) {
    List<StoredArticle> all = f.store.articlesAfter(0, 10);
    assertThat(all).hasSize(1);
    return all.getFirst();
  }
}
