package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoryWorkingSetSweepTest {
  @Test
  void theTermIndexDropsStoriesThatLeftOnceAsManyHaveLeftAsTheSetHoldsAndAtLeastAThousand() {
    ClusteringConfig config = ClusteringConfig.defaults().withMaxActiveStories(10);
    StoryWorkingSet set = new StoryWorkingSet(config, new StoryScorer(config), new DocumentVectorizer(config).statistics());
    for (int i = 0; i < 1_009; i++) set.open("s" + i, "eng");
    // 999 stories evicted so far: no sweep yet; the story whose opening evicts the 1,000th sweeps.
    assertThat(set.size()).isEqualTo(10);
    assertThat(set.sweeps()).isZero();
    set.open("s1009", "eng");
    assertThat(set.sweeps()).isEqualTo(1);
    for (int i = 1_010; i < 3_010; i++) set.open("s" + i, "eng");
    // A small set sweeps every thousand stories that left, not every story: memory stays flat cheaply.
    assertThat(set.sweeps()).isEqualTo(3);
  }
}
