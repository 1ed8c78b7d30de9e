package newsdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.search.SearchCursor;
import newsdesk.sources.DiscoveredSource;
import newsdesk.store.NewsStore;
import newsdesk.store.SavedSearch;
import newsdesk.store.Source;
import newsdesk.store.SourceStats;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoryRecord;

/**
 * The JSON API under {@code /api/v1} (documented in docs/API.md). Lists answer
 * {@code {"items": [...], "next": cursor-or-null}}; writes need an API token
 * ({@code Authorization: Bearer TOKEN}) or a logged-in session sending its CSRF token in
 * {@code X-CSRF-Token}.
 */
final class ApiV1 {
  static final String PREFIX = "/api/v1";
  private static final String DIGEST_TAG = "k:";

  private final NewsStore store;
  private final FrontPage front;
  private final Searches searches;
  private final Auth auth;
  private final Json json;
  private final WebOptions options;
  private final DigestBuilder digest;
  private final SourceAdder sources;

  ApiV1(NewsStore store, FrontPage front, Searches searches, Auth auth, Json json, WebOptions options) {
    this.store = store;
    this.front = front;
    this.searches = searches;
    this.auth = auth;
    this.json = json;
    this.options = options;
    this.digest = new DigestBuilder(store);
    this.sources = new SourceAdder(store, options.discovery());
  }

  void routes(RoutesConfig r) {
    r.get(PREFIX + "/stories", this::stories);
    r.get(PREFIX + "/stories/{id}", this::story);
    r.get(PREFIX + "/articles", this::articles);
    r.get(PREFIX + "/articles/{id}", this::article);
    r.get(PREFIX + "/search", this::search);
    r.get(PREFIX + "/digest", this::digest);
    r.get(PREFIX + "/saved-searches", this::savedSearches);
    r.post(PREFIX + "/saved-searches", this::createSavedSearch);
    r.get(PREFIX + "/saved-searches/{id}", ctx -> json.send(ctx, 200, savedJson(savedSearch(ctx))));
    r.delete(PREFIX + "/saved-searches/{id}", ctx -> {
      requireWriter(ctx);
      if (!store.removeSavedSearch(savedSearch(ctx).id())) throw HttpProblem.notFound("no saved search " + ctx.pathParam("id"));
      ctx.status(204);
    });
    r.get(PREFIX + "/sources", this::sourceList);
    r.post(PREFIX + "/sources", this::createSource);
    r.get(PREFIX + "/sources/{id}", ctx -> json.send(ctx, 200, sourceJson(source(ctx), stats())));
    r.delete(PREFIX + "/sources/{id}", ctx -> {
      requireWriter(ctx);
      if (!store.removeSource(source(ctx).id())) throw HttpProblem.notFound("no source " + ctx.pathParam("id"));
      ctx.status(204);
    });
  }

  private void stories(Context ctx) {
    Paging paging = Paging.of(ctx);
    Instant beforeTime = null;
    String beforeId = null;
    if (paging.position() != null) {
      int bar = paging.position().indexOf('|');
      try {
        beforeTime = Instant.parse(paging.position().substring(0, bar));
        beforeId = paging.position().substring(bar + 1);
      } catch (RuntimeException e) {
        throw HttpProblem.badRequest("cursor is not one this server gave out");
      }
    }
    // Only briefed stories are shown, so only they are read: a page is full while more follow.
    List<StoryRecord> rows = store.briefedStoriesPage(beforeTime, beforeId, paging.limit() + 1);
    boolean more = rows.size() > paging.limit();
    List<StoryRecord> page = more ? rows.subList(0, paging.limit()) : rows;
    List<DigestStory> items = new ArrayList<>();
    for (StoryRecord s : page) digest.story(s.id()).ifPresent(items::add);
    StoryRecord last = page.isEmpty() ? null : page.getLast();
    json.send(ctx, 200, Paging.page(items, more ? last.lastPublished() + "|" + last.id() : null));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<StoryRecord> record = store.story(id);
    if (record.isPresent() && record.get().mergedInto() != null) {
      String survivor = record.get().mergedInto();
      ctx.header("Location", options.root() + PREFIX + "/stories/" + survivor);
      json.send(ctx, 301, Map.of("merged_into", survivor));
      return;
    }
    json.send(ctx, 200, digest.story(id).orElseThrow(() -> HttpProblem.notFound("no story " + id)));
  }

