package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryLabelsTest {
  @Test
  void documentsOfAnAbsorbedStoryReportTheSurvivor() {
    StoryLabels labels = new StoryLabels();
    labels.record("a", new StoryAssignment("s1", List.of()));
    labels.record("b", new StoryAssignment("s2", List.of()));
    labels.record("c", new StoryAssignment("s3", List.of()));
    labels.record("d", new StoryAssignment("s1", List.of("s2")));
    labels.record("e", new StoryAssignment("s0", List.of("s1")));
    assertThat(labels.storyOf("a")).isEqualTo("s0");
    assertThat(labels.storyOf("b")).isEqualTo("s0");
    assertThat(labels.storyOf("c")).isEqualTo("s3");
    assertThat(labels.storyOf("missing")).isNull();
  }
}
