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
  private static final LoginLimits LIMITS = LoginLimits.defaults();
  private final LoginThrottle throttle = new LoginThrottle(clock, LIMITS);

  @Test
  void theFirstWrongPasswordsCostNothingThenTheWaitDoubles() {
    for (int i = 0; i < LIMITS.freeFailures(); i++) {
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
      assertThat(allowed).isEqualTo(LIMITS.freeFailures() + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theWaitIsCappedAndARightPasswordClearsIt() {
    for (int i = 0; i < 40; i++) {
      throttle.claim("10.0.0.1");
      clock.now = clock.now.plus(LIMITS.maxWait());
    }
    throttle.claim("10.0.0.1");
    assertThat(throttle.claim("10.0.0.1")).isEqualTo(LIMITS.maxWait());
    throttle.succeeded("10.0.0.1");
    assertThat(throttle.claim("10.0.0.1")).isZero();
    throttle.succeeded("10.0.0.1");
    assertThat(throttle.trackedClients()).isZero();
  }

  @Test
  void anAddressIsForgottenAfterAnHourWithoutAttempts() {
    for (int i = 0; i <= LIMITS.freeFailures(); i++) throttle.claim("10.0.0.1");
    assertThat(throttle.claim("10.0.0.1")).isPositive();
    clock.now = clock.now.plus(LIMITS.forgetAfter()).plusSeconds(1);
    assertThat(throttle.claim("10.0.0.1")).as("counting starts again").isZero();
    assertThat(throttle.claim("10.0.0.1")).isZero();
  }

  @Test
  void memoryIsBoundedByTheLeastRecentlySeenClientsGoingFirst() {
    LoginThrottle roomy = new LoginThrottle(clock, new LoginLimits(5, Duration.ofMinutes(15), Duration.ofHours(1), 100,
        1_000, Duration.ofHours(1)));
    for (int i = 0; i <= 100; i++) roomy.claim("10.1.0." + i);
    assertThat(roomy.trackedClients()).isEqualTo(100);
  }

  @Test
  void anIpv6ClientIsItsSlash64SoRotatingAddressesGainsNothing() {
    for (int i = 0; i <= LIMITS.freeFailures(); i++) {
      assertThat(throttle.claim("2001:db8:1:2::" + Integer.toHexString(i + 1))).as("attempt %d", i).isZero();
    }
    assertThat(throttle.claim("2001:db8:1:2:ffff:ffff:ffff:ffff")).as("same /64").isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.claim("[2001:db8:1:2::77%eth0]")).as("bracketed, with a zone").isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.claim("2001:db8:1:3::1")).as("the next /64 is another client").isZero();
    assertThat(throttle.trackedClients()).isEqualTo(2);
    throttle.succeeded("2001:db8:1:2::abcd");
    assertThat(throttle.claim("2001:db8:1:2::1")).as("a right password clears the whole /64").isZero();
  }

  @Test
  void clientsAreKeyedByAddressOrSlash64() {
    assertThat(LoginThrottle.client("10.0.0.1")).isEqualTo("10.0.0.1");
    assertThat(LoginThrottle.client("::ffff:10.0.0.1")).as("IPv4-mapped").isEqualTo("10.0.0.1");
    assertThat(LoginThrottle.client("2001:db8::1")).isEqualTo(LoginThrottle.client("2001:0db8:0000:0000:ffff::9"));
    assertThat(LoginThrottle.client("2001:db8::1")).isEqualTo("2001:0db8:0000:0000::/64");
    assertThat(LoginThrottle.client("::1")).isNotEqualTo(LoginThrottle.client("2001:db8::1"));
  }

  @Test
  void theGlobalBudgetHoldsEveryClientOnceSpentAndFreesAsItsWindowMoves() {
    LoginLimits small = new LoginLimits(5, Duration.ofMinutes(15), Duration.ofHours(1), 10_000, 10, Duration.ofHours(1));
    LoginThrottle t = new LoginThrottle(clock, small);
    Instant first = clock.now;
    for (int i = 0; i < 10; i++) {
      assertThat(t.claim("10.2.0." + i)).as("one guess from each of many addresses").isZero();
      clock.now = clock.now.plusSeconds(60);
    }
    assertThat(t.claim("10.2.1.1")).as("a fresh address once the budget is spent")
        .isEqualTo(Duration.between(clock.now, first.plus(Duration.ofHours(1))));
    assertThat(t.trackedClients()).as("a refused claim is not counted").isEqualTo(10);
    clock.now = first.plus(Duration.ofHours(1));
    assertThat(t.claim("10.2.1.1")).as("the oldest failure left the window").isZero();
    assertThat(t.claim("10.2.1.2")).isPositive();
  }

  @Test
  void aRightPasswordGivesItsClaimBackToTheGlobalBudget() {
    LoginThrottle t = new LoginThrottle(clock, new LoginLimits(5, Duration.ofMinutes(15), Duration.ofHours(1), 10_000, 2,
        Duration.ofHours(1)));
    for (int i = 0; i < 5; i++) {
      assertThat(t.claim("10.3.0.1")).isZero();
      t.succeeded("10.3.0.1");
    }
    assertThat(t.claim("10.3.0.2")).isZero();
    assertThat(t.claim("10.3.0.3")).isZero();
    assertThat(t.claim("10.3.0.4")).isPositive();
  }

  @Test
  void rotatingThroughManyAddressesCannotBuyUnlimitedGuesses() {
    // Enough addresses to push any victim's record out of the remembered clients: still the budget.
    int allowed = 0;
    for (int i = 0; i < 20_000; i++) {
      if (throttle.claim("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255)).isZero()) allowed++;
    }
    assertThat(allowed).isEqualTo(LIMITS.globalFailures());
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(1))).isEqualTo(1);
    assertThat(LoginThrottle.retryAfterSeconds(Duration.ofMillis(2001))).isEqualTo(3);
  }
}
