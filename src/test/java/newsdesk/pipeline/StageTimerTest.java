package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageTimerTest {
  @Test
  void sinceGivesOnlyTheTimeSpentAfterTheEarlierSnapshotInPipelineOrder() {
    StageTimer timer = new StageTimer();
    timer.add("index", 5_000);
    timer.add("fetch", 1_000);
    Map<String, Duration> before = timer.snapshot();
    timer.add("fetch", 2_000);
    timer.add("summarize", 3_000);
    assertThat(timer.since(before)).containsExactly(
        Map.entry("fetch", Duration.ofNanos(2_000)), Map.entry("summarize", Duration.ofNanos(3_000)));
    assertThat(timer.snapshot()).containsEntry("fetch", Duration.ofNanos(3_000)).containsEntry("index", Duration.ofNanos(5_000));
  }
}
