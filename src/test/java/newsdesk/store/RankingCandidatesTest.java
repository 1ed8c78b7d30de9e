package newsdesk.store;

import static newsdesk.store.DigestVersionTest.brief;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NewsStore#rankingCandidates}: which stories, and read without visiting every story. */
class RankingCandidatesTest {
  static final Instant NEWEST = Instant.parse("2026-01-05T10:00:00Z");
  @TempDir Path dir;

  private static void story(NewsStore store, String id, Instant last, boolean briefed) {
    store.insertStory(new StoryRecord(id, last, last, last, last, 1, null));
    long a = store.insertArticle(SqliteNewsStoreTest.article("a-" + id, "https://example.org/" + id, id, last)).id();
    if (briefed) brief(store, id, 1, a);
  }

  @Test
  void theWindowAndTheMostRecentBriefedLiveStoriesEachOnce() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      story(store, "s-new", NEWEST, true);
      story(store, "s-unbriefed", NEWEST, false);
      for (int i = 0; i < 4; i++) story(store, "s-old-" + i, NEWEST.minus(Duration.ofDays(30 + i)), true);
      story(store, "s-merged", NEWEST.minus(Duration.ofDays(20)), true);
      store.mergeStory("s-merged", "s-old-0", NEWEST);
      List<String> ids = store.rankingCandidates(NEWEST.minus(Duration.ofDays(7)), 2).stream().map(c -> c.record().id()).toList();
      // s-new is both in the window and among the two most recent: listed once.
      assertThat(ids).containsExactlyInAnyOrder("s-new", "s-old-0");
      assertThat(store.rankingCandidates(NEWEST.minus(Duration.ofDays(7)), 0)).extracting(c -> c.record().id()).containsExactly("s-new");
    }
  }

  @Test
  void thePlanSearchesStoriesByIndexAndNeverScansThemAll() {
    SqliteDatabase db = SqliteDatabase.open(dir.resolve("db"));
    try {
      List<String> plan = db.query("EXPLAIN QUERY PLAN " + SqliteWebQueries.RANKING_CANDIDATES, ps -> {
        ps.setString(1, NEWEST.toString());
        ps.setInt(2, 300);
      }, rs -> rs.getString("detail"));
      assertThat(plan).as(String.join("\n", plan)).noneMatch(step -> step.startsWith("SCAN stories") || step.startsWith("SCAN s ")
          || step.startsWith("SCAN r ") || step.startsWith("SCAN articles") || step.startsWith("SCAN briefs"));
      assertThat(plan).anyMatch(step -> step.contains("USING INDEX stories_page"));
    } finally {
      db.close();
    }
  }
}
