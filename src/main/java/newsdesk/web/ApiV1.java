package newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import newsdesk.store.NewsStore;

/**
 * The JSON API under {@code /api/v1} (documented in docs/API.md): the table of its routes, each
 * handled by the class of its resource ({@link ApiStories}, {@link ApiArticles},
 * {@link ApiSearch}, {@link ApiSavedSearches}, {@link ApiSources}). Lists answer
 * {@code {"items": [...], "next": cursor-or-null}}; writes need an API token
 * ({@code Authorization: Bearer TOKEN}) or a logged-in session sending its CSRF token in
 * {@code X-CSRF-Token} ({@link ApiWriters}).
 */
final class ApiV1 {
  static final String PREFIX = "/api/v1";

  private final ApiStories stories;
  private final ApiArticles articles;
  private final ApiSearch search;
  private final ApiSavedSearches savedSearches;
  private final ApiSources sources;

  ApiV1(NewsStore store, FrontPage front, Searches searches, Auth auth, Json json, WebOptions options) {
    ApiWriters writers = new ApiWriters(auth);
    this.stories = new ApiStories(store, front, json, options);
    this.articles = new ApiArticles(store, json);
    this.search = new ApiSearch(searches, json);
    this.savedSearches = new ApiSavedSearches(store, searches, writers, json, options);
    this.sources = new ApiSources(store, writers, json, options);
  }

  void routes(RoutesConfig r) {
    r.get(PREFIX + "/stories", stories::list);
    r.get(PREFIX + "/stories/{id}", stories::one);
    r.get(PREFIX + "/articles", articles::list);
    r.get(PREFIX + "/articles/{id}", articles::one);
    r.get(PREFIX + "/search", search::search);
    r.get(PREFIX + "/digest", stories::digest);
    r.get(PREFIX + "/saved-searches", savedSearches::list);
    r.post(PREFIX + "/saved-searches", savedSearches::create);
    r.get(PREFIX + "/saved-searches/{id}", savedSearches::one);
    r.delete(PREFIX + "/saved-searches/{id}", savedSearches::remove);
    r.get(PREFIX + "/sources", sources::list);
    r.post(PREFIX + "/sources", sources::create);
    r.get(PREFIX + "/sources/{id}", sources::one);
    r.delete(PREFIX + "/sources/{id}", sources::remove);
  }

  /** The numeric {id} of the path; empty when it is no number (then no such item: a 404). */
  static Optional<Long> idParam(Context ctx) {
    try {
      return Optional.of(Long.parseLong(ctx.pathParam("id")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
