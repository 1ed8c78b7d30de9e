package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryHubnessTest {
  private static StoryProfile story(String id, String language, String words) {
    return new StoryProfile(id, null, language, id, List.of(words.split(" ")), List.of());
  }

  private static final List<StoryProfile> STORIES = List.of(
      story("a", "eng", "volcano eruption lava"),
      story("b", "eng", "volcano eruption ash"),
      story("c", "eng", "volcano lava flow"),
      story("d", "eng", "budget vote parliament"),
      story("e", "deu", "volcano eruption lava"));

  private static StoryHubness hubness(int neighbours) {
    return new StoryHubness(STORIES, StoryVectors.of(STORIES, 1.0), neighbours, new ComparableStories(Duration.ofDays(14)));
  }

  @Test
  void isTheMeanCosineOfTheNearestComparableStories() {
    StoryVectors vectors = StoryVectors.of(STORIES, 1.0);
    double[] row = new double[STORIES.size()];
    vectors.similarities(0, row);
    // "a" is near "b" and "c"; "e" shares its words but not its language, "d" shares nothing.
    assertThat(hubness(2).of(0)).isCloseTo((row[1] + row[2]) / 2, within(1e-12));
    assertThat(hubness(4).of(0)).isCloseTo((row[1] + row[2]) / 4, within(1e-12));
  }

  @Test
  void aStorySharingNothingHasNone() {
    assertThat(hubness(2).of(3)).isZero();
  }

  @Test
  void noNeighboursMeansNoHubness() {
    assertThat(hubness(0).of(0)).isZero();
  }

  @Test
  void isRememberedAndTheSameWhenAskedAgain() {
    StoryHubness h = hubness(2);
    double first = h.of(1);
    assertThat(h.of(0)).isPositive();
    assertThat(h.of(1)).isEqualTo(first);
  }
}
