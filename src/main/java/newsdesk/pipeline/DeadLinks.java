package newsdesk.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import newsdesk.fetch.FetchException;

/**
 * When an article's link counts as dead, when a dead one is tried again, and when a page that
 * failed for a while is.
 *
 * <p>A page is gone when it answers one of {@code goneStatuses} (404 Not Found and 410 Gone by
 * default): the article is marked ({@code articles.link_gone}) and no output sends a reader there.
 * Other failures may pass (5xx, 429, a timeout, a network error) or are no verdict on the page
 * (robots.txt, a body that could not be decoded) and mark nothing; 401 and 403 are often a paywall
 * or a bot check that a reader's browser gets through.
 *
 * <p>A page is often published after its feed entry, or restored after a mistake, so a gone page is
 * read again when its entry is listed again, at most once every {@code recheckEvery} and only for
 * {@code recheckFor} after the article was first fetched: a page that stays gone costs the site a
 * bounded number of requests. A page read again clears the mark; so does an updated entry, whose
 * page is read again anyway.
 *
 * <p>A page that failed in a way that may pass ({@link State#FAILED}: a timeout, a network error,
 * 408, 425, 429 or a 5xx, or a robots.txt that could not be read) leaves its article with the
 * feed's text, often one sentence; such a page is read again while its entry is listed, at most
 * {@code retries} times, the first {@code retryAfter} after the failure and each next one after
 * twice the wait before ({@code articles.page_retries}, schema V15). When it reads, the article is
 * updated as for a corrected entry (its text, entities and brief).
 *
 * @param goneStatuses the HTTP statuses that mean the page is gone for good
 * @param recheckEvery the least time between two reads of a gone page
 * @param recheckFor   how long after the article was first fetched a gone page is still read again
 * @param retries      how many times a page that failed in a way that may pass is read again (0: never)
 * @param retryAfter   the wait before the first of those reads; each next wait is twice the one before
 */
public record DeadLinks(Set<Integer> goneStatuses, Duration recheckEvery, Duration recheckFor, int retries,
    Duration retryAfter) {
  /** What one fetch of an entry's page says of its link. */
  enum State {
    /** The page answered and was read. */
    LIVE,
    /** The page answered a gone status. */
    GONE,
    /** A failure that may pass (see the class comment): what was known stays, and the page is read again later. */
    FAILED,
    /** No verdict: no link, robots.txt disallows the page, a body that could not be decoded; what was known stays. */
    UNKNOWN
  }

  /** The HTTP statuses that say "not now" rather than anything of the page. */
  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 425, 429);

  public DeadLinks {
    goneStatuses = Set.copyOf(goneStatuses);
    Objects.requireNonNull(recheckEvery, "recheckEvery");
    Objects.requireNonNull(recheckFor, "recheckFor");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (recheckEvery.isNegative()) throw new IllegalArgumentException("recheckEvery must not be negative: " + recheckEvery);
    if (retries < 0) throw new IllegalArgumentException("retries must not be negative: " + retries);
    if (retryAfter.isNegative()) throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
  }

  /**
   * 404 and 410; a gone page read again at most hourly, for two days; a page that failed for a
   * while read again up to 5 times, after 30 minutes, then 1, 2, 4 and 8 hours.
   */
  public static DeadLinks defaults() {
    return new DeadLinks(Set.of(404, 410), Duration.ofHours(1), Duration.ofDays(2), 5, Duration.ofMinutes(30));
  }

  /** What a failed page fetch says of the link. */
  State of(FetchException e) {
    return switch (e.kind()) {
      case HTTP -> goneStatuses.contains(e.status()) ? State.GONE
          : e.status() >= 500 || TRANSIENT_STATUSES.contains(e.status()) ? State.FAILED : State.UNKNOWN;
      case TIMEOUT, NETWORK, BAD_RESPONSE, ROBOTS_UNAVAILABLE -> e.interrupted() ? State.UNKNOWN : State.FAILED;
      default -> State.UNKNOWN;
    };
  }

  /**
   * Whether a page that failed in a way that may pass, first fetched at {@code fetchedAt}, last tried
   * at {@code checkedAt} (null: not since) and read again {@code retried} times since, is to be read
   * again {@code now}.
   */
  boolean dueForRetry(Instant fetchedAt, Instant checkedAt, int retried, Instant now) {
    if (retried >= retries) return false;
    Instant last = checkedAt != null ? checkedAt : fetchedAt;
    return !now.isBefore(last.plus(retryAfter.multipliedBy(1L << Math.min(retried, 30))));
  }

  /**
   * Whether a gone page first fetched at {@code fetchedAt} and last tried at {@code checkedAt} is
   * to be read again {@code now}.
   */
  boolean dueForRecheck(Instant fetchedAt, Instant checkedAt, Instant now) {
    Instant last = checkedAt != null ? checkedAt : fetchedAt;
    return !now.isAfter(fetchedAt.plus(recheckFor)) && !now.isBefore(last.plus(recheckEvery));
  }
}
