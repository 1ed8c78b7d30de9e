package newsdesk.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a source is polled. The interval follows how often the source publishes: half the
 * median gap between its recent entries (so a new entry waits on average a quarter of a gap), or
 * the time since its newest entry when it has gone quiet; feeds without dates halve the interval
 * when a poll brings new entries and stretch it by half when it brings none; a 304 stretches it by
 * a quarter. The interval always stays within {@link Bounds}. Failures never drop a source: the
 * next try is pushed back exponentially (interval times 2^failures, at most {@code maxBackoff}),
 * and never sooner than the server's Retry-After.
 */
public final class PollSchedule {
  /**
   * Limits of the schedule.
   *
   * @param min          shortest poll interval
   * @param max          longest poll interval
   * @param maxBackoff   longest wait before retrying a failing source
   * @param failingAfter consecutive failures after which a source is shown as failing
   */
  public record Bounds(Duration min, Duration max, Duration maxBackoff, int failingAfter) {
    public Bounds {
      if (min.isNegative() || min.isZero()) throw new IllegalArgumentException("min must be positive, got " + min);
      if (max.compareTo(min) < 0) throw new IllegalArgumentException("max " + max + " is below min " + min);
      if (maxBackoff.compareTo(max) < 0) throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is below max " + max);
      if (failingAfter <= 0) throw new IllegalArgumentException("failingAfter must be positive, got " + failingAfter);
    }

    /** 10 minutes to 12 hours; failing sources retried at most a day apart, shown failing after 3 failures. */
    public static Bounds defaults() {
      return new Bounds(Duration.ofMinutes(10), Duration.ofHours(12), Duration.ofHours(24), 3);
    }
  }

  /** Entries at most this many, newest first, make the publishing-rate estimate. */
  private static final int RECENT_ENTRIES = 20;

  private final Bounds bounds;

  public PollSchedule(Bounds bounds) {
    this.bounds = bounds;
  }

  public Bounds bounds() {
    return bounds;
  }

  /**
   * The interval after a poll that brought the feed.
   *
   * @param current     the interval so far
   * @param entryTimes  the entries' publication (else update) times; nulls are ignored
   * @param newEntries  entries not seen before, among those that can be recognised (with an id)
   * @param recognisable entries with an id, so that new and known can be told apart
   */
  public Duration afterContent(Duration current, List<Instant> entryTimes, int newEntries, int recognisable, Instant now) {
    List<Instant> times = new ArrayList<>();
    for (Instant t : entryTimes) if (t != null && !t.isAfter(now.plus(Duration.ofHours(1)))) times.add(t);
    times = times.stream().distinct().sorted((a, b) -> b.compareTo(a)).limit(RECENT_ENTRIES).toList();
    if (times.size() >= 3) {
      List<Long> gaps = new ArrayList<>();
      for (int i = 1; i < times.size(); i++) gaps.add(Duration.between(times.get(i), times.get(i - 1)).toSeconds());
      gaps.sort(null);
      long median = gaps.get(gaps.size() / 2);
      long quiet = Duration.between(times.get(0), now).toSeconds();
      return clamp(Duration.ofSeconds(Math.max(median, quiet) / 2));
    }
    if (recognisable > 0) return clamp(newEntries > 0 ? current.dividedBy(2) : current.multipliedBy(3).dividedBy(2));
    return clamp(current);
  }

  /** The interval after a 304 (or an unchanged document). */
  public Duration afterNotModified(Duration current) {
    return clamp(current.multipliedBy(5).dividedBy(4));
  }

  /** The wait before the next try after {@code failures} consecutive failures. */
  public Duration retryDelay(Duration interval, int failures, Duration retryAfter) {
    Duration backoff = interval.multipliedBy(1L << Math.min(Math.max(failures, 0), 20));
    if (backoff.compareTo(bounds.maxBackoff()) > 0) backoff = bounds.maxBackoff();
    if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
      return retryAfter.compareTo(bounds.maxBackoff()) > 0 ? bounds.maxBackoff() : retryAfter;
    }
    return backoff;
  }

  /** True when a source with this many consecutive failures is to be shown as failing. */
  public boolean failing(int consecutiveFailures) {
    return consecutiveFailures >= bounds.failingAfter();
  }

  public Duration clamp(Duration d) {
    if (d.compareTo(bounds.min()) < 0) return bounds.min();
    if (d.compareTo(bounds.max()) > 0) return bounds.max();
    return d;
  }
}
