package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsdesk.fetch.LocalServer;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry with no title, no text and no link has nothing to show: it is counted, not stored. */
class EmptyEntryTest {
  @TempDir Path dir;

  @Test
  void aJsonFeedItemWithOnlyAnIdIsSkippedAndCounted() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Micro Notes\",\"items\":["
          + "{\"id\":\"bare\"},"
          + "{\"id\":\"blank\",\"title\":\"  \",\"content_html\":\"<p> </p>\"},"
          + "{\"id\":\"headline\",\"title\":\"Tarn valley railway reopens\"},"
          + "{\"id\":\"note\",\"content_text\":\"Voters in Elmshaven approved a plan to turn the old gasworks into a park.\"}]}";
      f.server.route("/feed.json", LocalServer.text(200, "application/feed+json", json));
      var source = f.store.addSource(f.server.url("/feed.json").toString(), "feed", null, null);

      IngestReport report = f.pipeline(StandardStages.create()).ingest(List.of(source));

      assertThat(report.entriesSeen()).isEqualTo(4);
      assertThat(report.empty()).isEqualTo(2);
      assertThat(report.added()).isEqualTo(2);
      assertThat(f.store.articlesAfter(0, 10)).extracting(StoredArticle::guid).containsExactlyInAnyOrder("headline", "note");
      assertThat(report.pageErrors()).noneMatch(e -> e.startsWith("bare") || e.startsWith("blank"));
    }
  }
}
