package newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsdesk.store.Source;
import org.junit.jupiter.api.Test;

class SourceStatusTest {
  private static final Instant FETCHED = Instant.parse("2026-11-30T01:00:00Z");
  private final PollSchedule schedule = new PollSchedule(PollSchedule.Bounds.defaults());

  private static Source source(Instant lastFetch, String error, int failures, String warning) {
    return new Source(1, "https://example.org/feed", "k", "rss", "Example", null, null, lastFetch, lastFetch, error,
        failures, 600, null, warning);
  }

  @Test
  void aRefusalIsNeitherOkNorAFailure() {
    Source refused = source(FETCHED, "127.0.0.1 is a loopback, private or other special address", 0, null);
    assertThat(SourceStatus.of(refused, schedule)).isEqualTo(SourceStatus.REFUSED);
    assertThat(SourceStatus.of(refused, schedule).label()).isEqualTo("refused");
  }

  @Test
  void failuresRetryThenFail() {
    assertThat(SourceStatus.of(source(FETCHED, "HTTP 503", 1, null), schedule)).isEqualTo(SourceStatus.RETRYING);
    assertThat(SourceStatus.of(source(FETCHED, "HTTP 503", 3, null), schedule)).isEqualTo(SourceStatus.FAILING);
  }

  @Test
  void theOtherStates() {
    assertThat(SourceStatus.of(source(null, null, 0, null), schedule)).isEqualTo(SourceStatus.NEVER_FETCHED);
    assertThat(SourceStatus.of(source(FETCHED, null, 0, null), schedule)).isEqualTo(SourceStatus.OK);
    assertThat(SourceStatus.of(source(FETCHED, null, 0, "truncated: 7 entries read"), schedule))
        .isEqualTo(SourceStatus.DAMAGED);
  }
}
