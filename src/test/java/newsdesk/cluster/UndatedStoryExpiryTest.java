package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A story opened by an undated document before the stream clock started counts as seen when the
 * clock starts: it goes quiet like any other, and never holds the stories behind it in the
 * working set. A stream with no date at all never starts the clock, so nothing leaves.
 */
class UndatedStoryExpiryTest {
  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
  private static final String LAVA = "Lava from the Kilauea volcano reached the coast of Hawaii, officials of the Hawaii County "
      + "civil defense said. Residents of the Leilani Estates subdivision were told to leave their homes as the eruption went on.";
  private static final String[][] OTHERS = {
      {"Parliament passes the budget", "The parliament passed the budget for next year after a long debate on taxes and pensions."},
      {"Orchestra announces winter concerts", "The symphony orchestra announced its winter concerts with violin soloists from Vienna."},
      {"Wheat harvest falls after drought", "Farmers reported wheat harvest yields falling after the drought as grain prices rose."},
      {"Council approves new bus depot", "The city council approved a new bus depot and drivers welcomed longer suburban routes."}};

  @Test
  void anUndatedStoryIsNoCandidateOnceQuiet() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(new DocumentAnalyzer());
    StoryAssignment undated = c.add(new ClusterDocument("u", null, "Kilauea lava reaches the coast", LAVA, null));
    c.add(new ClusterDocument("x", T, OTHERS[0][0], OTHERS[0][1], null));
    StoryAssignment later = c.add(new ClusterDocument("d", T.plus(Duration.ofDays(120)), "Kilauea lava reaches the coast", LAVA, null));

    assertThat(later.storyId()).as("120 days after the clock started, the undated story is quiet").isNotEqualTo(undated.storyId());
    assertThat(c.activeStories()).as("only the new story is left").isEqualTo(1);
  }

  @Test
  void anUndatedStoryAtTheFrontDoesNotKeepLaterStoriesActive() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(new DocumentAnalyzer());
    c.add(new ClusterDocument("u", null, "Kilauea lava reaches the coast", LAVA, null));
    for (int i = 0; i < OTHERS.length; i++) {
      c.add(new ClusterDocument("o" + i, T.plus(Duration.ofDays(i)), OTHERS[i][0], OTHERS[i][1], null));
    }
    assertThat(c.activeStories()).isEqualTo(1 + OTHERS.length);

    c.add(new ClusterDocument("late", T.plus(Duration.ofDays(30)), "Kilauea lava reaches the coast", LAVA, null));

    assertThat(c.activeStories()).as("every story of a month ago left, the undated one first").isEqualTo(1);
  }

  @Test
  void aStreamWithoutDatesKeepsEveryStory() {
    OnlineStoryClusterer c = new OnlineStoryClusterer(new DocumentAnalyzer());
    c.add(new ClusterDocument("u", null, "Kilauea lava reaches the coast", LAVA, null));
    for (int i = 0; i < OTHERS.length; i++) c.add(new ClusterDocument("o" + i, null, OTHERS[i][0], OTHERS[i][1], null));

    assertThat(c.activeStories()).as("no clock, no expiry").isEqualTo(1 + OTHERS.length);
  }
}
