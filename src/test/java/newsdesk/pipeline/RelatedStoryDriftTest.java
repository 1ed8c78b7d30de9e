package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.demo.DemoArticle;
import newsdesk.store.RelatedStory;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A related story that drifts out of the window (it keeps growing, its newest article moves more
 * than 14 days from a story that listed it) leaves that story's list, even when the story listing
 * it lies outside the window around the drifted story's new time.
 */
class RelatedStoryDriftTest {
  @TempDir Path dir;
  static final Instant FAR = Instant.parse("2021-09-01T00:00:00Z");

  @Test
  void aStoryThatMovedMoreThanTheWindowAwayLeavesTheListOfAnOlderStory() {
    try (SqliteNewsStore store = RelatedFixture.open(dir)) {
      StoredRelatedStories related = new StoredRelatedStories();
      List<List<DemoArticle>> members = RelatedFixture.members();
      String older = RelatedFixture.addStory(store, "older", members.get(20).getFirst(), FAR.minus(Duration.ofDays(10)));
      String middle = RelatedFixture.addStory(store, "middle", members.get(12).getFirst(), FAR);
      related.update(store, List.of(older, middle));
      assertThat(relatedIds(store, older)).containsExactly(middle);
      assertThat(store.storiesListing(middle)).containsExactly(older);
      // 'middle' keeps growing: a new article 8 days later, so it is now 18 days from 'older'.
      DemoArticle a = members.get(12).getFirst();
      Instant later = FAR.plus(Duration.ofDays(8));
      String text = String.join("\n\n", a.paragraphs());
      store.insertArticle(new StoredArticle(0, a.id() + "-later", null, null, a.url() + "?later", a.url() + "?later", "Other", a.title(),
          List.of(a.author()), later, later, "en", null, null, text, "page", "x" + text.hashCode(), null, middle));
      store.storyGained(middle, later, later);
      related.update(store, List.of(middle));
      assertThat(Duration.between(store.story(older).orElseThrow().lastPublished(), store.story(middle).orElseThrow().lastPublished()))
          .isEqualTo(Duration.ofDays(18));
      assertThat(relatedIds(store, older)).as("a story 18 days away is no related story").doesNotContain(middle);
      assertThat(relatedIds(store, middle)).doesNotContain(older);
      assertThat(store.storiesListing(middle)).isEmpty();
    }
  }

  private static List<String> relatedIds(SqliteNewsStore store, String id) {
    return store.related(id).stream().map(RelatedStory::relatedId).toList();
  }
}
