package newsdesk.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import newsdesk.fetch.FetchException;

/**
 * When an article's link counts as dead, and when a dead one is tried again.
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
 * @param goneStatuses the HTTP statuses that mean the page is gone for good
 * @param recheckEvery the least time between two reads of a gone page
 * @param recheckFor   how long after the article was first fetched a gone page is still read again
 */
public record DeadLinks(Set<Integer> goneStatuses, Duration recheckEvery, Duration recheckFor) {
  /** What one fetch of an entry's page says of its link. */
  enum State {
    /** The page answered and was read. */
    LIVE,
    /** The page answered a gone status. */
    GONE,
    /** No verdict: no link, no answer, or a failure that may pass; what was known stays. */
    UNKNOWN
  }

  public DeadLinks {
    goneStatuses = Set.copyOf(goneStatuses);
    Objects.requireNonNull(recheckEvery, "recheckEvery");
    Objects.requireNonNull(recheckFor, "recheckFor");
    if (recheckEvery.isNegative()) throw new IllegalArgumentException("recheckEvery must not be negative: " + recheckEvery);
  }

  /** 404 and 410; a gone page read again at most hourly, for two days. */
  public static DeadLinks defaults() {
    return new DeadLinks(Set.of(404, 410), Duration.ofHours(1), Duration.ofDays(2));
  }

  /** What a failed page fetch says of the link. */
  State of(FetchException e) {
    return e.kind() == FetchException.Kind.HTTP && goneStatuses.contains(e.status()) ? State.GONE : State.UNKNOWN;
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
