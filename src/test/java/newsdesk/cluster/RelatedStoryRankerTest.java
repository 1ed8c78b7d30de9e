package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedStoryRankerTest {
  static final Instant T = Instant.parse("2020-03-01T00:00:00Z");
  final RelatedStoryRanker ranker = new RelatedStoryRanker(RelatedStoryRanker.Config.defaults());

  static StoryProfile story(String id, Instant time, String language, String terms, String... entities) {
    return new StoryProfile(id, time, language, Arrays.asList(terms.split(" ")), Set.of(entities));
  }

  static List<StoryProfile> corpus(StoryProfile... extra) {
    List<StoryProfile> base = new java.util.ArrayList<>(List.of(
        story("quake-1", T, "eng", "earthquake magnitude struck coast tsunami warning rescue collapsed buildings", "chile"),
        story("quake-2", T.plus(Duration.ofDays(3)), "eng", "earthquake magnitude aftershock coast rescue collapsed homes", "chile"),
        story("election", T.plus(Duration.ofDays(1)), "eng", "election vote parliament ballot results turnout party", "france"),
        story("football", T.plus(Duration.ofDays(2)), "eng", "match goal league striker season coach win", "madrid"),
        story("budget", T, "eng", "budget deficit tax spending minister treasury", "japan"),
        story("pandemic", T, "eng", "virus cases hospital vaccine outbreak quarantine", "italy")));
    base.addAll(List.of(extra));
    return base;
  }

  @Test
  void storiesOnTheSameSubjectAreRelatedAndUnrelatedOnesAreNot() {
    Map<String, List<RelatedStoryRanker.Related>> r = ranker.rank(corpus());
    assertThat(r.get("quake-1")).extracting(RelatedStoryRanker.Related::storyId).containsExactly("quake-2");
    assertThat(r.get("election")).isEmpty();
    assertThat(r.get("football")).isEmpty();
  }

  @Test
  void oldStoriesAreNeverRelated() {
    var old = story("quake-old", T.minus(Duration.ofDays(400)), "eng", "earthquake magnitude struck coast tsunami rescue", "chile");
    assertThat(ranker.rank(corpus(old)).get("quake-1")).extracting(RelatedStoryRanker.Related::storyId)
        .doesNotContain("quake-old");
  }

  @Test
  void storiesInAnotherLanguageAreNeverRelated() {
    var german = story("quake-de", T, "deu", "earthquake magnitude struck coast tsunami warning rescue", "chile");
    assertThat(ranker.rank(corpus(german)).get("quake-1")).extracting(RelatedStoryRanker.Related::storyId)
        .doesNotContain("quake-de");
  }

  @Test
  void aNearCopyIsAFragmentOfTheSameStoryNotARelatedOne() {
    var copy = story("quake-1-fragment", T, "eng",
        "earthquake magnitude struck coast tsunami warning rescue collapsed buildings", "chile");
    assertThat(ranker.rank(corpus(copy)).get("quake-1")).extracting(RelatedStoryRanker.Related::storyId)
        .doesNotContain("quake-1-fragment").contains("quake-2");
  }

  @Test
  void rankingIsDeterministicBestFirstAndLimited() {
    List<StoryProfile> many = new java.util.ArrayList<>();
    for (int i = 0; i < 9; i++) {
      many.add(story("s" + i, T, "eng", "storm flood river rain evacuation " + "extra ".repeat(i) + "word" + i, "ohio"));
    }
    var first = ranker.rank(many);
    assertThat(first).isEqualTo(ranker.rank(many));
    assertThat(first.get("s0")).hasSize(5);
    assertThat(first.get("s0")).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }

  @Test
  void emptyInputAndStoriesWithoutTermsGiveNothing() {
    assertThat(ranker.rank(List.of())).isEmpty();
    var blank = new StoryProfile("blank", T, "eng", List.of(), Set.of());
    assertThat(ranker.rank(List.of(blank, blank.withId("blank2")))).allSatisfy((id, r) -> assertThat(r).isEmpty());
  }

  @Test
  void aBadConfigurationNamesTheArgument() {
    assertThatThrownBy(() -> new RelatedStoryRanker.Config(Duration.ofDays(1), 0.9, 0.5, 0.5, 5))
        .hasMessageContaining("minScore");
    assertThatThrownBy(() -> new RelatedStoryRanker.Config(Duration.ofDays(1), 0.1, 0.5, 0.5, 0))
        .hasMessageContaining("limit");
  }
}
