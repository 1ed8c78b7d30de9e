package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import newsdesk.dedup.ContentHash;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema V10: content hashes are recomputed in every script, entry fingerprints (now of the
 * entry's words) are cleared, hash-bang articles keep their route in their canonical URL, and
 * articles are found by the link their source stored them from.
 */
class IdentityMigrationTest {
  @TempDir Path dir;

  private static final String RU_1 = "Новый мост через реку открыли для движения в понедельник.";
  private static final String RU_2 = "Молодёжный оркестр победил на всероссийском конкурсе.";
  private static final String EN = "The new bridge over the river opened to traffic on Monday.";

  @Test
  void aDatabaseOfSchemaV8GetsNewIdentityKeys() throws Exception {
    Path old = dir.resolve("v8.db");
    String url = "jdbc:sqlite:" + old.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("8").load().migrate();
    String emptyKey = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("".getBytes(StandardCharsets.UTF_8)));
    try (var c = DriverManager.getConnection(url)) {
      c.createStatement().execute("INSERT INTO sources(id, url, added_at) VALUES (1, 'https://x.example/feed', '2026-01-01T00:00:00Z')");
      // The hash-bang article b-1 took the shell's canonical; a-1 is a fresh copy of it already keyed by its route.
      String[][] rows = {
          {"a-1", "https://x.example/#!/story/1", "https://x.example/", RU_1, emptyKey},
          {"a-2", "https://x.example/#!/story/2", "https://x.example/#!/story/2", RU_2, emptyKey},
          {"a-3", "https://x.example/news/bridge", "https://x.example/2026/bridge-opens", EN, "stale"},
          {"a-4", "https://x.example/#!/story/4", "https://x.example/other", EN + " More.", "h4"},
          {"a-5", "https://y.example/#!/story/4", "https://x.example/#!/story/4", EN + " Copy.", "h5"}};
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles(public_id, source_id, url, canonical_url, text,"
          + " text_source, content_hash, fetched_at, entry_fingerprint) VALUES (?, 1, ?, ?, ?, 'feed', ?, '2026-01-01T00:00:00Z', 'old')")) {
        for (String[] r : rows) {
          for (int i = 0; i < r.length; i++) ps.setString(i + 1, r[i]);
          ps.executeUpdate();
        }
      }
    }

    try (SqliteNewsStore migrated = SqliteNewsStore.open(old)) {
      StoredArticle a1 = migrated.articleByPublicId("a-1").orElseThrow();
      StoredArticle a2 = migrated.articleByPublicId("a-2").orElseThrow();
      StoredArticle a3 = migrated.articleByPublicId("a-3").orElseThrow();
      assertThat(a1.contentHash()).isEqualTo(ContentHash.of(RU_1)).isNotEqualTo(a2.contentHash()).isNotEqualTo(emptyKey);
      assertThat(a2.contentHash()).isEqualTo(ContentHash.of(RU_2));
      assertThat(a3.contentHash()).isEqualTo(ContentHash.of(EN));
      assertThat(migrated.originalByContentHash(ContentHash.of(RU_2))).map(StoredArticle::publicId).contains("a-2");

      for (StoredArticle a : migrated.articlesAfter(0, 10)) {
        assertThat(migrated.entryVersion(a.id()).fingerprint()).as(a.publicId()).isNull();
      }

      assertThat(a1.canonicalUrl()).isEqualTo("https://x.example/#!/story/1");
      assertThat(a3.canonicalUrl()).as("a declared canonical stays").isEqualTo("https://x.example/2026/bridge-opens");
      assertThat(migrated.articleByPublicId("a-4").orElseThrow().canonicalUrl())
          .as("the route's key is another article's already").isEqualTo("https://x.example/other");

      assertThat(migrated.articleByUrl(1, "https://x.example/news/bridge")).map(StoredArticle::publicId).contains("a-3");
      assertThat(migrated.articleByUrl(2, "https://x.example/news/bridge")).isEmpty();
    }
    try (var c = DriverManager.getConnection(url);
        var rs = c.createStatement().executeQuery("EXPLAIN QUERY PLAN SELECT * FROM articles WHERE source_id = 1 AND url = 'u'")) {
      StringBuilder plan = new StringBuilder();
      while (rs.next()) plan.append(rs.getString("detail")).append('\n');
      assertThat(plan.toString()).contains("articles_source_url");
    }
  }
}
