package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop (Ctrl-C) ends an ingest after the article at hand; the rest come with the next run. */
class StoppedIngestTest {
  @TempDir Path dir;

  /** Three unrelated stories of one feed (also what {@link StoppedRefreshTest} stops in). */
  static final String FEED = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Valley Notes\",\"items\":["
      + "{\"id\":\"one\",\"date_published\":\"2026-11-01T10:00:00Z\",\"title\":\"Tarn valley railway reopens\","
      + "\"content_text\":\"The Tarn valley railway reopened on Sunday after two years of repairs to its viaduct.\"},"
      + "{\"id\":\"two\",\"date_published\":\"2026-11-02T10:00:00Z\",\"title\":\"Elmshaven votes for a park\","
      + "\"content_text\":\"Voters in Elmshaven approved a plan to turn the old gasworks into a park.\"},"
      + "{\"id\":\"three\",\"date_published\":\"2026-11-03T10:00:00Z\",\"title\":\"Harbour crane collapses in Westmoor\","
      + "\"content_text\":\"A harbour crane collapsed in Westmoor on Tuesday; nobody was hurt, the port authority said.\"}]}";

  @Test
  void aStopLeavesTheRestForTheNextRunAndTheSourceForgetsNothing() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      f.server.route("/feed.json", LocalServer.text(200, "application/feed+json", FEED));
      Source source = f.store.addSource(f.server.url("/feed.json").toString(), "feed", null, null);
      Pipeline pipeline = f.pipeline(StandardStages.create());
      AtomicInteger asked = new AtomicInteger();

      IngestReport stopped = pipeline.ingest(List.of(source), () -> asked.incrementAndGet() > 1);

      assertThat(stopped.added()).isEqualTo(1);
      assertThat(stopped.leftForNextRun()).isEqualTo(2);
      assertThat(f.store.articlesAfter(0, 10)).extracting(StoredArticle::guid).containsExactly("one");
      Source after = f.store.source(source.id()).orElseThrow();
      assertThat(after.lastFetchAt()).as("the source did not remember this poll").isNull();
      assertThat(after.lastError()).isNull();

      IngestReport next = pipeline.ingest(List.of(after));

      assertThat(next.added()).isEqualTo(2);
      assertThat(next.leftForNextRun()).isZero();
      assertThat(f.store.articlesAfter(0, 10)).extracting(StoredArticle::guid).containsExactlyInAnyOrder("one", "two", "three");
      assertThat(f.store.source(source.id()).orElseThrow().lastFetchAt()).isNotNull();
    }
  }
}
