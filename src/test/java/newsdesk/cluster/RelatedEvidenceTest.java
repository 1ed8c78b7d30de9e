package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsdesk.text.TermAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * QA (2026-11-30): a story with no text ("no id") and "JSON only id item about tides" were related to
 * each other through the title word "id" alone. A related story needs real evidence besides its
 * cosine (two shared terms or a shared entity), and a story without article text has no content to
 * relate.
 */
class RelatedEvidenceTest {
  private static final Instant T0 = Instant.parse("2026-11-29T00:00:00Z");
  private final TermAnalyzer analyzer = new TermAnalyzer();
  private final StoryProfiles profiles = new StoryProfiles(analyzer);

  @AfterEach
  void close() {
    analyzer.close();
  }

  private static StoryProfile story(String id, List<String> terms, List<String> entities) {
    return new StoryProfile(id, T0, "eng", id, terms, entities);
  }

  private static final List<StoryProfile> STORIES = List.of(
      story("no-id", List.of("id"), List.of()),
      story("tides", List.of("json", "id", "item", "tide"), List.of()),
      story("tides-2", List.of("tide", "moon", "coast", "json"), List.of()),
      story("harbour", List.of("harbour", "ship", "strike"), List.of("Lisbon")),
      story("port", List.of("port", "dock", "worker"), List.of("Lisbon")));

  @Test
  void oneSharedTermIsNoEvidence() {
    Map<String, List<RelatedStory>> related = new RelatedStoryFinder().find(STORIES);
    assertThat(related.get("no-id")).isEmpty();
    assertThat(related.get("tides")).extracting(RelatedStory::storyId).containsExactly("tides-2");
    var withoutEvidence = new RelatedStoryFinder(RelatedStoryFinder.Settings.defaults().withMinSharedTerms(0)).find(STORIES);
    assertThat(withoutEvidence.get("no-id")).as("the cosine alone relates them").extracting(RelatedStory::storyId).contains("tides");
  }

  @Test
  void oneSharedEntityIsEvidence() {
    assertThat(new RelatedStoryFinder().find(STORIES).get("harbour")).extracting(RelatedStory::storyId).containsExactly("port");
  }

  @Test
  void aStoryWithoutTextHasNoContentToRelate() {
    StoryProfile empty = profiles.profile("no id", T0, "eng", "no id", List.of("", " "), List.of("no id"), List.of());
    assertThat(empty.terms()).isEmpty();
    assertThat(empty.entities()).isEmpty();
    StoryProfile tides = profiles.profile("tides", T0, "eng", "JSON only id item about tides",
        List.of("The JSON item about tides has an id."), List.of("JSON only id item about tides"), List.of());
    assertThat(new RelatedStoryFinder(RelatedStoryFinder.Settings.defaults().withMinSharedTerms(0))
        .find(List.of(empty, tides)).get("no id")).isEmpty();
  }
}
