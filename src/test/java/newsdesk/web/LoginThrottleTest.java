package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-29T12:00:00Z");

    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  private final ManualClock clock = new ManualClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void theFirstWrongPasswordsCostNothingThenTheWaitDoubles() {
    for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
      assertThat(throttle.waitFor("10.0.0.1")).isZero();
      throttle.failed("10.0.0.1");
    }
    assertThat(throttle.waitFor("10.0.0.1")).as("after the free failures").isZero();
    throttle.failed("10.0.0.1");
    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    clock.now = clock.now.plusSeconds(1);
    throttle.failed("10.0.0.1");
    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    clock.now = clock.now.plusSeconds(2);
    throttle.failed("10.0.0.1");
    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
    assertThat(throttle.waitFor("10.0.0.2")).as("another address").isZero();
  }

  @Test
  void theWaitIsCappedAndARightPasswordClearsIt() {
    for (int i = 0; i < 40; i++) throttle.failed("10.0.0.1");
    assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(LoginThrottle.MAX_WAIT);
    throttle.succeeded("10.0.0.1");
    assertThat(throttle.waitFor("10.0.0.1")).isZero();
    assertThat(throttle.trackedAddresses()).isZero();
  }

  @Test
  void anAddressIsForgottenAfterAnHourWithoutAttempts() {
    for (int i = 0; i < 10; i++) throttle.failed("10.0.0.1");
    clock.now = clock.now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
    assertThat(throttle.waitFor("10.0.0.1")).isZero();
    throttle.failed("10.0.0.1");
    assertThat(throttle.waitFor("10.0.0.1")).as("counting starts again").isZero();
  }

  @Test
  void memoryIsBoundedByTheLeastRecentlySeenAddressesGoingFirst() {
    for (int i = 0; i <= LoginThrottle.MAX_ADDRESSES; i++) throttle.failed("a" + i);
    assertThat(throttle.trackedAddresses()).isEqualTo(LoginThrottle.MAX_ADDRESSES);
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(2001))).isEqualTo(3);
  }
}
