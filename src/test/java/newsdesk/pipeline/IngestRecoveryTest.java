package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.ClusterDocument;
import newsdesk.cluster.StoryAssignment;
import newsdesk.cluster.StoryClusterer;
import newsdesk.fetch.LocalServer;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that dies part-way through ingesting a feed loses none of its entries. */
class IngestRecoveryTest {
  private static final int ITEMS = 4;

  @TempDir Path dir;

  @Test
  void entriesOfARunThatFailedMidwayAreIngestedByTheNext() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      SqliteNewsStore store = f.store;
      LocalServer server = f.server;
      serveFeedWithValidators(server);
      Source source = store.addSource(server.url("/feed").toString(), "feed", null, null);

      Stages failing = withClusterer(StandardStages.create(), failingOnAdd(2));
      Pipeline first = f.pipeline(failing);
      assertThatThrownBy(() -> first.ingest(List.of(source))).hasMessageContaining("admission failed");
      assertThat(store.articleCount()).isEqualTo(1);

      Pipeline second = f.pipeline(StandardStages.create());
      IngestReport report = second.ingest(store.sources());
      assertThat(report.sourceErrors()).isEmpty();
      assertThat(store.articleCount()).isEqualTo(ITEMS);
      assertThat(store.source(source.id()).orElseThrow().etag()).isEqualTo("\"v1\"");
    }
  }

  private static void serveFeedWithValidators(LocalServer server) {
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Recovery</title>");
    for (int i = 0; i < ITEMS; i++) {
      rss.append("<item><title>Story number ").append(i).append("</title><link>").append(server.url("/a" + i))
          .append("</link><guid>r").append(i).append("</guid><pubDate>Sun, 29 Nov 2026 0").append(i)
          .append(":00:00 GMT</pubDate></item>");
      String topic = List.of("harbour bridge repairs", "orchestra winter season", "wheat harvest prices", "rail strike talks").get(i);
      StringBuilder page = new StringBuilder("<html><head><title>Story number ").append(i).append("</title></head><body><article>");
      for (int p = 0; p < 6; p++) {
        page.append("<p>Paragraph ").append(p).append(" about the ").append(topic)
            .append(": officials said the work would continue through the week, and residents described what they saw.</p>");
      }
      server.route("/a" + i, LocalServer.text(200, "text/html", page.append("</article></body></html>").toString()));
    }
    byte[] feed = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    server.route("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalServer.send(ex, 304, null, new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      LocalServer.send(ex, 200, "application/rss+xml", feed);
    });
  }

  /** The standard clusterer, failing on its {@code n}th new document as a crash would stop a run. */
  private static StoryClusterer failingOnAdd(int n) {
    StoryClusterer inner = StandardStages.create().clusterer();
    AtomicInteger adds = new AtomicInteger();
    return new StoryClusterer() {
      @Override
      public StoryAssignment add(ClusterDocument document) {
        return add(StandardStages.create().analyzer().analyze(document));
      }

      @Override
      public StoryAssignment add(AnalyzedDocument document) {
        if (adds.incrementAndGet() == n) throw new IllegalStateException("admission failed (simulated crash)");
        return inner.add(document);
      }

      @Override
      public void restore(ClusterDocument document, String storyId) {
        inner.restore(document, storyId);
      }

      @Override
      public void restore(AnalyzedDocument document, String storyId) {
        inner.restore(document, storyId);
      }
    };
  }

  private static Stages withClusterer(Stages s, StoryClusterer clusterer) {
    return new Stages(s.feedParser(), s.extractor(), s.canonicalizer(), s.contentCheck(), s.nearDuplicates(),
        s.analyzer(), clusterer, s.summarizer(), s.bestOriginal(), s.related());
  }
}
