package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Times are compared as text in SQL, so two times within one second must still compare in time order:
 * {@code ...:00Z} written beside {@code ...:00.500Z} compared after it, as {@code '.'} sorts before
 * {@code 'Z'}.
 */
class TimeOrderTest {
  private static final Instant WHOLE = Instant.parse("2024-05-01T10:00:00Z");
  private static final Instant HALF = Instant.parse("2024-05-01T10:00:00.500Z");
  private static final Instant NOW = Instant.parse("2024-05-02T00:00:00Z");

  @TempDir Path dir;

  @Test
  void timesAreWrittenAtOneWidthAndReadBackExactly() {
    assertThat(Rows.text(WHOLE)).isEqualTo("2024-05-01T10:00:00.000000000Z");
    assertThat(Rows.text(HALF)).isEqualTo("2024-05-01T10:00:00.500000000Z");
    Instant nanos = Instant.parse("2024-05-01T10:00:00.123456789Z");
    assertThat(Rows.instant(Rows.text(nanos))).isEqualTo(nanos);
    assertThat(Rows.text(HALF)).isGreaterThan(Rows.text(WHOLE));
  }

  @Test
  void readingAcceptsTheOlderVariableWidthText() {
    assertThat(Rows.instant("2024-05-01T10:00:00.5Z")).isEqualTo(HALF);
    assertThat(Rows.instant("2024-05-01T10:00:00Z")).isEqualTo(WHOLE);
  }

  @Test
  void aStoryKeepsTheLaterOfTwoTimesInOneSecond() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      store.insertStory(new StoryRecord("s", NOW, null, null, NOW, 1, null));
      store.storyGained("s", HALF, NOW);
      store.storyGained("s", WHOLE, NOW);
      StoryRecord s = store.story("s").orElseThrow();
      assertThat(s.lastPublished()).isEqualTo(HALF);
      assertThat(s.firstPublished()).isEqualTo(WHOLE);
    }
  }

  @Test
  void theNewestArticleIsTheLaterOneWithinASecond() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      store.insertStory(new StoryRecord("s", NOW, null, null, NOW, 1, null));
      store.insertArticle(readAt(SqliteNewsStoreTest.article("a", "https://example.org/a", "s", HALF), NOW));
      store.insertArticle(readAt(SqliteNewsStoreTest.article("b", "https://example.org/b", "s", WHOLE), NOW));
      assertThat(store.newestArticleTime()).isEqualTo(HALF);
    }
  }

  @Test
  void theStoryPageCursorWalksTimesWithinASecondInOrder() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      store.insertStory(new StoryRecord("whole", NOW, WHOLE, WHOLE, NOW, 1, null));
      store.insertStory(new StoryRecord("half", NOW, HALF, HALF, NOW, 1, null));
      List<StoryRecord> first = store.storiesPage(null, null, 1);
      assertThat(first).extracting(StoryRecord::id).containsExactly("half");
      List<StoryRecord> next = store.storiesPage(HALF, "half", 5);
      assertThat(next).extracting(StoryRecord::id).containsExactly("whole");
    }
  }

  @Test
  void aDatabaseWrittenWithVariableWidthTimesComparesRightOnceMigrated() throws Exception {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("8").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("""
          INSERT INTO stories(id, created_at, first_published, last_published, updated_at) VALUES
            ('whole', '2024-05-02T00:00:00Z', '2024-05-01T10:00:00Z', '2024-05-01T10:00:00Z', '2024-05-02T00:00:00Z'),
            ('half', '2024-05-02T00:00:00Z', '2024-05-01T10:00:00.5Z', '2024-05-01T10:00:00.500Z', '2024-05-02T00:00:00Z')""");
      s.executeUpdate("""
          INSERT INTO articles(public_id, url, canonical_url, published, fetched_at, text, text_source, content_hash) VALUES
            ('a', 'https://example.org/a', 'https://example.org/a', '2024-05-01T10:00:00.500100Z', '2024-05-02T00:00:00Z', '', 'feed', 'h1'),
            ('b', 'https://example.org/b', 'https://example.org/b', '2024-05-01T10:00:00Z', '2024-05-02T00:00:00.123456789Z', '', 'feed', 'h2')""");
      s.executeUpdate("INSERT INTO sources(url, added_at, next_fetch_at) VALUES ('https://example.org/f', "
          + "'2024-05-01T10:00:00Z', NULL)");
    }
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      assertThat(store.newestArticleTime()).isEqualTo(Instant.parse("2024-05-01T10:00:00.500100Z"));
      assertThat(store.storiesPage(null, null, 2)).extracting(StoryRecord::id).containsExactly("half", "whole");
      assertThat(store.story("half").orElseThrow().firstPublished()).isEqualTo(HALF);
      assertThat(store.sources().getFirst().nextFetchAt()).isNull();
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT published, fetched_at FROM articles ORDER BY public_id")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("2024-05-01T10:00:00.500100000Z");
      assertThat(rs.getString(2)).isEqualTo("2024-05-02T00:00:00.000000000Z");
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("2024-05-01T10:00:00.000000000Z");
      assertThat(rs.getString(2)).isEqualTo("2024-05-02T00:00:00.123456789Z");
    }
  }

  /** {@code a} fetched at {@code fetched} (newestArticleTime counts no article later than its fetch). */
  private static StoredArticle readAt(StoredArticle a, Instant fetched) {
    return new StoredArticle(a.id(), a.publicId(), a.sourceId(), a.guid(), a.url(), a.canonicalUrl(), a.outlet(), a.title(),
        a.authors(), a.published(), fetched, a.language(), a.description(), a.image(), a.text(), a.textSource(),
        a.contentHash(), a.duplicateOf(), a.storyId());
  }

  @Test
  void anArticleDatedAfterItWasReadNeverAnchorsTheNewestTimeInTheFuture() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      store.insertStory(new StoryRecord("s", NOW, null, null, NOW, 1, null));
      // Fetched 2020-01-10 (SqliteNewsStoreTest.article); one dated a year later, as stored before clamping.
      store.insertArticle(SqliteNewsStoreTest.article("a", "https://example.org/a", "s", Instant.parse("2019-12-31T00:00:00Z")));
      store.insertArticle(SqliteNewsStoreTest.article("b", "https://example.org/b", "s", Instant.parse("2021-01-10T00:00:00Z")));
      assertThat(store.newestArticleTime()).isEqualTo(Instant.parse("2020-01-10T00:00:00Z"));
    }
  }
}
