package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.search.SearchHit;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database restored from an older backup beside a newer index (the index is derived, so it is
 * kept): the index is ahead of the store, and is rebuilt rather than trusted.
 */
class IndexAheadOfStoreTest {
  @TempDir Path dir;

  static void article(SqliteNewsStore store, String key, String text) {
    Instant t = Instant.parse("2024-05-01T10:00:00Z");
    store.insertArticle(new StoredArticle(0, "a-" + key, null, null, "https://example.org/" + key, "https://example.org/" + key,
        "Example", "Title " + key, List.of(), t, t, "en", null, null, text, "page", "h" + key, null, null));
  }

  /** One article stored and backed up, four more stored and indexed (index through 5), then the backup restored. */
  private Path restoredBackup() throws IOException {
    Path db = dir.resolve("newsdesk.db");
    try (SqliteNewsStore store = SqliteNewsStore.open(db)) {
      article(store, "1", "volcano erupts near the coast");
    }
    Path backup = dir.resolve("backup.db");
    Files.copy(db, backup);
    try (SqliteNewsStore store = SqliteNewsStore.open(db); LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      for (int i = 2; i <= 5; i++) article(store, "" + i, "earthquake report number " + i);
      new IndexSync(store, index).catchUp();
      assertThat(index.indexedThrough()).isEqualTo(5);
      assertThat(index.indexedThroughPublicId()).isEqualTo("a-5");
    }
    Files.delete(db);
    Files.deleteIfExists(dir.resolve("newsdesk.db-wal"));
    Files.deleteIfExists(dir.resolve("newsdesk.db-shm"));
    Files.copy(backup, db);
    return db;
  }

  private static List<String> found(LuceneArticleIndex index, String query) {
    return index.search(query, 20).stream().map(SearchHit::articleId).sorted().toList();
  }

  @Test
  void articlesStoredAfterARestoreBelowTheIndexMarkAreIndexed() throws IOException {
    Path db = restoredBackup();
    try (SqliteNewsStore store = SqliteNewsStore.open(db); LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      for (int i = 6; i <= 8; i++) article(store, "" + i, "flood warning issued number " + i);
      IndexSync sync = new IndexSync(store, index);
      assertThat(sync.indexAhead()).isTrue();
      assertThat(sync.catchUp()).as("the whole store, rebuilt").isEqualTo(4);
      assertThat(sync.indexAhead()).isFalse();
      assertThat(index.indexedThrough()).isEqualTo(store.maxArticleId());
      assertThat(found(index, "flood")).containsExactly("a-6", "a-7", "a-8");
      assertThat(found(index, "earthquake")).as("articles the restored database does not hold").isEmpty();
    }
  }

  @Test
  void aRestoredStoreWrittenPastTheIndexMarkIsRecognisedByTheRecordedArticle() throws IOException {
    Path db = restoredBackup();
    try (SqliteNewsStore store = SqliteNewsStore.open(db); LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      // Ids 2..7 are given again, to other articles: the store's highest id passes the index's mark.
      for (int i = 6; i <= 11; i++) article(store, "" + i, "flood warning issued number " + i);
      assertThat(store.maxArticleId()).isGreaterThan(index.indexedThrough());
      IndexSync sync = new IndexSync(store, index);
      assertThat(sync.indexAhead()).isTrue();
      assertThat(sync.catchUp()).isEqualTo(7);
      assertThat(found(index, "flood")).hasSize(6);
      assertThat(found(index, "earthquake")).isEmpty();
    }
  }

  @Test
  void anIndexBuiltFromThisStoreIsNotAhead() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      IndexSync sync = new IndexSync(store, index);
      assertThat(sync.indexAhead()).as("empty").isFalse();
      article(store, "1", "volcano erupts near the coast");
      assertThat(sync.catchUp()).isEqualTo(1);
      article(store, "2", "volcano erupts again");
      assertThat(sync.indexAhead()).isFalse();
      assertThat(sync.catchUp()).as("only the new article").isEqualTo(1);
      assertThat(sync.indexAhead()).isFalse();
    }
  }
}
