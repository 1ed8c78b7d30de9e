package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages that failed for a while and are to be read again (schema V15: {@code page_retries}). */
class PageRetriesTest {
  private static final Instant T = Instant.parse("2026-11-29T12:00:00Z");

  @TempDir Path dir;

  @Test
  void aPendingRetryIsSavedCountedAndCleared() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      long id = store.insertArticle(SqliteNewsStoreTest.article("a-1", "https://example.org/1", null, T)).id();
      assertThat(store.pageRetries(id)).as("nothing pending for a new article").isNull();
      store.savePageRetries(id, 0);
      assertThat(store.pageRetries(id)).isZero();
      store.savePageRetries(id, 3);
      assertThat(store.pageRetries(id)).isEqualTo(3);
      store.savePageRetries(id, null);
      assertThat(store.pageRetries(id)).isNull();
      assertThat(store.pageRetries(id + 100)).as("no such article").isNull();
    }
  }

  @Test
  void migratingToV15MarksTheFeedOnlyArticlesWhosePageFailedInAWayThatMayPass() throws Exception {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("14").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("""
          INSERT INTO articles(public_id, url, canonical_url, fetched_at, text, text_source, content_hash, page_status, link_gone)
          VALUES ('busy', 'https://example.org/1', 'https://example.org/1', '2026-11-29T12:00:00.000000000Z', 'x', 'feed', 'h1', 503, 0),
          ('limited', 'https://example.org/2', 'https://example.org/2', '2026-11-29T12:00:00.000000000Z', 'x', 'feed', 'h2', 429, 0),
          ('read', 'https://example.org/3', 'https://example.org/3', '2026-11-29T12:00:00.000000000Z', 'x', 'page', 'h3', 200, 0),
          ('gone', 'https://example.org/4', 'https://example.org/4', '2026-11-29T12:00:00.000000000Z', 'x', 'feed', 'h4', 404, 1),
          ('walled', 'https://example.org/5', 'https://example.org/5', '2026-11-29T12:00:00.000000000Z', 'x', 'feed', 'h5', 403, 0),
          ('unknown', 'https://example.org/6', 'https://example.org/6', '2026-11-29T12:00:00.000000000Z', 'x', 'feed', 'h6', NULL, 0)""");
    }
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      assertThat(retries(store, "busy")).isZero();
      assertThat(retries(store, "limited")).isZero();
      assertThat(retries(store, "read")).isNull();
      assertThat(retries(store, "gone")).isNull();
      assertThat(retries(store, "walled")).isNull();
      // V15 could not tell a page that got no answer; V16 reads those again too (StoredDatesMigrationTest).
      assertThat(retries(store, "unknown")).isZero();
    }
  }

  private static Integer retries(SqliteNewsStore store, String publicId) {
    return store.pageRetries(store.articleByPublicId(publicId).orElseThrow().id());
  }
}
