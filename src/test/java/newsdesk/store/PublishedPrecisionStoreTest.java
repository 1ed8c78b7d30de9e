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

/** Whether a publication time was given as a day alone (schema V20: {@code published_precision}). */
class PublishedPrecisionStoreTest {
  private static final Instant DAY = Instant.parse("2020-08-25T00:00:00Z");

  @TempDir Path dir;

  private static StoredArticle dayOnly(String publicId, Instant published) {
    StoredArticle a = SqliteNewsStoreTest.article(publicId, "https://example.org/" + publicId, null, published);
    return new StoredArticle(a.id(), a.publicId(), a.sourceId(), a.guid(), a.url(), a.canonicalUrl(), a.outlet(), a.title(),
        a.authors(), a.published(), a.fetchedAt(), a.language(), a.description(), a.image(), a.text(), a.textSource(),
        a.contentHash(), a.duplicateOf(), a.storyId(), a.updatedAt(), a.pageStatus(), a.linkGone(), a.shownUrl(),
        a.declaredCanonical(), true);
  }

  @Test
  void aDayOnlyDateIsStoredAndReadBack() throws Exception {
    Path file = dir.resolve("t.db");
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      long day = store.insertArticle(dayOnly("a-day", DAY)).id();
      long timed = store.insertArticle(SqliteNewsStoreTest.article("a-timed", "https://example.org/t", null, DAY)).id();
      long undated = store.insertArticle(dayOnly("a-undated", null)).id();

      assertThat(store.article(day).orElseThrow()).returns(DAY, StoredArticle::published)
          .returns(true, StoredArticle::publishedDayOnly).returns(true, StoredArticle::timeIsDayOnly);
      assertThat(store.article(timed).orElseThrow()).returns(DAY, StoredArticle::published)
          .returns(false, StoredArticle::publishedDayOnly);
      assertThat(store.article(undated).orElseThrow().timeIsDayOnly()).as("no publication day to be precise about").isFalse();
      assertThat(store.articleByPublicId("a-day").orElseThrow().withStory("s-1").withLanguage("fr").withGuid(null)
          .withDuplicateOf(null).withPage(200, false).withContent("t", null, "x", "page", "h").publishedDayOnly())
          .as("every copy keeps it").isTrue();
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT public_id, published_precision FROM articles ORDER BY id")) {
      StringBuilder rows = new StringBuilder();
      while (rs.next()) rows.append(rs.getString(1)).append('=').append(rs.getString(2)).append(' ');
      assertThat(rows.toString().strip()).isEqualTo("a-day=day a-timed=null a-undated=null");
    }
  }

  @Test
  void articlesStoredBeforeV20KeepTheirTime() throws Exception {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("19").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("""
          INSERT INTO articles(public_id, url, canonical_url, published, fetched_at, text, text_source, content_hash)
          VALUES ('a-1', 'https://example.org/1', 'https://example.org/1', '2020-08-25T00:00:00.000000000Z',
            '2026-11-29T12:00:00.000000000Z', 'x', 'page', 'h')""");
    }
    try (SqliteNewsStore store = SqliteNewsStore.openReadOnly(file)) {
      assertThat(store.articleByPublicId("a-1").orElseThrow().publishedDayOnly()).as("read before migrating").isFalse();
    }
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      StoredArticle old = store.articleByPublicId("a-1").orElseThrow();
      assertThat(old.published()).isEqualTo(DAY);
      assertThat(old.publishedDayOnly()).as("unknown precision: shown with its time, as before").isFalse();
      assertThat(store.insertArticle(dayOnly("a-2", DAY)).publishedDayOnly()).isTrue();
    }
  }

  @Test
  void theOlderConstructorsMeanGivenWithItsTime() {
    StoredArticle a = new StoredArticle(0, "a", null, null, "u", "u", "o", "t", List.of(), DAY, DAY, null, null, null, "x",
        "page", "h", null, null);
    assertThat(a.publishedDayOnly()).isFalse();
  }
}
