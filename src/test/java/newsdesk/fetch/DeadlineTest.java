package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  @Test
  void aDeadlineBeyondTheClocksRangeIsNoDeadlineRatherThanAnOverflow() {
    Deadline far = Deadline.after(Duration.ofDays(365L * 400));
    assertThat(far).isSameAs(Deadline.NONE);
    assertThat(far.passed()).isFalse();
    assertThat(far.remaining(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aZeroLengthDeadlineHasPassedAndLeavesNoTime() {
    Deadline now = Deadline.after(Duration.ZERO);
    assertThat(now.passed()).isTrue();
    assertThat(now.remaining(Duration.ofSeconds(30))).isZero();
    assertThat(now.length()).isEqualTo(Duration.ZERO);
  }

  @Test
  void theEarlierOfTwoDeadlinesWins() {
    Deadline soon = Deadline.after(Duration.ZERO);
    Deadline late = Deadline.after(Duration.ofHours(1));
    assertThat(late.orEarlier(soon)).isSameAs(soon);
    assertThat(soon.orEarlier(late)).isSameAs(soon);
    assertThat(Deadline.NONE.orEarlier(late)).isSameAs(late);
  }

  @Test
  void aNegativeLengthIsMisuse() {
    assertThatThrownBy(() -> Deadline.after(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
  }
}
