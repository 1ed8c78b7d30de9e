package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HostThrottleTest {
  /** A clock that moves only when the throttle sleeps, and remembers each sleep. */
  private static final class ManualPacer implements HostThrottle.Pacer {
    long now = 1_000_000_000L;
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
      return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
      sleeps.add(Duration.ofNanos(nanos));
      now += nanos;
    }
  }

  @Test
  @SuppressWarnings("try") // closes permits early on purpose: closing twice must be harmless
  void idleHostsAreForgottenPastTheBound() throws Exception {
    HostThrottle throttle = new HostThrottle(2, Duration.ZERO, new ManualPacer());
    try (HostThrottle.Permit busy = throttle.acquire("busy.example", true)) {
      for (int i = 0; i < 10_050; i++) {
        try (HostThrottle.Permit p = throttle.acquire("h" + i + ".example", true)) {
          assertThat(p).isNotNull();
        }
      }
      assertThat(throttle.trackedHosts()).isLessThan(200);
      // The busy host was kept: its second slot is free, a third is not.
      try (HostThrottle.Permit second = throttle.acquire("busy.example", true)) {
        AtomicBoolean thirdGotIn = new AtomicBoolean();
        Thread third = Thread.ofPlatform().start(() -> {
          try (HostThrottle.Permit p = throttle.acquire("busy.example", true)) {
            thirdGotIn.set(true);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        // Blocked on the host's slots (the only wait there is with a zero delay), not merely slow.
        while (third.getState() != Thread.State.WAITING && third.isAlive()) Thread.onSpinWait();
        assertThat(thirdGotIn).isFalse();
        second.close();
        busy.close();
        third.join();
        assertThat(thirdGotIn).isTrue();
      }
    }
  }

  @Test
  @SuppressWarnings("try") // permits held for what the body checks
  void spacesStartsByTheDelay() throws Exception {
    ManualPacer pacer = new ManualPacer();
    HostThrottle throttle = new HostThrottle(4, Duration.ofMillis(150), pacer);
    for (int i = 0; i < 3; i++) {
      try (HostThrottle.Permit p = throttle.acquire("a.example", true)) {
        assertThat(p).isNotNull();
      }
    }
    assertThat(pacer.sleeps).as("the first start at once, each next one a delay after it")
        .containsExactly(Duration.ofMillis(150), Duration.ofMillis(150));
    try (HostThrottle.Permit p = throttle.acquire("b.example", true)) {
      assertThat(pacer.sleeps).as("another host does not wait for this one").hasSize(2);
    }
    try (HostThrottle.Permit p = throttle.acquire("a.example", false)) {
      // a spaced start would wait the whole delay here (the last start was just now)
      assertThat(pacer.sleeps).as("an unspaced start does not wait").hasSize(2);
    }
  }

  @Test
  void aCrawlDelayLengthensTheSpacingButNeverBelowTheMinimum() throws Exception {
    ManualPacer pacer = new ManualPacer();
    HostThrottle throttle = new HostThrottle(4, Duration.ofMillis(150), pacer);
    throttle.requireDelay("slow.example", Duration.ofSeconds(2));
    throttle.requireDelay("fast.example", Duration.ofMillis(1));
    for (String host : List.of("slow.example", "slow.example", "fast.example", "fast.example")) {
      throttle.acquire(host, true).close();
    }
    assertThat(pacer.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofMillis(150));
  }
}
