package newsdesk.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param hits the hits, in the search's order
 * @param next where the next page starts ({@link ArticleIndex#searchAfter}); null when no hit follows
 */
public record SearchPage(List<SearchHit> hits, SearchCursor next) {
  public SearchPage {
    hits = List.copyOf(hits);
  }
}
