package newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  @Test
  void readsSecondsAndHttpDates() {
    assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("Sun, 29 Nov 2026 12:05:00 GMT", NOW)).isEqualTo(Duration.ofMinutes(5));
    assertThat(RetryAfter.parse("Sun, 29 Nov 2026 11:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
  }

  @Test
  void unreadableOrAbsentIsNull() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
    assertThat(RetryAfter.parse("", NOW)).isNull();
    assertThat(RetryAfter.parse("soon", NOW)).isNull();
    assertThat(RetryAfter.parse("-5", NOW)).isNull();
    assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isGreaterThan(Duration.ofDays(300));
  }
}
