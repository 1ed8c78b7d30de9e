package newsdesk.sources;

import java.util.Objects;
import newsdesk.store.Source;

/**
 * What the last fetches of a source say of it, in one word: the status {@code sources list}, the
 * sources page and {@code /api/v1/sources} show. The two that need a reader's attention are in
 * capitals.
 */
public enum SourceStatus {
  /** Its address is private or loopback and the last fetch was refused for that. */
  REFUSED("refused"),
  /** The last document could be read only in part (what was wrong is its last warning). */
  DAMAGED("DAMAGED"),
  /** Not fetched yet. */
  NEVER_FETCHED("never fetched"),
  /** The last fetch went well. */
  OK("ok"),
  /** The last fetches failed, fewer times than the schedule calls failing; it is retried. */
  RETRYING("retrying"),
  /** Failed as often as the schedule's {@code failingAfter} or more; still retried, less often. */
  FAILING("FAILING");

  private final String label;

  SourceStatus(String label) {
    this.label = label;
  }

  /** The word shown for it (also the {@code status} value in JSON). */
  public String label() {
    return label;
  }

  /** The status of {@code source}, with {@code schedule} saying when failures make it failing. */
  public static SourceStatus of(Source source, PollSchedule schedule) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(schedule, "schedule");
    if (source.refused()) return REFUSED;
    if (source.damaged()) return DAMAGED;
    if (source.lastFetchAt() == null) return NEVER_FETCHED;
    if (source.consecutiveFailures() == 0) return OK;
    return schedule.failing(source.consecutiveFailures()) ? FAILING : RETRYING;
  }
}