  private void articles(Context ctx) {
    Paging paging = Paging.of(ctx);
    List<StoredArticle> rows = store.articlesAfter(paging.number(), paging.limit() + 1);
    boolean more = rows.size() > paging.limit();
    List<StoredArticle> page = more ? rows.subList(0, paging.limit()) : rows;
    json.send(ctx, 200, Paging.page(page.stream().map(a -> articleJson(a, false)).toList(),
        more ? Long.toString(page.getLast().id()) : null));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle a = store.articleByPublicId(id).orElseThrow(() -> HttpProblem.notFound("no article " + id));
    json.send(ctx, 200, articleJson(a, true));
  }

  static Map<String, Object> articleJson(StoredArticle a, boolean withText) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.publicId());
    m.put("story_id", a.storyId());
    m.put("url", a.readableUrl()); // null: a feed entry without a link, a link that is no http(s) URL, or a page gone
    if (a.linkGone()) m.put("link_gone", true);
    m.put("outlet", a.outlet());
    m.put("title", a.title());
    m.put("authors", a.authors());
    m.put("published", a.published());
    m.put("fetched_at", a.fetchedAt());
    m.put("updated", a.updated()); // its correction time when a corrected entry rewrote it later
    m.put("language", a.language());
    if (withText) {
      m.put("description", a.description());
      m.put("text", a.text());
    }
    return m;
  }

  private void search(Context ctx) {
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
      m.put("url", r.url());
      if (r.linkGone()) m.put("link_gone", true);
      m.put("published", r.time());
      m.put("snippet", r.snippetText());
      m.put("matches", r.snippet().stream().filter(SearchResult.Part::match).map(SearchResult.Part::text).distinct().toList());
      return m;
    }).toList();
    // The search cursor's own position, so that SearchCursor.token() is this very cursor (the CLI's --cursor).
    json.send(ctx, 200, Paging.page(items, found.next() == null ? null : found.next().position()));
  }

  /**
   * The ranking of the front page, a page at a time. The cursor is the place of the page's last
   * story in the ranking, its {@linkplain FrontPage#rankKey rank key} and id ({@code k:KEY_BITS:ID}),
   * which do not move while the archive grows: the next page starts after that place in the
   * ranking as it is then, so a story is not repeated when new stories rank above it meanwhile.
   */
  private void digest(Context ctx) {
    Paging paging = Paging.of(ctx);
    List<FrontPage.RankedStory> ranked = front.stories();
    int start = 0;
    if (paging.position() != null) {
      double key;
      String id;
      try {
        if (!paging.position().startsWith(DIGEST_TAG)) throw new IllegalArgumentException();
        int bar = paging.position().indexOf(':', DIGEST_TAG.length());
        key = Double.longBitsToDouble(Long.parseUnsignedLong(paging.position().substring(DIGEST_TAG.length(), bar), 16));
        id = paging.position().substring(bar + 1);
      } catch (RuntimeException e) {
        throw HttpProblem.badRequest("cursor is not one this server gave out");
      }
      while (start < ranked.size() && !FrontPage.after(ranked.get(start), key, id)) start++;
    }
    int end = Math.min(ranked.size(), start + paging.limit());
    List<DigestStory> items = front.stories(ranked.subList(start, end));
    String next = null;
    if (end < ranked.size()) {
      FrontPage.RankedStory last = ranked.get(end - 1);
      next = DIGEST_TAG + Long.toHexString(Double.doubleToLongBits(last.key())) + ":" + last.record().id();
    }
    json.send(ctx, 200, Paging.page(items, next));
  }

  private void savedSearches(Context ctx) {
    Paging paging = Paging.of(ctx);
    List<SavedSearch> rows = store.savedSearches(paging.number(), paging.limit() + 1);
    boolean more = rows.size() > paging.limit();
    List<SavedSearch> page = more ? rows.subList(0, paging.limit()) : rows;
    json.send(ctx, 200, Paging.page(page.stream().map(this::savedJson).toList(), more ? Long.toString(page.getLast().id()) : null));
  }

  private void createSavedSearch(Context ctx) {
    requireWriter(ctx);
    JsonNode body = json.object(ctx);
    SearchForm form = new SearchForm(Json.text(body, "q"), Json.text(body, "outlet"),
        SearchForm.day(Json.text(body, "from"), "from"), SearchForm.day(Json.text(body, "to"), "to"), Json.text(body, "entity"));
    if (form.isEmpty()) throw HttpProblem.badRequest("give q or a filter (outlet, from, to, entity)");
    searches.check(form);
    String name = Json.text(body, "name");
    if (name != null && name.length() > 200) throw HttpProblem.badRequest("name is longer than 200 characters");
    SavedSearch saved = store.addSavedSearch(new SavedSearch(0, name == null || name.isBlank() ? form.describe() : name.strip(),
        form.q() == null ? "" : form.q(), form.outlet(), form.from(), form.to(), form.entity(), options.clock().instant()));
    ctx.header("Location", options.root() + PREFIX + "/saved-searches/" + saved.id());
    json.send(ctx, 201, savedJson(saved));
  }

  private SavedSearch savedSearch(Context ctx) {
    return parseId(ctx).flatMap(store::savedSearch).orElseThrow(() -> HttpProblem.notFound("no saved search " + ctx.pathParam("id")));
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

  private void sourceList(Context ctx) {
    Paging paging = Paging.of(ctx);
    long after = paging.number();
    List<Source> rows = store.sources().stream().filter(s -> s.id() > after).limit(paging.limit() + 1L).toList();
    boolean more = rows.size() > paging.limit();
    List<Source> page = more ? rows.subList(0, paging.limit()) : rows;
    Map<Long, SourceStats> stats = stats();
    json.send(ctx, 200, Paging.page(page.stream().map(s -> sourceJson(s, stats)).toList(), more ? Long.toString(page.getLast().id()) : null));
  }

  private void createSource(Context ctx) {
    requireWriter(ctx);
    JsonNode body = json.object(ctx);
    // Whether it existed is the adder's to say: the address typed may be a site whose feed is followed already.
    switch (sources.add(Json.text(body, "url"))) {
      case SourceAdder.Added added -> {
        Source s = added.source();
        ctx.header("Location", options.root() + PREFIX + "/sources/" + s.id());
        json.send(ctx, added.created() ? 201 : 200, sourceJson(s, stats()));
      }
      // As `sources add` lists them and exits 3: nothing followed; posting a candidate's url follows it.
      case SourceAdder.Choice choice -> json.send(ctx, 300, choiceJson(choice));
    }
  }

  private static Map<String, Object> choiceJson(SourceAdder.Choice choice) {
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (DiscoveredSource d : choice.candidates()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("url", d.url().toString());
      m.put("kind", d.kind());
      m.put("format", d.format());
      m.put("title", d.title());
      m.put("damage", d.damage());
      candidates.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reason", candidates.size() + " sources found at " + choice.address()
        + "; nothing was added: post the url of the one to follow");
    m.put("choices", candidates);
    return m;
  }

  private Source source(Context ctx) {
    return parseId(ctx).flatMap(store::source).orElseThrow(() -> HttpProblem.notFound("no source " + ctx.pathParam("id")));
  }

  private Map<Long, SourceStats> stats() {
    Map<Long, SourceStats> m = new java.util.HashMap<>();
    store.sourceStats(options.clock().instant().minus(java.time.Duration.ofDays(SourceRow.WINDOW_DAYS))).forEach(s -> m.put(s.sourceId(), s));
    return m;
  }

  private static Map<String, Object> sourceJson(Source s, Map<Long, SourceStats> stats) {
    SourceRow row = SourceRow.of(s, stats.get(s.id()));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("url", s.url());
    m.put("kind", s.kind());
    m.put("title", s.title());
    m.put("status", row.status());
    m.put("last_fetch_at", s.lastFetchAt());
    m.put("last_success_at", s.lastSuccessAt());
    m.put("last_error", s.lastError());
    m.put("last_warning", s.lastWarning());
    m.put("consecutive_failures", s.consecutiveFailures());
    m.put("articles", row.articles());
    m.put("articles_per_day", Math.round(row.perDayValue() * 10) / 10.0);
    return m;
  }

  private static Optional<Long> parseId(Context ctx) {
    try {
      return Optional.of(Long.parseLong(ctx.pathParam("id")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Writes need an API token, or a session that sends its CSRF token in X-CSRF-Token. */
  private void requireWriter(Context ctx) {
    if (auth.apiToken(ctx, false).isPresent()) return;
    if (auth.loggedIn(ctx)) {
      if (auth.csrfValid(ctx, ctx.header("X-CSRF-Token"))) return;
      throw new HttpProblem(403, "a session must send its CSRF token in X-CSRF-Token");
    }
    throw new HttpProblem(401, "send an API token: Authorization: Bearer TOKEN");
  }
}
