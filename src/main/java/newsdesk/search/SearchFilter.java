package newsdesk.search;

import java.time.Instant;
import java.util.Set;

/**
 * Restricts a search. Every null field means "no restriction".
 *
 * @param outlet      only articles of this outlet (its name in any case, with or without accents)
 * @param from        only articles placed at or after this time
 * @param until       only articles placed before this time
 * @param articleIds  only articles with these public ids (for example those naming an entity)
 * @param newestFirst order by article time, newest first, instead of by relevance
 */
public record SearchFilter(String outlet, Instant from, Instant until, Set<String> articleIds, boolean newestFirst) {
  /** No restriction, by relevance. */
  public static final SearchFilter NONE = new SearchFilter(null, null, null, null, false);

  public SearchFilter {
    if (articleIds != null) articleIds = Set.copyOf(articleIds);
    if (from != null && until != null && from.isAfter(until)) {
      throw new IllegalArgumentException("from " + from + " is after until " + until);
    }
  }

  /** True when some field restricts the results (a search may then have no words). */
  public boolean restricts() {
    return outlet != null || from != null || until != null || articleIds != null;
  }
}
