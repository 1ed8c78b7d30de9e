package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
      assertThat(throttle.claim("10.0.0.1")).as("free attempt %d", i).isZero();
    }
    assertThat(throttle.claim("10.0.0.1")).as("first attempt past the free ones may still go ahead").isZero();
    assertThat(throttle.claim("10.0.0.1")).as("but the next waits").isEqualTo(Duration.ofSeconds(1));
    clock.now = clock.now.plusSeconds(1);
    assertThat(throttle.claim("10.0.0.1")).isZero();
    assertThat(throttle.claim("10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    clock.now = clock.now.plusSeconds(2);
    assertThat(throttle.claim("10.0.0.1")).isZero();
    assertThat(throttle.claim("10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
    assertThat(throttle.claim("10.0.0.2")).as("another address").isZero();
  }

  @Test
  void parallelGuessesShareTheThrottleBecauseAClaimCountsBeforeTheCheck() throws Exception {
    int threads = 16;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Duration>> claims = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) claims.add(pool.submit(() -> { start.await(); return throttle.claim("10.0.0.9"); }));
      start.countDown();
      int allowed = 0;
      for (var c : claims) if (c.get().isZero()) allowed++;
      // The clock stands still: the free attempts and the first one past them, no more.
      assertThat(allowed).isEqualTo(LoginThrottle.FREE_FAILURES + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theWaitIsCappedAndARightPasswordClearsIt() {
    for (int i = 0; i < 40; i++) {
      throttle.claim("10.0.0.1");
      clock.now = clock.now.plus(LoginThrottle.MAX_WAIT);
    }
    throttle.claim("10.0.0.1");
    assertThat(throttle.claim("10.0.0.1")).isEqualTo(LoginThrottle.MAX_WAIT);
    throttle.succeeded("10.0.0.1");
    assertThat(throttle.claim("10.0.0.1")).isZero();
    throttle.succeeded("10.0.0.1");
    assertThat(throttle.trackedAddresses()).isZero();
  }

  @Test
  void anAddressIsForgottenAfterAnHourWithoutAttempts() {
    for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) throttle.claim("10.0.0.1");
    assertThat(throttle.claim("10.0.0.1")).isPositive();
    clock.now = clock.now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
    assertThat(throttle.claim("10.0.0.1")).as("counting starts again").isZero();
    assertThat(throttle.claim("10.0.0.1")).isZero();
  }

  @Test
  void memoryIsBoundedByTheLeastRecentlySeenAddressesGoingFirst() {
    for (int i = 0; i <= LoginThrottle.MAX_ADDRESSES; i++) throttle.claim("a" + i);
    assertThat(throttle.trackedAddresses()).isEqualTo(LoginThrottle.MAX_ADDRESSES);
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(2001))).isEqualTo(3);
  }
}
