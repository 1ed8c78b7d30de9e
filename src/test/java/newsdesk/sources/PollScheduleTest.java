package newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollScheduleTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private final PollSchedule schedule = new PollSchedule(PollSchedule.Bounds.defaults());

  private static List<Instant> every(Duration gap, int count, Instant newest) {
    List<Instant> out = new ArrayList<>();
    for (int i = 0; i < count; i++) out.add(newest.minus(gap.multipliedBy(i)));
    return out;
  }

  @Test
  void anHourlyFeedIsPolledEveryHalfHour() {
    Duration next = schedule.afterContent(Duration.ofMinutes(30), every(Duration.ofHours(1), 10, NOW.minusSeconds(600)), 1, 10, NOW);
    assertThat(next).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aBusyFeedIsPolledAtTheMinimum() {
    Duration next = schedule.afterContent(Duration.ofMinutes(30), every(Duration.ofMinutes(2), 20, NOW), 5, 20, NOW);
    assertThat(next).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aFeedThatWentQuietSlowsDownToTheMaximum() {
    Duration next = schedule.afterContent(Duration.ofMinutes(30), every(Duration.ofHours(1), 10, NOW.minus(Duration.ofDays(30))), 0, 10, NOW);
    assertThat(next).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void aDailyFeedIsPolledTwiceADay() {
    Duration next = schedule.afterContent(Duration.ofMinutes(30), every(Duration.ofDays(1), 5, NOW.minusSeconds(60)), 0, 5, NOW);
    assertThat(next).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void undatedFeedsFollowWhetherPollsBringNewEntries() {
    List<Instant> none = new ArrayList<>();
    none.add(null);
    assertThat(schedule.afterContent(Duration.ofHours(2), none, 3, 5, NOW)).isEqualTo(Duration.ofHours(1));
    assertThat(schedule.afterContent(Duration.ofHours(2), none, 0, 5, NOW)).isEqualTo(Duration.ofHours(3));
    assertThat(schedule.afterContent(Duration.ofHours(2), none, 0, 0, NOW)).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void futureDatesDoNotCount() {
    List<Instant> times = new ArrayList<>(every(Duration.ofDays(1), 5, NOW.minusSeconds(60)));
    times.add(NOW.plus(Duration.ofDays(300)));
    assertThat(schedule.afterContent(Duration.ofMinutes(30), times, 0, 6, NOW)).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void notModifiedStretchesTheIntervalWithinBounds() {
    assertThat(schedule.afterNotModified(Duration.ofMinutes(40))).isEqualTo(Duration.ofMinutes(50));
    assertThat(schedule.afterNotModified(Duration.ofHours(11))).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void failuresBackOffExponentiallyUpToADayAndHonourRetryAfter() {
    Duration interval = Duration.ofMinutes(30);
    assertThat(schedule.retryDelay(interval, 1, null)).isEqualTo(Duration.ofHours(1));
    assertThat(schedule.retryDelay(interval, 3, null)).isEqualTo(Duration.ofHours(4));
    assertThat(schedule.retryDelay(interval, 30, null)).isEqualTo(Duration.ofHours(24));
    assertThat(schedule.retryDelay(interval, 1, Duration.ofHours(6))).isEqualTo(Duration.ofHours(6));
    assertThat(schedule.retryDelay(interval, 1, Duration.ofDays(9))).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void aSourceIsShownFailingAfterRepeatedFailures() {
    assertThat(schedule.failing(1)).isFalse();
    assertThat(schedule.failing(2)).isFalse();
    assertThat(schedule.failing(3)).isTrue();
  }

  @Test
  void boundsAreChecked() {
    assertThatThrownBy(() -> new PollSchedule.Bounds(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(3), 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max");
  }
}
