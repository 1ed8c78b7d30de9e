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

/** A deleted saved search or API token leaves its id behind: feed URLs and Atom ids name one search for good. */
class IdReuseTest {
  private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
  @TempDir Path dir;

  private static SavedSearch search(String query) {
    return new SavedSearch(0, query, query, null, null, null, null, T);
  }

  @Test
  void aDeletedSavedSearchIdIsNeverGivenAgain() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("n.db"))) {
      long first = store.addSavedSearch(search("etna")).id();
      long second = store.addSavedSearch(search("glacier")).id();
      assertThat(store.removeSavedSearch(second)).isTrue();
      long third = store.addSavedSearch(search("budget")).id();
      assertThat(third).isNotIn(first, second).isGreaterThan(second);
    }
  }

  @Test
  void aDeletedApiTokenIdIsNeverGivenAgain() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("n.db"))) {
      long first = store.addApiToken("one", "hash-1", T).id();
      assertThat(store.removeApiToken(first)).isTrue();
      long second = store.addApiToken("two", "hash-2", T).id();
      assertThat(second).isGreaterThan(first);
    }
  }

  @Test
  void theMigrationKeepsRowsAndIdsAndStopsReuseFromThere() throws Exception {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("11").load().migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("""
          INSERT INTO saved_searches(id, name, query, outlet, date_from, date_to, entity, created_at) VALUES
            (3, 'Etna', 'etna', 'Outlet', '2024-01-01', '2024-02-01', 'Sicily', '2024-05-01T10:00:00.000000000Z'),
            (7, 'Glacier', 'glacier', NULL, NULL, NULL, NULL, '2024-05-02T10:00:00.000000000Z')""");
      s.executeUpdate("""
          INSERT INTO api_tokens(id, name, token_hash, created_at, last_used_at) VALUES
            (4, 'cli', 'hash-a', '2024-05-01T10:00:00.000000000Z', '2024-05-03T10:00:00.000000000Z')""");
    }
    try (SqliteNewsStore store = SqliteNewsStore.open(file)) {
      assertThat(store.savedSearches(0, 10)).extracting(SavedSearch::id).containsExactly(3L, 7L);
      SavedSearch etna = store.savedSearch(3).orElseThrow();
      assertThat(etna.query()).isEqualTo("etna");
      assertThat(etna.outlet()).isEqualTo("Outlet");
      assertThat(etna.entity()).isEqualTo("Sicily");
      assertThat(etna.from()).hasToString("2024-01-01");
      assertThat(etna.createdAt()).isEqualTo(T);
      assertThat(store.apiTokens()).singleElement().satisfies(t -> {
        assertThat(t.id()).isEqualTo(4);
        assertThat(t.name()).isEqualTo("cli");
        assertThat(t.lastUsedAt()).isEqualTo(Instant.parse("2024-05-03T10:00:00Z"));
      });
      assertThat(store.useApiToken("hash-a", T)).isPresent();

      store.removeSavedSearch(7);
      assertThat(store.addSavedSearch(search("budget")).id()).isEqualTo(8);
      store.removeApiToken(4);
      assertThat(store.addApiToken("new", "hash-b", T).id()).isEqualTo(5);
    }
  }
}
