package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelatedStoryFinderTest {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private static StoryProfile story(String id, Instant time, String words, String... entities) {
    List<String> terms = new ArrayList<>(List.of(words.split(" ")));
    return new StoryProfile(id, time, "eng", id, terms, List.of(entities));
  }

  /** Background stories so that idf means something. */
  private static List<StoryProfile> background() {
    List<StoryProfile> out = new ArrayList<>();
    String[] topics = {"budget parliament vote tax", "football final goal cup", "election poll candidate vote",
        "storm flood rain wind", "court trial judge verdict", "market share price bank"};
    for (int i = 0; i < topics.length; i++) out.add(story("bg" + i, T0, topics[i] + " report said"));
    return out;
  }

  @Test
  void relatedStoryOnTheSameSubjectIsFoundAndUnrelatedOnesAreNot() {
    List<StoryProfile> stories = background();
    stories.add(story("quakeA", T0, "earthquake ferrovia magnitude rubble rescue dead said", "Ferrovia"));
    stories.add(story("quakeB", T0.plus(Duration.ofDays(5)), "earthquake magnitude rubble rescue dead montalto said", "Montalto"));
    Map<String, List<RelatedStory>> related = new RelatedStoryFinder().find(stories);
    assertThat(related.get("quakeA")).extracting(RelatedStory::storyId).containsExactly("quakeB");
    assertThat(related.get("bg0")).extracting(RelatedStory::storyId).doesNotContain("quakeA", "quakeB");
  }

  @Test
  void oldStoriesAndFragmentsOfTheSameStoryAreNeverRelated() {
    List<StoryProfile> stories = background();
    String quake = "earthquake ferrovia magnitude rubble rescue dead said";
    stories.add(story("quake", T0, quake, "Ferrovia"));
    stories.add(story("fragment", T0.plus(Duration.ofHours(2)), quake, "Ferrovia"));
    stories.add(story("old", T0.minus(Duration.ofDays(15)), "earthquake magnitude rubble rescue dead montalto", "Montalto"));
    stories.add(story("recent", T0.minus(Duration.ofDays(13)), "earthquake magnitude rubble rescue dead borgo", "Borgo"));
    List<RelatedStory> related = new RelatedStoryFinder().find(stories).get("quake");
    assertThat(related).extracting(RelatedStory::storyId).containsExactly("recent");
  }

  @Test
  void withoutDatesThereIsNoWindowAndAtMostLimitAreListedBestFirst() {
    List<StoryProfile> stories = new ArrayList<>(background());
    for (int i = 0; i < 8; i++) {
      stories.add(story("q" + i, null, "earthquake magnitude rubble rescue dead town" + i + " extra" + (i % 2), "Town" + i));
    }
    Map<String, List<RelatedStory>> related = new RelatedStoryFinder().find(stories);
    List<RelatedStory> list = related.get("q0");
    assertThat(list).hasSize(5);
    assertThat(list).extracting(RelatedStory::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(related).containsOnlyKeys(stories.stream().map(StoryProfile::id).toList());
  }

  @Test
  void emptyInputGivesNothingAndResultIsDeterministic() {
    assertThat(new RelatedStoryFinder().find(List.of())).isEmpty();
    List<StoryProfile> stories = background();
    assertThat(new RelatedStoryFinder().find(stories)).isEqualTo(new RelatedStoryFinder().find(stories));
  }

  /** Background, a cluster of similar stories over three weeks, and stories with no date. */
  private static List<StoryProfile> mixed() {
    List<StoryProfile> stories = background();
    for (int i = 0; i < 8; i++) {
      stories.add(story("q" + i, T0.plus(Duration.ofDays(3L * i)), "earthquake magnitude rubble rescue dead town" + i + " extra" + (i % 2),
          "Town" + i));
    }
    stories.add(story("undated", null, "earthquake magnitude rubble rescue aftershock"));
    return stories;
  }

  @Test
  void rankingSomeStoriesGivesTheirListsOfRankingAllWhateverTheInputOrder() {
    List<StoryProfile> stories = mixed();
    Map<String, List<RelatedStory>> all = new RelatedStoryFinder().find(stories);
    List<String> targets = List.of("q3", "undated", "bg2");
    List<StoryProfile> reversed = new ArrayList<>(stories).reversed();
    Map<String, List<RelatedStory>> some = new RelatedStoryFinder().find(reversed, targets);
    assertThat(some).containsOnlyKeys(targets);
    targets.forEach(id -> assertThat(some.get(id)).as(id).isEqualTo(all.get(id)));
    assertThat(all.get("q3")).isNotEmpty();
  }

  @Test
  void candidatesAreEveryStoryPassingTheFiltersBeyondTheLimit() {
    List<StoryProfile> stories = mixed();
    RelatedStoryFinder finder = new RelatedStoryFinder();
    List<String> candidates = finder.candidates(stories, List.of("q3")).get("q3");
    // q3 is at day 9 and q0..q7 at days 0..21, all within 14 days of it; the undated story has no window.
    assertThat(candidates).containsExactlyInAnyOrder("q0", "q1", "q2", "q4", "q5", "q6", "q7", "undated");
    assertThat(finder.find(stories, List.of("q3")).get("q3")).hasSize(5)
        .allSatisfy(r -> assertThat(candidates).contains(r.storyId()));
    assertThat(finder.candidates(stories, List.of("q0")).get("q0")).doesNotContain("q5", "q6", "q7");
  }

  @Test
  void withoutLeastSimilarityStoriesSharingNoTermAreCandidatesToo() {
    List<StoryProfile> stories = background();
    RelatedStoryFinder finder = new RelatedStoryFinder(RelatedStoryFinder.Settings.defaults().withMinSimilarity(0));
    assertThat(finder.candidates(stories, List.of("bg1")).get("bg1")).containsExactly("bg0", "bg2", "bg3", "bg4", "bg5");
    assertThat(new RelatedStoryFinder().candidates(stories, List.of("bg1")).get("bg1")).isEmpty();
  }
}
