package newsdesk.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.publish.DigestStory;
import newsdesk.search.SearchCursor;

/**
 * {@code GET /search} of the JSON API ({@link ApiV1}): search hits by relevance or newest first,
 * paged by a {@link SearchCursor}'s position.
 */
final class ApiSearch {
  private final Searches searches;
  private final Json json;

  ApiSearch(Searches searches, Json json) {
    this.searches = searches;
    this.json = json;
  }

  void search(Context ctx) {
    SearchForm form = SearchForm.read(ctx::queryParam);
    if (form.isEmpty()) throw HttpProblem.badRequest("give q or a filter (outlet, from, to, entity)");
    Paging paging = Paging.of(ctx);
    SearchCursor after = null;
    if (paging.position() != null) {
      try {
        after = SearchCursor.parsePosition(paging.position());
      } catch (IllegalArgumentException e) {
        throw HttpProblem.badRequest("cursor is not one this server gave out");
      }
    }
    boolean newestFirst = SearchForm.newestFirst(ctx.queryParam("sort"), "sort");
    Searches.Found found = searches.page(form, newestFirst, after, paging.limit());
    List<Map<String, Object>> items = found.results().stream().map(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("article_id", r.articleId());
      m.put("story_id", r.storyId());
      m.put("title", r.title());
      m.put("outlet", r.outlet());
      if (r.creditedAgency() != null) m.put("credited_agency", r.creditedAgency());
      if (r.contributingAgency() != null) m.put("agency_contributed", r.contributingAgency());
      m.put("url", r.url());
      if (r.linkGone()) m.put("link_gone", true);
      m.put("published", r.time());
      if (r.dayOnly()) m.put("published_precision", DigestStory.Coverage.DAY);
      m.put("snippet", r.snippetText());
      m.put("matches", r.snippet().stream().filter(SearchResult.Part::match).map(SearchResult.Part::text).distinct().toList());
      return m;
    }).toList();
    // The search cursor's own position, so that SearchCursor.token() is this very cursor (the CLI's --cursor).
    json.send(ctx, 200, Paging.page(items, found.next() == null ? null : found.next().position()));
  }
}
