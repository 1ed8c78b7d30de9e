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

/** What an article's text says of a news agency (schema V21: {@code credited_agency}, {@code agency_contributed}). */
class AgencyCreditsStoreTest {
  private static final Instant T = Instant.parse("2026-11-29T08:00:00Z");

  @TempDir Path dir;

  private static StoredArticle credited(String publicId, String credited, String contributed) {
    return SqliteNewsStoreTest.article(publicId, "https://example.org/" + publicId, null, T).withAgencies(credited, contributed);
  }

  @Test
  void theCreditsAreStoredReadBackAndRewrittenWithTheText() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("t.db"))) {
      long wire = store.insertArticle(credited("a-wire", "Associated Press", null)).id();
      long own = store.insertArticle(credited("a-own", null, "Reuters")).id();
      long none = store.insertArticle(credited("a-none", null, null)).id();

      assertThat(store.article(wire).orElseThrow()).returns("Associated Press", StoredArticle::creditedAgency)
          .returns(null, StoredArticle::contributingAgency);
      assertThat(store.article(own).orElseThrow()).returns(null, StoredArticle::creditedAgency)
          .returns("Reuters", StoredArticle::contributingAgency);
      assertThat(store.article(none).orElseThrow()).returns(null, StoredArticle::creditedAgency)
          .returns(null, StoredArticle::contributingAgency);
      assertThat(store.article(wire).orElseThrow().withStory("s-1").withLanguage("fr").withGuid(null).withDuplicateOf(null)
          .withPage(200, false).withContent("t", null, "x", "page", "h").creditedAgency()).as("every copy keeps it")
          .isEqualTo("Associated Press");

      store.inTransaction(() -> {
        store.updateArticleContent(wire, "Corrected", null, "Corrected text.", "page", "h2", T.plusSeconds(60));
        store.saveAgencyCredits(wire, null, "Associated Press");
        return null;
      });
      assertThat(store.article(wire).orElseThrow()).returns(null, StoredArticle::creditedAgency)
          .returns("Associated Press", StoredArticle::contributingAgency);
    }
  }

  @Test
  void articlesStoredBeforeV21CreditNoAgency() throws Exception {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("20").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("""
          INSERT INTO articles(public_id, url, canonical_url, published, fetched_at, text, text_source, content_hash)
          VALUES ('a-1', 'https://example.org/1', 'https://example.org/1', '2026-11-29T08:00:00.000000000Z',
            '2026-11-29T12:00:00.000000000Z', 'WASHINGTON (AP) — The Senate voted.', 'page', 'h')""");
    }
    try (SqliteNewsStore store = SqliteNewsStore.openReadOnly(file)) {
      assertThat(store.articleByPublicId("a-1").orElseThrow().creditedAgency()).as("read before migrating").isNull();
    }
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      StoredArticle old = store.articleByPublicId("a-1").orElseThrow();
      assertThat(old.creditedAgency()).as("not read for credits before V21: null, as documented").isNull();
      assertThat(old.contributingAgency()).isNull();
      assertThat(store.insertArticle(credited("a-2", "Reuters", null)).creditedAgency()).isEqualTo("Reuters");
    }
  }
}
