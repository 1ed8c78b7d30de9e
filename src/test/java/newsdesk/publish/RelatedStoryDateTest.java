package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.store.NewsStore;
import newsdesk.store.RelatedStory;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredBrief;
import newsdesk.store.StoryRecord;
import newsdesk.summarize.Brief;
import newsdesk.summarize.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A related story carries its date ({@link DigestStory.Related#updated}): the date its own card
 * shows ({@link DigestStory#updated}), so "related and recent" can be judged by the reader.
 */
class RelatedStoryDateTest {
  private static final Instant MARCH_2 = Instant.parse("2020-03-02T09:00:00Z");
  private static final Instant FEB_20 = Instant.parse("2020-02-20T15:30:00Z");
  private static final Instant FEB_25 = Instant.parse("2020-02-25T08:00:00Z");
  @TempDir Path dir;

  /** A briefed story with one article published at {@code time}; returns the article's row id. */
  private static long story(NewsStore store, String id, Instant time) {
    store.insertStory(new StoryRecord(id, time, time, time, time, 1, null));
    String url = "https://example.org/" + id;
    StoredArticle a = store.insertArticle(new StoredArticle(0, "a-" + id, null, "guid-" + id, url, url, "Outlet", "Title " + id,
        List.of(), time, time, "en", null, null, "Body of " + id + ".", "page", "hash-" + id, null, id));
    String text = "Body of " + id + ".";
    store.saveBrief(new StoredBrief(id, 1, new Brief("Headline " + id,
        List.of(List.of(new SummarySentence(text, "a-" + id, 0, text.length())))), a.id()));
    return a.id();
  }

  @Test
  void aRelatedStoryIsDatedAsItsOwnCardIsAndFollowsACorrectionOfItsArticles() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      story(store, "s-new", MARCH_2);
      long older = story(store, "s-old", FEB_20);
      store.replaceRelated("s-new", List.of(new RelatedStory("s-new", 0, "s-old", 0.6)));
      DigestBuilder digest = new DigestBuilder(store);

      DigestStory.Related related = digest.story("s-new").orElseThrow().related().getFirst();
      assertThat(related.id()).isEqualTo("s-old");
      assertThat(related.updated()).as("its newest article's time, not the listing story's").isEqualTo(FEB_20)
          .isEqualTo(digest.story("s-old").orElseThrow().updated());

      store.updateArticleContent(older, "Title s-old, corrected", null, "Corrected body.", "page", "hash-2", FEB_25);
      related = digest.story("s-new").orElseThrow().related().getFirst();
      assertThat(related.updated()).as("a later correction dates it, as it dates its own card").isEqualTo(FEB_25)
          .isEqualTo(digest.story("s-old").orElseThrow().updated());
    }
  }

  @Test
  void everyOutputShowsTheRelatedStorysDay() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      story(store, "s-new", MARCH_2);
      story(store, "s-old", FEB_20);
      store.replaceRelated("s-new", List.of(new RelatedStory("s-new", 0, "s-old", 0.6)));
      List<DigestStory> stories = List.of(new DigestBuilder(store).story("s-new").orElseThrow());

      assertThat(new TextDigestRenderer().render(stories)).contains("\u2013 Headline s-old (2020-02-20): Body of s-old.\n");
      assertThat(new MarkdownDigestRenderer().render(stories)).contains("- **Headline s-old** (2020-02-20): Body of s-old.\n");
      assertThat(DigestFeeds.item(stories.getFirst(), "https://news.example", MARCH_2).html())
          .contains(">Headline s-old</a> (2020-02-20): Body of s-old.</li>");
      var json = JsonDigestRenderer.mapper().readTree(new JsonDigestRenderer().render(stories));
      assertThat(json.get("stories").get(0).get("related").get(0).get("updated").asText()).isEqualTo("2020-02-20T15:30:00Z");
    }
  }

  @Test
  void aRelatedStoryWithoutATimeIsShownWithoutADay() {
    Instant t = Instant.parse("2020-03-02T00:00:00Z");
    DigestStory story = new DigestStory("s-1", "Volcano erupts", List.of("Text."), List.of(), null, List.of(),
        List.of(new DigestStory.Related("s-2", "Ash falls", "Ash fell.")), t, t);
    assertThat(new TextDigestRenderer().render(List.of(story))).contains("\u2013 Ash falls: Ash fell.\n");
    assertThat(new MarkdownDigestRenderer().render(List.of(story))).contains("- **Ash falls**: Ash fell.\n");
  }
}
