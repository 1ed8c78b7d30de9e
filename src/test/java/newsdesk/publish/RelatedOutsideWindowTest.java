package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.store.RelatedStory;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored related story further away than the related window is not shown (a list not re-ranked yet). */
class RelatedOutsideWindowTest {
  @TempDir Path dir;
  static final Instant T = Instant.parse("2022-04-01T00:00:00Z");

  static void story(SqliteNewsStore store, String id, Instant at) {
    store.insertStory(new StoryRecord(id, at, at, at, at, 1, null));
    String text = "Report of " + id + " from the coast.";
    StoredArticle a = store.insertArticle(new StoredArticle(0, "a-" + id, null, null, "https://example.org/" + id,
        "https://example.org/" + id, "Example", "Report " + id, List.of(), at, at, "en", null, null, text, "page", "h" + id, null, id));
    store.saveBrief(new StoredBrief(id, 1, new Brief("Report " + id,
        List.of(List.of(new SummarySentence(text, "a-" + id, 0, text.length())))), a.id()));
  }

  @Test
  void aRelatedStoryMoreThanFourteenDaysAwayIsLeftOut() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"))) {
      story(store, "base", T);
      story(store, "near", T.plus(Duration.ofDays(14)));
      story(store, "far", T.plus(Duration.ofDays(15)));
      store.replaceRelated("base", List.of(new RelatedStory("base", 0, "far", 0.5), new RelatedStory("base", 1, "near", 0.4)));
      List<DigestStory.Related> related = new DigestBuilder(store).story("base").orElseThrow().related();
      assertThat(related).extracting(DigestStory.Related::id).containsExactly("near");
    }
  }
}
