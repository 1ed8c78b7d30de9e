package newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.store.NewsStore;
import newsdesk.store.SourceStats;
import newsdesk.store.StoryRecord;
import newsdesk.text.EntityNames;

/** The reading pages: digest, story, search, topics, sources, saved searches, login and settings forms. */
final class Pages {
  static final String VISIT_COOKIE = "nd_visit";
  /** A visit ends after this long without a front-page view; the next one marks what is new since. */
  static final Duration VISIT_GAP = Duration.ofMinutes(30);
  static final int FRONT_LIMIT = 50;
  static final int SEARCH_PAGE = 20;
  static final int ENTITY_PAGE = 30;
  private static final int OUTLETS_TTL_SECONDS = 60;
  static final Duration STORY_TTL = Duration.ofSeconds(10);
  private static final int STORY_CACHE_SIZE = 5000;
  private final Map<String, CachedStory> storyCache = new java.util.concurrent.ConcurrentHashMap<>();

  private final NewsStore store;
  private final FrontPage front;
  private final Searches searches;
  private final Auth auth;
  private final Templates templates;
  private final WebOptions options;
  private final DigestBuilder digest;
  private final OutletLicences licences = OutletLicences.bundled();
  private volatile List<String> outlets;
  private volatile Instant outletsAt = Instant.EPOCH;

  Pages(NewsStore store, FrontPage front, Searches searches, Auth auth, Templates templates, WebOptions options) {
    this.store = store;
    this.front = front;
    this.searches = searches;
    this.auth = auth;
    this.templates = templates;
    this.options = options;
    this.digest = new DigestBuilder(store);
  }

  void routes(RoutesConfig r) {
    r.get("/", this::frontPage);
    r.get("/stories/{id}", this::story);
    r.get("/search", this::search);
    r.get("/entities", ctx -> render(ctx, "entities.jte", "", Map.of("entities", store.topEntities(200))));
    r.get("/entities/{name}", this::entity);
    r.get("/sources", ctx -> sources(ctx, SourceForm.empty()));
    r.get("/saved-searches", ctx -> render(ctx, "saved.jte", "", Map.of("searches", store.savedSearches(0, 1000))));
  }

  PageContext context(Context ctx, String query) {
    // Anonymous pages carry no forms that change state, so they need (and set) no CSRF cookie.
    String csrf = auth.session(ctx).map(Auth.Session::csrf).orElse("");
    return new PageContext(options.root(), !csrf.isEmpty(), csrf, query, List.of());
  }

  void render(Context ctx, String template, String query, Map<String, Object> params) {
    render(ctx, template, context(ctx, query), params);
  }

  void render(Context ctx, String template, PageContext page, Map<String, Object> params) {
    Map<String, Object> all = new java.util.HashMap<>(params);
    all.put("page", page);
    templates.render(ctx, template, all);
  }

  /**
   * The ranked digest, {@link #FRONT_LIMIT} stories a page ({@code ?page=N}); "new since your last
   * visit" counts every ranked story the pages reach (pages 0 to {@link PageLinks#MAX_PAGE}), whichever page shows it.
   */
  private void frontPage(Context ctx) {
    int pageNumber = PageLinks.parse(ctx.queryParam("page"));
    Instant now = options.clock().instant();
    Instant since = lastVisit(ctx, now);
    List<FrontPage.RankedStory> all = front.stories();
    // The pages served (0 to PageLinks.MAX_PAGE) hold what the reader can reach; count and link only that.
    List<FrontPage.RankedStory> ranked = all.subList(0, Math.min(all.size(), (PageLinks.MAX_PAGE + 1) * FRONT_LIMIT));
    int newCount = 0;
    for (FrontPage.RankedStory s : ranked) if (isNew(s.record(), since)) newCount++;
    int from = (int) Math.min(ranked.size(), (long) pageNumber * FRONT_LIMIT);
    List<FrontItem> items = new ArrayList<>();
    for (DigestStory story : front.stories(ranked.subList(from, Math.min(ranked.size(), from + FRONT_LIMIT)))) {
      items.add(FrontItem.of(story, isNew(storyRecord(ranked, from, story.id()), since)));
    }
    PageLinks links = PageLinks.of(options.root() + "/", "", pageNumber, ranked.size() > (pageNumber + 1) * FRONT_LIMIT,
        items.size(), ranked.size(), FRONT_LIMIT);
    PageContext page = context(ctx, "").withLicences(licences.forStories(items.stream().map(FrontItem::story).toList()));
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("items", items);
    params.put("newCount", pageNumber == 0 ? newCount : 0);
    params.put("polls", options.polls());
    params.put("links", links);
    params.put("total", ranked.size());
    params.put("pages", (ranked.size() + FRONT_LIMIT - 1) / FRONT_LIMIT);
    params.put("empty", ranked.isEmpty() ? EmptyDigest.of(store) : null);
    params.put("pageNumber", pageNumber);
    render(ctx, "index.jte", page, params);
  }

