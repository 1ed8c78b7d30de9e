package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HostThrottleTest {
  @Test
  @SuppressWarnings("try") // closes permits early on purpose: closing twice must be harmless
  void idleHostsAreForgottenPastTheBound() throws Exception {
    HostThrottle throttle = new HostThrottle(2, Duration.ZERO);
    try (HostThrottle.Permit busy = throttle.acquire("busy.example", true)) {
      for (int i = 0; i < 10_050; i++) {
        try (HostThrottle.Permit p = throttle.acquire("h" + i + ".example", true)) {
          assertThat(p).isNotNull();
        }
      }
      assertThat(throttle.trackedHosts()).isLessThan(200);
      // The busy host was kept: its second slot is free, a third is not.
      try (HostThrottle.Permit second = throttle.acquire("busy.example", true)) {
        Thread third = Thread.ofVirtual().start(() -> {
          try (HostThrottle.Permit p = throttle.acquire("busy.example", true)) {
            assertThat(p).isNotNull();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        assertThat(third.join(Duration.ofMillis(100))).isFalse();
        second.close();
        busy.close();
        assertThat(third.join(Duration.ofSeconds(5))).isTrue();
      }
    }
  }

  @Test
  void spacesStartsByTheDelay() throws Exception {
    HostThrottle throttle = new HostThrottle(4, Duration.ofMillis(150));
    long start = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      try (HostThrottle.Permit p = throttle.acquire("a.example", true)) {
        assertThat(p).isNotNull();
      }
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(300);
    long unspaced = System.nanoTime();
    try (HostThrottle.Permit p = throttle.acquire("a.example", false)) {
      assertThat(p).isNotNull();
      // a spaced start would wait about the whole delay here (the last start was just now)
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - unspaced)).isLessThan(100);
    }
  }
}
