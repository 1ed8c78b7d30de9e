package newsdesk.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.store.NewsStore;
import newsdesk.store.StoryCoverage;

/**
 * Which stories a digest shows when the reader names no time span: every live story with a brief
 * updated within {@code window} of the newest stored article, and in any case the {@code atLeast}
 * most recently updated ones, so that a quiet week or an old archive still fills it. The front
 * page, the API's digest and {@code newsdesk digest} all select with this one rule.
 *
 * @param window  how far before the newest article a story counts as current (positive)
 * @param atLeast how many of the most recent stories are shown however old (not negative)
 */
public record DigestSelection(Duration window, int atLeast) {
  /** The front page's: 7 days, or the 300 most recent. */
  public static final DigestSelection DEFAULT = new DigestSelection(DigestBuilder.DEFAULT_SPAN, 300);

  public DigestSelection {
    if (window == null || window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive, got " + window);
    if (atLeast < 0) throw new IllegalArgumentException("atLeast must not be negative, got " + atLeast);
  }

  /** The selected stories with their outlet counts, in no particular order; none before anything is stored. */
  public List<StoryCoverage> select(NewsStore store) {
    Instant newest = store.newestArticleTime();
    return newest == null ? List.of() : select(store, newest);
  }

  /** As {@link #select(NewsStore)}, for a caller that has read the newest article time already. */
  public List<StoryCoverage> select(NewsStore store, Instant newest) {
    return store.rankingCandidates(newest.minus(window), atLeast);
  }
}
