package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NewsStore#digestVersion}: the counter row of schema V9 and what moves it. */
class DigestVersionTest {
  static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
  @TempDir Path dir;

  /** A story with one article, not briefed. */
  static long story(NewsStore store, String id) {
    store.insertStory(new StoryRecord(id, T, T, T, T, 1, null));
    return store.insertArticle(SqliteNewsStoreTest.article("a-" + id, "https://example.org/" + id, id, T)).id();
  }

  static void brief(NewsStore store, String id, int version, long article) {
    String text = "Body of a-" + id;
    store.saveBrief(new StoredBrief(id, version, new Brief("Headline " + id,
        List.of(List.of(new SummarySentence(text, "a-" + id, 0, text.length())))), article));
  }

  @Test
  void movesOnEveryWriteThatSettlesADigestAndOnNothingElse() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      String empty = store.digestVersion();
      long a1 = story(store, "s-1");
      long a2 = story(store, "s-2");
      store.storyChanged("s-1", T);
      store.saveSetting("reading", "public");
      assertThat(store.digestVersion()).as("admission, a story's new version and settings do not move it").isEqualTo(empty);

      brief(store, "s-1", 1, a1);
      String briefed = store.digestVersion();
      assertThat(briefed).as("a new brief").isNotEqualTo(empty);
      brief(store, "s-1", 2, a1);
      String rewritten = store.digestVersion();
      assertThat(rewritten).as("a rewritten brief").isNotEqualTo(briefed);
      brief(store, "s-2", 1, a2);

      String before = store.digestVersion();
      store.replaceRelated("s-1", List.of(new RelatedStory("s-1", 0, "s-2", 0.5)));
      String related = store.digestVersion();
      assertThat(related).as("related stories written").isNotEqualTo(before);
      store.replaceRelated("s-1", List.of(new RelatedStory("s-1", 0, "s-2", 0.5)));
      assertThat(store.digestVersion()).as("related stories replaced, even by the same list").isNotEqualTo(related);
      String filled = store.digestVersion();
      store.replaceRelated("s-1", List.of());
      assertThat(store.digestVersion()).as("related stories removed").isNotEqualTo(filled);

      String unmerged = store.digestVersion();
      store.mergeStory("s-1", "s-2", T);
      assertThat(store.digestVersion()).as("a merge").isNotEqualTo(unmerged);
      String merged = store.digestVersion();
      assertThat(store.digestVersion()).as("reading does not move it").isEqualTo(merged);
    }
  }

  @Test
  void aWriteRolledBackLeavesItWhereItWas() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      long a1 = story(store, "s-1");
      String before = store.digestVersion();
      assertThatThrownBy(() -> store.inTransaction(() -> {
        brief(store, "s-1", 1, a1);
        throw new IllegalStateException("summarizer failed");
      })).hasMessage("summarizer failed");
      assertThat(store.brief("s-1")).isEmpty();
      assertThat(store.digestVersion()).isEqualTo(before);
    }
  }

  @Test
  void whatAnotherStoreOnTheSameFileCommitsMovesIt() {
    Path db = dir.resolve("db");
    try (SqliteNewsStore serving = SqliteNewsStore.open(db); SqliteNewsStore fetching = SqliteNewsStore.open(db)) {
      String before = serving.digestVersion();
      long a1 = story(fetching, "s-1");
      assertThat(serving.digestVersion()).isEqualTo(before);
      brief(fetching, "s-1", 1, a1);
      String briefed = serving.digestVersion();
      assertThat(briefed).isNotEqualTo(before);
      long a2 = story(fetching, "s-2");
      brief(fetching, "s-2", 1, a2);
      String second = serving.digestVersion();
      assertThat(second).isNotEqualTo(briefed);
      fetching.mergeStory("s-1", "s-2", T);
      String merged = serving.digestVersion();
      assertThat(merged).isNotEqualTo(second);
      fetching.replaceRelated("s-2", List.of());
      assertThat(serving.digestVersion()).as("an empty replacement of an empty list writes nothing").isEqualTo(merged);
      try (SqliteNewsStore reader = SqliteNewsStore.openReadOnly(db)) {
        String read = reader.digestVersion();
        assertThat(read).isEqualTo(merged);
        brief(fetching, "s-2", 2, a2);
        assertThat(reader.digestVersion()).as("a read-only reader sees it move too").isNotEqualTo(read);
      }
    }
  }

  /** A database from before V9, migrated, starts a counter that its writes move; read-only unmigrated, the old aggregate. */
  @Test
  void aDatabaseOfSchemaV8GetsTheCounterAndAnUnmigratedReaderFallsBackToTheAggregate() throws Exception {
    Path old = dir.resolve("v8.db");
    String url = "jdbc:sqlite:" + old.toAbsolutePath();
    org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("8").load().migrate();
    try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
      st.execute("INSERT INTO stories(id, created_at, updated_at, version) VALUES ('s-1', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', 1)");
      st.execute("INSERT INTO stories(id, created_at, updated_at, version) VALUES ('s-2', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z', 1)");
      st.execute("INSERT INTO briefs(story_id, story_version, headline, body_json, computed_at) VALUES ('s-1', 1, 'H', '{}', 'now')");
    }
    try (SqliteNewsStore readOnly = SqliteNewsStore.openReadOnly(old)) {
      String before = readOnly.digestVersion();
      try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
        st.execute("INSERT INTO briefs(story_id, story_version, headline, body_json, computed_at) VALUES ('s-2', 1, 'H', '{}', 'now')");
      }
      assertThat(readOnly.digestVersion()).isNotEqualTo(before);
    }
    try (SqliteNewsStore migrated = SqliteNewsStore.open(old)) {
      assertThat(migrated.storiesNeedingBrief()).as("the data stays").isEmpty();
      String before = migrated.digestVersion();
      migrated.mergeStory("s-1", "s-2", T);
      assertThat(migrated.digestVersion()).isNotEqualTo(before);
    }
  }
}
