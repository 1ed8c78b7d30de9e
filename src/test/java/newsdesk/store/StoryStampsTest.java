package newsdesk.store;

import static newsdesk.store.DigestVersionTest.T;
import static newsdesk.store.DigestVersionTest.brief;
import static newsdesk.store.DigestVersionTest.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NewsStore#storyStamps}: which writes move which story's stamp (schema V9). */
class StoryStampsTest {
  @TempDir Path dir;

  private static final List<String> IDS = List.of("s-1", "s-2", "s-3", "s-4");

  /** The stories whose stamp moved between {@code before} and now. */
  private static List<String> moved(NewsStore store, Map<String, Long> before) {
    Map<String, Long> now = store.storyStamps(IDS);
    return IDS.stream().filter(id -> !now.get(id).equals(before.get(id))).toList();
  }

  @Test
  void eachWriteMovesTheStampsOfTheStoriesWhoseEntryItChanges() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      long[] article = new long[5];
      for (int i = 1; i <= 4; i++) article[i] = story(store, "s-" + i);
      for (int i = 1; i <= 4; i++) brief(store, "s-" + i, 1, article[i]);
      store.replaceRelated("s-1", List.of(new RelatedStory("s-1", 0, "s-2", 0.5)));
      assertThat(store.storyStamps(List.of("s-1", "never-stored"))).containsOnlyKeys("s-1", "never-stored")
          .containsEntry("never-stored", 0L);

      Map<String, Long> before = store.storyStamps(IDS);
      assertThat(moved(store, before)).as("reading moves nothing").isEmpty();
      brief(store, "s-2", 2, article[2]);
      assertThat(moved(store, before)).as("a brief: its story and the story listing it as related").containsExactly("s-1", "s-2");

      before = store.storyStamps(IDS);
      store.replaceRelated("s-3", List.of(new RelatedStory("s-3", 0, "s-4", 0.4)));
      assertThat(moved(store, before)).as("related stories: their owner").containsExactly("s-3");

      before = store.storyStamps(IDS);
      store.updateArticleContent(article[4], "Corrected", null, "Body.", "feed", "h-new", T);
      assertThat(moved(store, before)).as("an article rewritten: its story, and the story listing it as related (its date moves)")
          .containsExactly("s-3", "s-4");

      before = store.storyStamps(IDS);
      store.saveEntryVersion(article[4], new EntryVersion("fingerprint", T));
      store.saveSetting("reading", "public");
      assertThat(moved(store, before)).as("what no entry shows moves nothing").isEmpty();

      before = store.storyStamps(IDS);
      store.insertArticle(SqliteNewsStoreTest.article("a-s-3-b", "https://example.org/s-3-b", "s-3", T));
      store.storyChanged("s-3", T);
      assertThat(moved(store, before)).as("an article admitted: its story, before its brief is rewritten").containsExactly("s-3");

      before = store.storyStamps(IDS);
      store.storyGained("s-2", T.plusSeconds(86_400), T);
      assertThat(moved(store, before)).as("a story's times: it, and the story listing it as related (the date it shows)")
          .containsExactly("s-1", "s-2");

      before = store.storyStamps(IDS);
      store.mergeStory("s-2", "s-4", T);
      assertThat(moved(store, before)).as("a merge: both stories, the one that listed the merged one, and the one listing the "
          + "story it joined, whose date moved to the merged story's newer one").containsExactly("s-1", "s-2", "s-3", "s-4");
    }
  }

  @Test
  void anotherStoreOnTheFileSeesTheStampsMove() {
    Path db = dir.resolve("db");
    try (SqliteNewsStore serving = SqliteNewsStore.open(db); SqliteNewsStore fetching = SqliteNewsStore.open(db)) {
      long a = story(fetching, "s-1");
      Map<String, Long> before = serving.storyStamps(IDS);
      brief(fetching, "s-1", 1, a);
      assertThat(moved(serving, before)).containsExactly("s-1");
    }
  }

  @Test
  void anUnmigratedReaderNeverReturnsAStampTwice() throws Exception {
    Path old = dir.resolve("v8.db");
    String url = "jdbc:sqlite:" + old.toAbsolutePath();
    org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("8").load().migrate();
    try (SqliteNewsStore readOnly = SqliteNewsStore.openReadOnly(old)) {
      Map<String, Long> first = readOnly.storyStamps(IDS);
      assertThat(first).containsOnlyKeys(IDS);
      assertThat(moved(readOnly, first)).containsExactlyElementsOf(IDS);
    }
  }
}