  private static boolean isNew(StoryRecord r, Instant since) {
    return since != null && r != null && r.createdAt() != null && r.createdAt().isAfter(since);
  }

  /** The row of the story {@code id} on the page that starts at {@code from}. */
  private static StoryRecord storyRecord(List<FrontPage.RankedStory> ranked, int from, String id) {
    for (int i = from; i < Math.min(ranked.size(), from + FRONT_LIMIT); i++) {
      if (ranked.get(i).record().id().equals(id)) return ranked.get(i).record();
    }
    return null;
  }

  /**
   * The start of the reader's previous visit, from the cookie {@code nd_visit = BOUNDARY.LASTSEEN}
   * (epoch milliseconds): while views are less than {@link #VISIT_GAP} apart they belong to one
   * visit and keep its boundary; after a gap the last view becomes the new boundary.
   */
  private Instant lastVisit(Context ctx, Instant now) {
    Instant boundary = null;
    String cookie = ctx.cookie(VISIT_COOKIE);
    if (cookie != null) {
      String[] parts = cookie.split("\\.");
      try {
        Instant b = Instant.ofEpochMilli(Long.parseLong(parts[0]));
        Instant seen = Instant.ofEpochMilli(Long.parseLong(parts[1]));
        boundary = seen.plus(VISIT_GAP).isBefore(now) ? seen : b;
      } catch (RuntimeException e) {
        boundary = null; // a mangled cookie starts afresh
      }
    }
    long b = (boundary == null ? now : boundary).toEpochMilli();
    String path = options.root().isEmpty() ? "/" : options.root();
    ctx.cookie(new Cookie(VISIT_COOKIE, b + "." + now.toEpochMilli(), path, 365 * 24 * 3600, options.secure(), true, null, SameSite.LAX));
    return boundary;
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<StoryRecord> record = store.story(id);
    if (record.isPresent() && record.get().mergedInto() != null) {
      ctx.redirect(options.root() + "/stories/" + record.get().mergedInto(), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    StoryView view = storyView(id);
    render(ctx, "story.jte", context(ctx, "").withLicences(licences.forStories(List.of(view.story()))), Map.of("view", view));
  }

  /** Story views are cached for {@link #STORY_TTL}: a story page may be that much behind the store. */
  private StoryView storyView(String id) {
    Instant now = options.clock().instant();
    CachedStory cached = storyCache.get(id);
    if (cached != null && cached.builtAt().plus(STORY_TTL).isAfter(now)) return cached.view();
    DigestStory story = digest.story(id).orElseThrow(() -> HttpProblem.notFound("There is no story " + id + "."));
    StoryView view = StoryView.of(story, store.articlesOfStory(id), store.entitiesOfStory(id));
    if (storyCache.size() >= STORY_CACHE_SIZE) storyCache.clear();
    storyCache.put(id, new CachedStory(view, now));
    return view;
  }

  private record CachedStory(StoryView view, Instant builtAt) {}

  private void search(Context ctx) {
    int pageNumber = PageLinks.parse(ctx.queryParam("page"));
    int offset = pageNumber * SEARCH_PAGE;
    String error = null;
    List<SearchResult> all = List.of();
    int total = 0;
    boolean entityLimited = false;
    SearchForm form = null;
    try {
      form = SearchForm.read(ctx::queryParam);
      searches.check(form);
      Searches.Found found = searches.find(form, false, offset, SEARCH_PAGE + 1);
      all = found.results();
      entityLimited = found.entityLimited();
      // Past the end: count what does match (fewer than the offset), to say so and link back.
      if (all.isEmpty() && offset > 0) total = searches.run(form, false, 0, offset).size();
    } catch (HttpProblem e) {
      // A query the index cannot read: the form again, with what is wrong, so the reader can correct it.
      if (e.status() != 400) throw e;
      error = e.getMessage();
      // A filter refused (a range typed backwards, a query too long): the form as far as it is valid.
      if (form == null) form = SearchForm.readKept(ctx::queryParam);
      ctx.status(400);
      ctx.attribute("problem", Boolean.TRUE); // this page is the answer: the server's 400 page must not replace it
    }
    List<SearchResult> results = all.size() > SEARCH_PAGE ? all.subList(0, SEARCH_PAGE) : all;
    PageLinks links = PageLinks.of(options.root() + "/search", form.queryString(), pageNumber, all.size() > SEARCH_PAGE,
        results.size(), total, SEARCH_PAGE);
    PageContext page = context(ctx, form.text()).withLicences(licences.forOutlets(results.stream().map(SearchResult::outlet).toList()));
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("form", form);
    params.put("results", results);
    params.put("outlets", outlets());
    params.put("links", links);
    params.put("total", total);
    params.put("firstNumber", offset + 1); // the second page's results are numbered from 21, not from 1 again
    params.put("error", error);
    params.put("entityLimit", entityLimited ? SearchForm.ENTITY_ARTICLES : 0);
    params.put("pageNumber", pageNumber);
    render(ctx, "search.jte", page, params);
  }

  /** Outlet names for the filter, cached briefly: listing them scans the articles. */
  private List<String> outlets() {
    Instant now = options.clock().instant();
    if (outlets == null || outletsAt.plusSeconds(OUTLETS_TTL_SECONDS).isBefore(now)) {
      outlets = store.outlets();
      outletsAt = now;
    }
    return outlets;
  }

  /**
   * The stories naming an entity, newest first, {@link #ENTITY_PAGE} a page; a name no stored
   * article carries is a 404.
   */
  private void entity(Context ctx) {
    String name = ctx.pathParam("name");
    int pageNumber = PageLinks.parse(ctx.queryParam("page"));
    int from = pageNumber * ENTITY_PAGE;
    if (name.isBlank()) throw HttpProblem.notFound("No stored article names a blank name.");
    EntityNames names = searches.entityNames(name);
    List<StoryRecord> rows = store.storiesWithEntity(names, from + ENTITY_PAGE + 1);
    if (rows.isEmpty() && store.articleIdsWithEntity(names, 1).isEmpty()) {
      throw HttpProblem.notFound("No stored article names " + name + ".");
    }
    List<FrontItem> items = new ArrayList<>();
    for (StoryRecord r : rows.subList(Math.min(from, rows.size()), Math.min(from + ENTITY_PAGE, rows.size()))) {
      digest.story(r.id()).ifPresent(s -> items.add(FrontItem.of(s, false)));
    }
    String path = options.root() + "/entities/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    PageLinks links = PageLinks.of(path, "", pageNumber, rows.size() > from + ENTITY_PAGE, Math.max(0, Math.min(rows.size() - from, ENTITY_PAGE)),
        rows.size(), ENTITY_PAGE);
    PageContext page = context(ctx, "").withLicences(licences.forStories(items.stream().map(FrontItem::story).toList()));
    render(ctx, "entity.jte", page, Map.of("name", name, "items", items, "links", links, "total", rows.size(), "pageNumber", pageNumber));
  }

  /**
   * The sources page. Its notices come from the query of the redirect after the form: {@code added}
   * (any value) says a source was added, which depends on {@link WebOptions#polls}; each
   * {@code following=ID} names a source the reader asked for that was followed already. {@code form}
   * is the add form's state: the address typed and why it was refused, or the sources found to pick from.
   */
  void sources(Context ctx, SourceForm form) {
    Map<Long, SourceStats> stats = new java.util.HashMap<>();
    for (SourceStats s : store.sourceStats(options.clock().instant().minus(Duration.ofDays(SourceRow.WINDOW_DAYS)))) {
      stats.put(s.sourceId(), s);
    }
    List<SourceRow> rows = store.sources().stream().map(s -> SourceRow.of(s, stats.get(s.id()))).toList();
    List<SourceRow> following = new ArrayList<>();
    for (String id : ctx.queryParams("following")) {
      // An id that names no source (removed since, or typed) has nothing to say.
      rows.stream().filter(r -> Long.toString(r.id()).equals(id)).findFirst()
          .filter(r -> !following.contains(r)).ifPresent(following::add);
    }
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("sources", rows);
    params.put("added", ctx.queryParam("added") != null);
    params.put("following", following);
    params.put("polls", options.polls());
    params.put("form", form);
    render(ctx, "sources.jte", "", params);
  }
}
