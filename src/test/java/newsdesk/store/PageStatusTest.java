package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an article's page answered (schema V13: {@code page_status}, {@code link_gone}, {@code page_checked_at}). */
class PageStatusTest {
  private static final Instant T = Instant.parse("2026-11-29T12:00:00Z");

  @TempDir Path dir;

  @Test
  void anArticleIsStoredWithWhatItsPageAnsweredAndReadBack() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      StoredArticle gone = store.insertArticle(
          SqliteNewsStoreTest.article("a-gone", "https://example.org/gone", null, T).withPage(404, true));
      StoredArticle plain = store.insertArticle(SqliteNewsStoreTest.article("a-plain", "https://example.org/plain", null, T));

      assertThat(store.article(gone.id()).orElseThrow()).returns(404, StoredArticle::pageStatus).returns(true, StoredArticle::linkGone)
          .returns(null, StoredArticle::readableUrl).returns("https://example.org/gone", StoredArticle::url);
      assertThat(store.article(plain.id()).orElseThrow()).returns(null, StoredArticle::pageStatus)
          .returns(false, StoredArticle::linkGone).returns("https://example.org/plain", StoredArticle::readableUrl);
      assertThat(store.pageCheckedAt(gone.id())).as("not read again since it was stored").isNull();
    }
  }

  @Test
  void savingAPageStatusReportsWhetherTheMarkMovedAndKeepsTheLastAnswer() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      long id = store.insertArticle(SqliteNewsStoreTest.article("a-1", "https://example.org/1", null, T)).id();

      assertThat(store.savePageStatus(id, 404, true, T)).isTrue();
      assertThat(store.savePageStatus(id, 410, true, T.plusSeconds(60))).as("gone already").isFalse();
      assertThat(store.savePageStatus(id, null, true, T.plusSeconds(120))).as("no answer: the status kept").isFalse();
      StoredArticle a = store.article(id).orElseThrow();
      assertThat(a.pageStatus()).isEqualTo(410);
      assertThat(a.linkGone()).isTrue();
      assertThat(store.pageCheckedAt(id)).isEqualTo(T.plusSeconds(120));

      assertThat(store.savePageStatus(id, 200, false, T.plusSeconds(180))).as("the page came back").isTrue();
      assertThat(store.article(id).orElseThrow()).returns(200, StoredArticle::pageStatus).returns(false, StoredArticle::linkGone);
    }
  }

  @Test
  void aMarkThatMovesMovesItsStorysStampAndOneThatStaysDoesNot() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      store.insertStory(new StoryRecord("s-1", T, T, T, T, 1, null));
      long id = store.insertArticle(SqliteNewsStoreTest.article("a-1", "https://example.org/1", "s-1", T)).id();

      long before = store.storyStamps(List.of("s-1")).get("s-1");
      String version = store.digestVersion();
      store.savePageStatus(id, 503, false, T);
      assertThat(store.storyStamps(List.of("s-1")).get("s-1")).as("a transient failure shows nothing new").isEqualTo(before);
      assertThat(store.digestVersion()).isEqualTo(version);
      store.savePageStatus(id, 404, true, T);
      long gone = store.storyStamps(List.of("s-1")).get("s-1");
      assertThat(gone).isGreaterThan(before);
      assertThat(store.digestVersion()).as("digests built before are rebuilt").isNotEqualTo(version);
      version = store.digestVersion();
      store.savePageStatus(id, 404, true, T);
      assertThat(store.storyStamps(List.of("s-1")).get("s-1")).isEqualTo(gone);
      assertThat(store.digestVersion()).isEqualTo(version);
    }
  }

  @Test
  void migratingToV13KeepsEveryArticleWithItsLinkNotGone() throws Exception {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("11").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO stories(id, created_at, updated_at) VALUES ('s-1', '2026-11-29T12:00:00.000000000Z',"
          + " '2026-11-29T12:00:00.000000000Z')");
      s.executeUpdate("""
          INSERT INTO articles(public_id, url, canonical_url, outlet, title, fetched_at, text, text_source, content_hash, story_id)
          VALUES ('a-1', 'https://example.org/1', 'https://example.org/1', 'Herald', 'Storm', '2026-11-29T12:00:00.000000000Z',
            'The storm.', 'feed', 'h1', 's-1'),
          ('a-2', '', 'https://example.org/f#entry=2', 'Herald', 'No link', '2026-11-29T12:00:00.000000000Z',
            'No link.', 'feed', 'h2', 's-1')""");
    }

    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      List<StoredArticle> articles = store.articlesOfStory("s-1");
      assertThat(articles).extracting(StoredArticle::publicId).containsExactlyInAnyOrder("a-1", "a-2");
      assertThat(articles).allSatisfy(a -> {
        assertThat(a.linkGone()).isFalse();
        assertThat(a.pageStatus()).isNull();
        assertThat(store.pageCheckedAt(a.id())).isNull();
      });
      StoredArticle linked = store.articleByPublicId("a-1").orElseThrow();
      assertThat(linked).returns("Storm", StoredArticle::title).returns("https://example.org/1", StoredArticle::readableUrl);
      assertThat(store.articleByPublicId("a-2").orElseThrow().readableUrl()).isNull();

      long before = store.storyStamps(List.of("s-1")).get("s-1");
      assertThat(store.savePageStatus(linked.id(), 410, true, T)).isTrue();
      assertThat(store.storyStamps(List.of("s-1")).get("s-1")).as("the migrated trigger watches the mark").isGreaterThan(before);
    }
  }

  @Test
  void aDatabaseOpenedReadOnlyBeforeV13ReadsArticlesAsNotGone() throws Exception {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("11").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("""
          INSERT INTO articles(public_id, url, canonical_url, fetched_at, text, text_source, content_hash)
          VALUES ('a-1', 'https://example.org/1', 'https://example.org/1', '2026-11-29T12:00:00.000000000Z', 'x', 'page', 'h')""");
    }
    try (SqliteNewsStore store = SqliteNewsStore.openReadOnly(file)) {
      assertThat(store.articleByPublicId("a-1").orElseThrow()).returns(false, StoredArticle::linkGone)
          .returns(null, StoredArticle::pageStatus).returns("https://example.org/1", StoredArticle::readableUrl);
    }
  }
}
