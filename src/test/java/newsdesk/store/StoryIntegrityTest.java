package newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that would leave the stories inconsistent: a story merged into itself, a brief going back a version. */
class StoryIntegrityTest {
  private static final Instant T = Instant.parse("2020-01-05T00:00:00Z");

  @TempDir Path dir;
  SqliteNewsStore store;

  @BeforeEach
  void open() {
    store = SqliteNewsStore.open(dir.resolve("test.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aStoryMergedIntoItselfIsRejectedAndLeftLive() {
    store.insertStory(new StoryRecord("s-1", T, T, T, T, 1, null));
    store.insertArticle(SqliteNewsStoreTest.article("a-1", "https://example.org/1", "s-1", T));

    assertThatThrownBy(() -> store.mergeStory("s-1", "s-1", T)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("into").hasMessageContaining("s-1");

    assertThat(store.story("s-1").orElseThrow().mergedInto()).as("no self-loop").isNull();
    assertThat(store.articlesOfStory("s-1")).extracting(StoredArticle::publicId).containsExactly("a-1");
  }

  @Test
  void aBriefOfAnOlderVersionDoesNotOverwriteANewerOne() {
    store.insertStory(new StoryRecord("s-1", T, T, T, T, 2, null));
    Brief newer = brief("Newer headline");
    store.saveBrief(new StoredBrief("s-1", 2, newer, null));

    // A slower process that read the story at version 1 finishes its brief last.
    store.saveBrief(new StoredBrief("s-1", 1, brief("Older headline"), null));

    StoredBrief kept = store.brief("s-1").orElseThrow();
    assertThat(kept.storyVersion()).isEqualTo(2);
    assertThat(kept.brief()).isEqualTo(newer);
  }

  @Test
  void aBriefOfTheSameOrANewerVersionReplacesTheStoredOne() {
    store.insertStory(new StoryRecord("s-1", T, T, T, T, 3, null));
    store.saveBrief(new StoredBrief("s-1", 2, brief("Version two"), null));
    store.saveBrief(new StoredBrief("s-1", 2, brief("Version two again"), null));
    assertThat(store.brief("s-1").orElseThrow().brief().headline()).isEqualTo("Version two again");
    store.saveBrief(new StoredBrief("s-1", 3, brief("Version three"), null));
    assertThat(store.brief("s-1").orElseThrow().brief().headline()).isEqualTo("Version three");
  }

  private static Brief brief(String headline) {
    return new Brief(headline, List.of(List.of(new SummarySentence("One.", "a-1", 0, 4))));
  }
}
