package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import newsdesk.pipeline.IndexSync;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pruned article bodies leave search, even when the process dies between the prune and the index. */
class RetentionTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final String WORD = "quetzalcoatlus";

  @TempDir Path dir;

  @Test
  void pruningRemovesTheTextFromSearch() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      storeAndIndex(store, index);
      try (Retention retention = new Retention(store, index, Clock.fixed(NOW, ZoneOffset.UTC), silent(), () -> {}, error -> { throw new AssertionError(error); })) {
        assertThat(retention.runNow(30)).isEqualTo(1);
      }
      assertThat(index.search(WORD, 10)).isEmpty();
      assertThat(index.search("recent", 10)).as("the recent article keeps its text").hasSize(1);
    }
  }

  @Test
  void aPruneWhoseProcessDiedBeforeReindexingLeavesSearchOnTheNextCatchUp() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      storeAndIndex(store, index);
      // The prune commits, then the process dies: the index never hears of it.
      assertThat(store.pruneArticleBodies(NOW.minusSeconds(30 * 86400L))).hasSize(1);
      assertThat(index.search(WORD, 10)).as("still indexed").hasSize(1);
    }
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      new IndexSync(store, index).catchUp();
      assertThat(index.search(WORD, 10)).isEmpty();
      assertThat(store.articlesToReindex(Long.MAX_VALUE, 10)).as("marks cleared once indexed").isEmpty();
    }
  }

  @Test
  void anIndexerThatReadTheArticleBeforeThePruneLeavesItsMark() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      storeAndIndex(store, index);
      StoredArticle old = store.articlesAfter(0, 10).getFirst();
      store.updateArticleContent(old.id(), old.title(), old.description(), old.text() + " Corrected.", "page",
          old.contentHash() + "-2", NOW);
      List<StoredArticle> readByIndexer = store.articlesToReindex(Long.MAX_VALUE, 10);
      store.pruneArticleBodies(NOW.minusSeconds(30 * 86400L)); // between the indexer's read and its commit
      index.add(readByIndexer);
      store.reindexed(readByIndexer);
      assertThat(index.search(WORD, 10)).as("the indexer wrote the text it read").hasSize(1);
      assertThat(store.articlesToReindex(Long.MAX_VALUE, 10)).extracting(StoredArticle::id).containsExactly(old.id());
      new IndexSync(store, index).catchUp();
      assertThat(index.search(WORD, 10)).isEmpty();
    }
  }

  @Test
  void anErrorInAScheduledRoundEndsTheProcessInsteadOfSilentlyCancellingLaterRounds() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      java.util.List<Throwable> fatal = new java.util.ArrayList<>();
      java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
      OutOfMemoryError error = new OutOfMemoryError("Java heap space");
      try (Retention retention = new Retention(store, index, Clock.fixed(NOW, ZoneOffset.UTC),
          new PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8), () -> {}, fatal::add)) {
        retention.scheduledRound(() -> { throw error; }).run();
        assertThat(fatal).containsExactly(error);
        assertThat(log.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("retention failed with java.lang.OutOfMemoryError");

        fatal.clear();
        retention.scheduledRound(() -> { throw new IllegalStateException("database is locked"); }).run();
        assertThat(fatal).as("an ordinary failure is reported, and the next round runs").isEmpty();
        assertThat(log.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("retention failed: database is locked");
      }
    }
  }

  /** An article from last year naming {@link #WORD} and one from today, both indexed. */
  private static void storeAndIndex(SqliteNewsStore store, LuceneArticleIndex index) {
    store.insertArticle(article("old", Instant.parse("2025-06-01T00:00:00Z"),
        "The skeleton of a " + WORD + " was found in the desert, palaeontologists said."));
    store.insertArticle(article("new", NOW.minusSeconds(3600), "A recent article about the town council budget."));
    new IndexSync(store, index).catchUp();
    assertThat(index.search(WORD, 10)).hasSize(1);
  }

  private static StoredArticle article(String id, Instant published, String text) {
    String url = "https://example.org/" + id;
    return new StoredArticle(0, id, null, null, url, url, "Example", "Article " + id, List.of(), published, published,
        "en", "Description of " + id, null, text, "page", "hash-" + id, null, null);
  }

  private static PrintStream silent() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
