package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.ManualClock;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The times the store records itself (a source's {@code added_at}, a brief's {@code computed_at})
 * come from the clock it was opened with, never from the system clock.
 */
class StoreClockTest {
  private static final Instant T = Instant.parse("2031-05-06T07:08:09.250Z");
  @TempDir Path dir;

  private String column(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db").toAbsolutePath());
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      assertThat(rs.next()).as(sql).isTrue();
      return rs.getString(1);
    }
  }

  private static StoredBrief brief(int version) {
    String text = "The volcano erupted.";
    return new StoredBrief("s-1", version, new Brief("Volcano erupts", List.of(List.of(new SummarySentence(text, "a-1", 0, text.length())))), null);
  }

  @Test
  void aNewSourceIsStampedWithTheStoresClock() throws Exception {
    ManualClock clock = new ManualClock(T);
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"), clock)) {
      Source first = store.addSource("https://example.org/feed.xml", "feed", null, null);
      clock.advance(Duration.ofDays(3));
      store.addSource("https://example.org/other.xml", "feed", null, null);
      clock.advance(Duration.ofDays(1));
      store.addSource("https://example.org/feed.xml", "feed", null, null); // followed already: not stamped again
      assertThat(column("SELECT added_at FROM sources WHERE id = " + first.id())).isEqualTo("2031-05-06T07:08:09.250000000Z");
      assertThat(column("SELECT added_at FROM sources WHERE url = 'https://example.org/other.xml'"))
          .isEqualTo("2031-05-09T07:08:09.250000000Z");
    }
  }

  @Test
  void aBriefIsStampedWithTheStoresClockWhenWrittenAndAgainWhenRewritten() throws Exception {
    ManualClock clock = new ManualClock(T);
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"), clock)) {
      store.insertStory(new StoryRecord("s-1", T, T, T, T, 1, null));
      store.saveBrief(brief(1));
      assertThat(column("SELECT computed_at FROM briefs WHERE story_id = 's-1'")).isEqualTo("2031-05-06T07:08:09.250000000Z");
      clock.advance(Duration.ofMinutes(90));
      store.saveBrief(brief(2));
      assertThat(column("SELECT computed_at FROM briefs WHERE story_id = 's-1'")).isEqualTo("2031-05-06T08:38:09.250000000Z");
      clock.advance(Duration.ofMinutes(5));
      store.saveBrief(brief(1)); // of an older version: refused, so the stamp stays
      assertThat(column("SELECT computed_at FROM briefs WHERE story_id = 's-1'")).isEqualTo("2031-05-06T08:38:09.250000000Z");
    }
  }
}
