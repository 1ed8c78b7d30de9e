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
 * A correction made days later (multi-outlet QA): the card is still dated by the story's newest
 * article, as the README says (its brief keeps that article's "today"), with an "updated" note;
 * related lines name the same day as the related story's card; the feeds out still move their
 * {@code updated} so feed readers see the change.
 */
class CorrectedStoryDateTest {
  private static final Instant NOV_27 = Instant.parse("2026-11-27T09:00:00Z");
  private static final Instant NOV_28 = Instant.parse("2026-11-28T12:00:00Z");
  private static final Instant NOV_30 = Instant.parse("2026-11-30T16:00:00Z");
  @TempDir Path dir;

  private static long story(NewsStore store, String id, Instant time) {
    store.insertStory(new StoryRecord(id, time, time, time, time, 1, null));
    String url = "https://example.org/" + id;
    String text = "Today the council approved the plan " + id + ".";
    StoredArticle a = store.insertArticle(new StoredArticle(0, "a-" + id, null, "guid-" + id, url, url, "Outlet", "Title " + id,
        List.of(), time, time, "en", null, null, text, "page", "hash-" + id, null, id));
    store.saveBrief(new StoredBrief(id, 1, new Brief("Headline " + id,
        List.of(List.of(new SummarySentence(text, "a-" + id, 0, text.length())))), a.id()));
    return a.id();
  }

  @Test
  void aStoryCorrectedDaysLaterIsDatedByItsNewestArticleWithAnUpdatedNote() throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("db"))) {
      long article = story(store, "s-plan", NOV_27);
      story(store, "s-later", NOV_28);
      store.replaceRelated("s-later", List.of(new RelatedStory("s-later", 0, "s-plan", 0.6)));
      store.updateArticleContent(article, "Title s-plan, corrected", null, "Today the council approved the corrected plan.",
          "page", "hash-2", NOV_30);
      DigestBuilder digest = new DigestBuilder(store);
      DigestStory plan = digest.story("s-plan").orElseThrow();
      DigestStory later = digest.story("s-later").orElseThrow();

      assertThat(plan.lastPublished()).isEqualTo(NOV_27);
      assertThat(plan.cardTime()).isEqualTo(NOV_27);
      assertThat(plan.updated()).as("the feeds out still see the change").isEqualTo(NOV_30);
      assertThat(plan.correctedAfter()).isEqualTo(NOV_30);
      assertThat(new TextDigestRenderer().render(List.of(plan))).startsWith("Headline s-plan\n2026-11-27 (updated 2026-11-30)\n");
      assertThat(new MarkdownDigestRenderer().render(List.of(plan)))
          .startsWith("## Headline s-plan\n\n2026-11-27 (updated 2026-11-30)\n\n");

      DigestStory.Related related = later.related().getFirst();
      assertThat(related.cardTime()).as("the day the related story's card shows").isEqualTo(plan.cardTime());
      assertThat(new TextDigestRenderer().render(List.of(later))).contains("\u2013 Headline s-plan (2026-11-27): ");
      assertThat(new MarkdownDigestRenderer().render(List.of(later))).contains("- **Headline s-plan** (2026-11-27): ");
      assertThat(DigestFeeds.item(later, "https://news.example", NOV_30).html()).contains(">Headline s-plan</a> (2026-11-27): ");
      assertThat(DigestFeeds.item(plan, "https://news.example", NOV_30).updated()).isEqualTo(NOV_30);

      var json = JsonDigestRenderer.mapper().readTree(new JsonDigestRenderer().render(List.of(plan, later)));
      assertThat(json.get("stories").get(0).get("last_published").asText()).isEqualTo("2026-11-27T09:00:00Z");
      assertThat(json.get("stories").get(0).get("updated").asText()).isEqualTo("2026-11-30T16:00:00Z");
      assertThat(json.get("stories").get(1).get("related").get(0).get("last_published").asText())
          .isEqualTo("2026-11-27T09:00:00Z");
    }
  }

  @Test
  void aCorrectionOnTheSameDayAddsNoNote() {
    Instant sameDay = Instant.parse("2026-11-27T20:00:00Z");
    DigestStory story = new DigestStory("s-1", "Plan approved", List.of("Text."), List.of(), null, List.of(), List.of(),
        NOV_27, sameDay, null, NOV_27);
    assertThat(story.correctedAfter()).isNull();
    assertThat(new TextDigestRenderer().render(List.of(story))).isEqualTo("Plan approved\n2026-11-27\nText.\n");
  }
}
