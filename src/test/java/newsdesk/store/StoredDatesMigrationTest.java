package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema V16: what ingestion rules written after the data was stored would have made of it. An
 * article dated after newsdesk read it (stored before the future-date clamp) is dated when it was
 * read, its story's times follow and it is re-briefed and re-indexed; a feed-only article whose page
 * got no answer at all (a timeout, stored before V15 could mark it) is read again like a newer one.
 */
class StoredDatesMigrationTest {
  private static final String READ = "2026-11-20T10:00:00.000000000Z";
  private static final String EARLIER = "2026-11-20T08:00:00.000000000Z";
  private static final String FUTURE = "2027-11-20T08:00:00.000000000Z";

  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void oldDatabase() throws Exception {
    file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("15").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("""
          INSERT INTO stories(id, created_at, first_published, last_published, updated_at, version) VALUES
          ('s-typo', '%1$s', '%2$s', '%3$s', '%1$s', 1),
          ('s-fine', '%1$s', '%2$s', '%2$s', '%1$s', 1),
          ('s-only', '%1$s', '%3$s', '%3$s', '%1$s', 2)""".formatted(READ, EARLIER, FUTURE));
      s.executeUpdate("""
          INSERT INTO articles(public_id, url, canonical_url, published, fetched_at, text, text_source, content_hash,
            story_id, page_status, link_gone)
          VALUES ('typo', 'https://a.example/1', 'https://a.example/1', '%3$s', '%1$s', 'x', 'page', 'h1', 's-typo', 200, 0),
          ('beside', 'https://a.example/2', 'https://a.example/2', '%2$s', '%1$s', 'x', 'page', 'h2', 's-typo', 200, 0),
          ('fine', 'https://a.example/3', 'https://a.example/3', '%2$s', '%1$s', 'x', 'page', 'h3', 's-fine', 200, 0),
          ('alone', 'https://a.example/4', 'https://a.example/4', '%3$s', '%1$s', 'x', 'page', 'h4', 's-only', 200, 0),
          ('timedout', 'https://a.example/5', 'https://a.example/5', '%2$s', '%1$s', 'x', 'feed', 'h5', 's-fine', NULL, 0),
          ('linkless', '', 'https://a.example/feed#entry=6', '%2$s', '%1$s', 'x', 'feed', 'h6', 's-fine', NULL, 0),
          ('gone', 'https://a.example/7', 'https://a.example/7', '%2$s', '%1$s', 'x', 'feed', 'h7', 's-fine', 404, 1),
          ('walled', 'https://a.example/8', 'https://a.example/8', '%2$s', '%1$s', 'x', 'feed', 'h8', 's-fine', 403, 0)"""
          .formatted(READ, EARLIER, FUTURE));
    }
  }

  @Test
  void anArticleDatedAfterItWasReadIsDatedWhenItWasReadAndItsStoryFollows() {
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      assertThat(store.articleByPublicId("typo").orElseThrow().published()).isEqualTo(Instant.parse(READ));
      assertThat(store.articleByPublicId("beside").orElseThrow().published()).isEqualTo(Instant.parse(EARLIER));
      StoryRecord typo = store.story("s-typo").orElseThrow();
      assertThat(typo.firstPublished()).isEqualTo(Instant.parse(EARLIER));
      assertThat(typo.lastPublished()).as("no longer a year ahead").isEqualTo(Instant.parse(READ));
      StoryRecord alone = store.story("s-only").orElseThrow();
      assertThat(alone.firstPublished()).isEqualTo(Instant.parse(READ));
      assertThat(alone.lastPublished()).isEqualTo(Instant.parse(READ));
      assertThat(store.newestArticleTime()).isEqualTo(Instant.parse(READ));
    }
  }

  @Test
  void onlyTheStoriesWhoseTimesMovedAreBriefedAndIndexedAgain() {
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      assertThat(store.story("s-typo").orElseThrow().version()).isEqualTo(2);
      assertThat(store.story("s-only").orElseThrow().version()).isEqualTo(3);
      assertThat(store.story("s-fine").orElseThrow().version()).as("untouched").isEqualTo(1);
      assertThat(store.articlesToReindex(Long.MAX_VALUE, 100)).extracting(StoredArticle::publicId)
          .containsExactlyInAnyOrder("typo", "alone");
    }
  }

  @Test
  void aFeedOnlyArticleWhosePageGotNoAnswerIsReadAgainLikeOneStoredSinceV15() {
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      assertThat(retries(store, "timedout")).isZero();
      assertThat(retries(store, "linkless")).as("no page to read").isNull();
      assertThat(retries(store, "gone")).isNull();
      assertThat(retries(store, "walled")).as("an answer that will not pass").isNull();
      assertThat(retries(store, "typo")).as("read from its page").isNull();
    }
  }

  private static Integer retries(SqliteNewsStore store, String publicId) {
    return store.pageRetries(store.articleByPublicId(publicId).orElseThrow().id());
  }
}
