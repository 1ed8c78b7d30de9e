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

  @Test
  void aMovedDocumentReportsTheStoryItWasMovedTo() {
    StoryLabels labels = new StoryLabels();
    labels.record("a", new StoryAssignment("s1", List.of()));
    labels.record("b", new StoryAssignment("s1", List.of()));
    labels.record("c", new StoryAssignment("s2", List.of(), List.of("b")));
    labels.record("d", new StoryAssignment("s0", List.of("s2")));
    assertThat(labels.storyOf("a")).isEqualTo("s1");
    assertThat(labels.storyOf("b")).as("moved to s2, which s0 then absorbed").isEqualTo("s0");
    assertThat(labels.storyOf("c")).isEqualTo("s0");
  }

  @Test
  void theTwoArgumentAssignmentMovesNothing() {
    assertThat(new StoryAssignment("s1", List.of("s2")).moved()).isEmpty();
    assertThat(new StoryAssignment("s1", null, null).moved()).isEmpty();
  }
}
