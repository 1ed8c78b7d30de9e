package newsdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.store.NewsStore;
import newsdesk.store.SavedSearch;

/**
 * The saved-search resources of the JSON API ({@link ApiV1}): list, create (a search that search
 * itself would refuse is refused with the same reason), read and delete; each names its output
 * feeds.
 */
final class ApiSavedSearches {
  private final NewsStore store;
  private final Searches searches;
  private final ApiWriters writers;
  private final Json json;
  private final WebOptions options;

  ApiSavedSearches(NewsStore store, Searches searches, ApiWriters writers, Json json, WebOptions options) {
    this.store = store;
    this.searches = searches;
    this.writers = writers;
    this.json = json;
    this.options = options;
  }

  /** {@code GET /saved-searches}: by id, paged by the last id served. */
  void list(Context ctx) {
    Paging paging = Paging.of(ctx);
    List<SavedSearch> rows = store.savedSearches(paging.number(), paging.limit() + 1);
    boolean more = rows.size() > paging.limit();
    List<SavedSearch> page = more ? rows.subList(0, paging.limit()) : rows;
    json.send(ctx, 200, Paging.page(page.stream().map(this::savedJson).toList(), more ? Long.toString(page.getLast().id()) : null));
  }

  /** {@code POST /saved-searches}: 201 with its Location. */
  void create(Context ctx) {
    writers.require(ctx);
    JsonNode body = json.object(ctx);
    SearchForm form = new SearchForm(Json.text(body, "q"), Json.text(body, "outlet"),
        SearchForm.day(Json.text(body, "from"), "from"), SearchForm.day(Json.text(body, "to"), "to"), Json.text(body, "entity"));
    if (form.isEmpty()) throw HttpProblem.badRequest("give q or a filter (outlet, from, to, entity)");
    searches.check(form);
    String name = Json.text(body, "name");
    if (name != null && name.length() > 200) throw HttpProblem.badRequest("name is longer than 200 characters");
    SavedSearch saved = store.addSavedSearch(new SavedSearch(0, name == null || name.isBlank() ? form.describe() : name.strip(),
        form.q() == null ? "" : form.q(), form.outlet(), form.from(), form.to(), form.entity(), options.clock().instant()));
    ctx.header("Location", options.root() + ApiV1.PREFIX + "/saved-searches/" + saved.id());
    json.send(ctx, 201, savedJson(saved));
  }

  /** {@code GET /saved-searches/{id}}. */
  void one(Context ctx) {
    json.send(ctx, 200, savedJson(savedSearch(ctx)));
  }

  /** {@code DELETE /saved-searches/{id}}: 204. */
  void remove(Context ctx) {
    writers.require(ctx);
    if (!store.removeSavedSearch(savedSearch(ctx).id())) throw HttpProblem.notFound("no saved search " + ctx.pathParam("id"));
    ctx.status(204);
  }

  private SavedSearch savedSearch(Context ctx) {
    return ApiV1.idParam(ctx).flatMap(store::savedSearch)
        .orElseThrow(() -> HttpProblem.notFound("no saved search " + ctx.pathParam("id")));
  }

  private Map<String, Object> savedJson(SavedSearch s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", s.name());
    m.put("q", s.query());
    m.put("outlet", s.outlet());
    m.put("from", s.from() == null ? null : s.from().toString());
    m.put("to", s.to() == null ? null : s.to().toString());
    m.put("entity", s.entity());
    m.put("created_at", s.createdAt());
    m.put("atom", options.root() + "/feeds/searches/" + s.id() + ".atom");
    m.put("json_feed", options.root() + "/feeds/searches/" + s.id() + ".json");
    return m;
  }
}
