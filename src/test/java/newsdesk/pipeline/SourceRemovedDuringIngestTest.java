package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoryRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source removed by another process (`newsdesk sources remove`, the web form) while `run` stores
 * its entries: its remaining entries are left out before the clusterer sees them, so no admission
 * rolls back and the working set is never rebuilt; nothing reports an error about the gone source.
 */
class SourceRemovedDuringIngestTest {
  @TempDir Path dir;

  @Test
  void theEntriesOfARemovedSourceAreLeftOutWithoutRebuildingTheWorkingSet() {
    try (LoopbackFixture f = new LoopbackFixture(dir)) {
      TopicFeeds.serveFeed(f.server, "Beta one", "Alpha two", "Alpha three beta");
      Source source = f.store.addSource(f.server.url("/feed").toString(), "feed", null, null);
      Instant t = Instant.parse("2026-11-29T00:30:00Z");
      for (int i = 0; i < 5; i++) { // a working set to rebuild
        f.store.insertStory(new StoryRecord("s-old" + i, t, t, t, t, 1, null));
        f.store.insertArticle(new StoredArticle(0, "a-old" + i, null, null, "https://example.org/" + i,
            "https://example.org/" + i, "Ex", "Earlier story number " + i + " about harbour works", List.of(), t, t, "en", null,
            null, "The harbour works continued on pier " + i + " with new cranes and many workers, officials said on Monday.",
            "page", "old" + i, null, "s-old" + i));
      }
      AtomicBoolean armed = new AtomicBoolean();
      AtomicInteger transactions = new AtomicInteger();
      AtomicInteger restores = new AtomicInteger();
      NewsStore store = (NewsStore) Proxy.newProxyInstance(NewsStore.class.getClassLoader(), new Class<?>[] {NewsStore.class},
          (proxy, m, args) -> {
            if (m.getName().equals("inTransaction") && armed.get() && transactions.incrementAndGet() == 1) {
              try (SqliteNewsStore other = SqliteNewsStore.open(dir.resolve("newsdesk.db"))) {
                assertThat(other.removeSource(source.id())).isTrue();
              }
            }
            if (m.getName().equals("storyArticlesSince")) restores.incrementAndGet();
            try {
              return m.invoke(f.store, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      Pipeline pipeline = new Pipeline(store, f.index, f.fetcher, StandardStages.create(), Pipeline.Config.defaults(),
          Clock.systemUTC(), Progress.NONE);
      int atStart = restores.get();
      armed.set(true);

      IngestReport report = pipeline.ingest(List.of(source));

      assertThat(restores.get() - atStart).as("working-set rebuilds").isZero();
      assertThat(report.sourceErrors()).isEmpty();
      assertThat(report.pageErrors()).isEmpty();
      assertThat(f.store.source(source.id())).as("nothing writes the gone source back").isEmpty();
      assertThat(f.store.articlesAfter(0, 100)).extracting(StoredArticle::publicId).allMatch(id -> id.startsWith("a-old"));
    }
  }
}
