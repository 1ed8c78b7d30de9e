package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.text.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contract of {@link StoryClusterer} plus the working-set rules of {@link OnlineStoryClusterer}. */
class OnlineStoryClustererTest {
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static DocumentAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new DocumentAnalyzer();
  }

  private static OnlineStoryClusterer clusterer() {
    return new OnlineStoryClusterer(analyzer, ClusteringConfig.defaults());
  }

  private static final String QUAKE = "A magnitude 6.1 earthquake struck near the coastal town of Ferrovia on Tuesday, "
      + "collapsing houses and killing at least twelve people, the regional civil protection agency said. "
      + "Rescue teams searched the rubble of Ferrovia through the night.";
  private static final String QUAKE_2 = "Rescuers in Ferrovia pulled survivors from collapsed houses after Tuesday's "
      + "magnitude 6.1 earthquake, which killed at least twelve people, civil protection officials said.";
  private static final String BUDGET = "Parliament approved the national budget for next year after a long debate, "
      + "raising spending on schools and hospitals while cutting fuel subsidies, the finance minister said.";

  @Test
  void reportsOfOneEventShareAStoryAndOtherNewsDoesNot() {
    OnlineStoryClusterer c = clusterer();
    String a = c.add(new ClusterDocument("a", T0, "Earthquake kills twelve in Ferrovia", QUAKE)).storyId();
    String b = c.add(new ClusterDocument("b", T0.plusSeconds(3600), "Survivors pulled from rubble in Ferrovia", QUAKE_2)).storyId();
    String d = c.add(new ClusterDocument("d", T0.plusSeconds(7200), "Budget passes", BUDGET)).storyId();
    assertThat(b).isEqualTo(a);
    assertThat(d).isNotEqualTo(a);
    assertThat(a).isEqualTo("a");
  }

  @Test
  void anOutletsOwnArticlesNeedALargerMarginToShareAStory() {
    ClusteringConfig strict = Configs.with(ClusteringConfig.defaults(), "sameOutletPenalty=5");
    OnlineStoryClusterer sameOutlet = new OnlineStoryClusterer(analyzer, strict);
    String a = sameOutlet.add(new ClusterDocument("a", T0, "Earthquake kills twelve in Ferrovia", QUAKE, "Daily Post")).storyId();
    String b = sameOutlet.add(new ClusterDocument("b", T0.plusSeconds(3600), "Survivors pulled from rubble in Ferrovia",
        QUAKE_2, "Daily Post")).storyId();
    assertThat(b).as("same outlet, penalty larger than any margin").isNotEqualTo(a);

    OnlineStoryClusterer twoOutlets = new OnlineStoryClusterer(analyzer, strict);
    a = twoOutlets.add(new ClusterDocument("a", T0, "Earthquake kills twelve in Ferrovia", QUAKE, "Daily Post")).storyId();
    b = twoOutlets.add(new ClusterDocument("b", T0.plusSeconds(3600), "Survivors pulled from rubble in Ferrovia",
        QUAKE_2, "Evening Star")).storyId();
    String c = twoOutlets.add(new ClusterDocument("c", T0.plusSeconds(7200), "Ferrovia quake toll", QUAKE + " Aftershocks followed.",
        null)).storyId();
    assertThat(b).as("another outlet pays nothing").isEqualTo(a);
    assertThat(c).as("an unknown outlet pays nothing").isEqualTo(a);

    OnlineStoryClusterer defaults = clusterer();
    a = defaults.add(new ClusterDocument("a", T0, "Earthquake kills twelve in Ferrovia", QUAKE, "Daily Post")).storyId();
    b = defaults.add(new ClusterDocument("b", T0.plusSeconds(3600), "Survivors pulled from rubble in Ferrovia",
        QUAKE_2, "Daily Post")).storyId();
    assertThat(b).as("a clear follow-up of one outlet still joins by default").isEqualTo(a);
  }

  @Test
  void aClearedClustererForgetsItsStoriesAndTermStatistics() {
    // That it then places documents as a new one does is the contract's (StoryClustererContract).
    OnlineStoryClusterer used = clusterer();
    used.add(new ClusterDocument("x", T0.plusSeconds(60), "Ferrovia earthquake", QUAKE));
    used.restore(new ClusterDocument("y", T0, "Budget debate", BUDGET), "s-budget");
    used.clear();
    assertThat(used.activeStories()).isZero();
    assertThat(used.vocabularySize()).as("term statistics forgotten").isZero();
  }

  @Test
  void aBlankOutletIsUnknown() {
    assertThat(new ClusterDocument("a", null, "t", "x", "  ").outlet()).isNull();
    assertThat(new ClusterDocument("a", null, "t", "x", " Daily Post ").outlet()).isEqualTo("Daily Post");
    assertThat(new ClusterDocument("a", null, "t", "x").outlet()).isNull();
  }

  @Test
  void documentWithoutContentIsKeyedByItsIdAndNotRemembered() {
    // A story of its own that changes nothing else is the contract's (StoryClustererContract).
    OnlineStoryClusterer c = clusterer();
    assertThat(c.add(new ClusterDocument("e", null, "", "")).storyId()).isEqualTo("e");
    assertThat(c.activeStories()).isZero();
  }

  @Test
  void documentsOfDifferentLanguagesNeverJoinEvenWithIdenticalTerms() {
    OnlineStoryClusterer c = clusterer();
    List<String> terms = List.of("ferrovia", "earthquak", "magnitud", "rescu", "rubbl", "twelv");
    List<Entity> none = List.of();
    String english = c.add(new AnalyzedDocument("en", T0, "eng", terms, terms, List.of(), none)).storyId();
    String german = c.add(new AnalyzedDocument("de", T0, "deu", terms, terms, List.of(), none)).storyId();
    String english2 = c.add(new AnalyzedDocument("en2", T0, "eng", terms, terms, List.of(), none)).storyId();
    assertThat(german).isNotEqualTo(english);
    assertThat(english2).isEqualTo(english);
    // An undetermined (too short to tell) document may join a story of either language.
    String unknown = c.add(new AnalyzedDocument("und", T0, "und", terms, terms, List.of(), none)).storyId();
    assertThat(unknown).isIn(english, german);
  }

  @Test
  void quietStoriesLeaveTheWorkingSetAndAreNeverJoinedAgain() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(analyzer, ClusteringConfig.defaults().withQuietPeriod(Duration.ofDays(3)));
    String first = c.add(new ClusterDocument("q1", T0, "Earthquake in Ferrovia", QUAKE)).storyId();
    c.add(new ClusterDocument("b1", T0.plus(Duration.ofDays(2)), "Budget", BUDGET));
    assertThat(c.activeStories()).isEqualTo(2);
    String late = c.add(new ClusterDocument("q2", T0.plus(Duration.ofDays(4)), "Earthquake in Ferrovia", QUAKE_2)).storyId();
    assertThat(late).isNotEqualTo(first);
    assertThat(c.activeStories()).isEqualTo(2); // the budget story (2 days old) and the new quake story
    c.add(new ClusterDocument("x", T0.plus(Duration.ofDays(30)), "", BUDGET + " Final vote."));
    assertThat(c.activeStories()).isEqualTo(1);
  }

  @Test
  void aLateBacklogArticleOlderThanTheStoryStartsItsOwnStory() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(analyzer, ClusteringConfig.defaults().withQuietPeriod(Duration.ofDays(3)));
    Instant today = T0.plus(Duration.ofDays(20));
    String story = c.add(new ClusterDocument("now", today, "Earthquake kills twelve in Ferrovia", QUAKE)).storyId();
    // The same words, but published 20 days before the story began: a feed's backlog, not this event.
    String old = c.add(new ClusterDocument("old", T0, "Earthquake kills twelve in Ferrovia", QUAKE_2)).storyId();
    assertThat(old).isNotEqualTo(story);
    // Within the quiet period before the story's first member, an earlier report still joins.
    String earlier = c.add(new ClusterDocument("earlier", today.minus(Duration.ofDays(1)),
        "Survivors pulled from rubble in Ferrovia", QUAKE_2)).storyId();
    assertThat(earlier).isEqualTo(story);
  }

  @Test
  void workingSetIsBoundedWithoutDates() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(analyzer, ClusteringConfig.defaults().withMaxActiveStories(5));
    for (int i = 0; i < 40; i++) {
      c.add(new AnalyzedDocument("n" + i, null, "eng", List.of("topic" + i, "word" + i), List.of(), List.of(), List.of()));
    }
    assertThat(c.activeStories()).isEqualTo(5);
  }

  @Test
  void restoredDocumentsLetClusteringContinueAcrossRuns() {
    OnlineStoryClusterer before = clusterer();
    String story = before.add(new ClusterDocument("r1", T0, "Earthquake kills twelve in Ferrovia", QUAKE)).storyId();
    OnlineStoryClusterer after = clusterer();
    after.restore(new ClusterDocument("r1", T0, "Earthquake kills twelve in Ferrovia", QUAKE), story);
    assertThat(after.activeStories()).isEqualTo(1);
    String next = after.add(new ClusterDocument("r2", T0.plusSeconds(60), "Survivors pulled from rubble in Ferrovia", QUAKE_2)).storyId();
    assertThat(next).isEqualTo(story);
  }

  @Test
  void leadShareStillGroupsReportsOfOneEvent() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(analyzer,
        Configs.with(ClusteringConfig.defaults(), "leadTerms=60,leadShare=0.3"));
    String a = c.add(new ClusterDocument("a", T0, "Earthquake kills twelve in Ferrovia", QUAKE)).storyId();
    String b = c.add(new ClusterDocument("b", T0.plusSeconds(3600), "Survivors pulled from rubble in Ferrovia", QUAKE_2)).storyId();
    String d2 = c.add(new ClusterDocument("d", T0.plusSeconds(7200), "Budget passes", BUDGET)).storyId();
    assertThat(b).isEqualTo(a);
    assertThat(d2).isNotEqualTo(a);
  }
}
