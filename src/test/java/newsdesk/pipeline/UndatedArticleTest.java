package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsdesk.fetch.LocalServer;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article with no publication time is placed at the time newsdesk first read it, and every
 * output says so: its story's times and its own "first seen" agree.
 */
class UndatedArticleTest {
  private static final Instant NOW = Instant.parse("2026-11-29T22:05:40.058335967Z");

  @TempDir Path dir;

  @Test
  void anUndatedArticleIsShownFirstSeenAtTheTimeItsStoryIsDatedBy() throws Exception {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      LocalServer server = f.server;
      // No pubDate, and no page (every link answers 404): nothing dates it.
      String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Undated</title><item>"
          + "<title>Library extends its opening hours</title><link>" + server.url("/library") + "</link><guid>library</guid>"
          + "<description>The central library will stay open until nine on weekdays from next month, the council said."
          + "</description></item></channel></rss>";
      server.route("/feed", LocalServer.text(200, "application/rss+xml", rss));
      var source = f.store.addSource(server.url("/feed").toString(), "feed", null, null);
      new Pipeline(f.store, f.index, f.fetcher, StandardStages.create(), Pipeline.Config.defaults(),
          Clock.fixed(NOW, ZoneOffset.UTC), Progress.NONE).ingest(List.of(source));

      StoredArticle a = f.store.articlesAfter(0, 10).getFirst();
      assertThat(a.published()).as("no publication time is made up").isNull();
      assertThat(a.time()).isEqualTo(NOW);
      DigestStory story = new DigestBuilder(f.store).story(a.storyId()).orElseThrow();
      assertThat(story.published()).isEqualTo(NOW);
      assertThat(story.updated()).isEqualTo(NOW);
      DigestStory.Coverage coverage = story.outlets().getFirst();
      assertThat(coverage.published()).isNull();
      assertThat(coverage.firstSeen()).isEqualTo(story.published());
      String json = new JsonDigestRenderer().render(List.of(story));
      assertThat(json).contains("\"first_seen\":\"2026-11-29T22:05:40Z\"").contains("\"published\":\"2026-11-29T22:05:40Z\"");
    }
  }
}
