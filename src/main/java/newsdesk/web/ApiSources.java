package newsdesk.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsdesk.sources.DiscoveredSource;
import newsdesk.store.NewsStore;
import newsdesk.store.Source;
import newsdesk.store.SourceStats;

/**
 * The source resources of the JSON API ({@link ApiV1}): list with their status, follow an address
 * (a feed, or a site whose feeds are found; 300 with the choices when it has several), read and
 * stop following.
 */
final class ApiSources {
  private final NewsStore store;
  private final ApiWriters writers;
  private final Json json;
  private final WebOptions options;
  private final SourceAdder sources;

  ApiSources(NewsStore store, ApiWriters writers, Json json, WebOptions options) {
    this.store = store;
    this.writers = writers;
    this.json = json;
    this.options = options;
    this.sources = new SourceAdder(store, options.discovery());
  }

  /** {@code GET /sources}: by id, paged by the last id served. */
  void list(Context ctx) {
    Paging paging = Paging.of(ctx);
    long after = paging.number();
    List<Source> rows = store.sources().stream().filter(s -> s.id() > after).limit(paging.limit() + 1L).toList();
    boolean more = rows.size() > paging.limit();
    List<Source> page = more ? rows.subList(0, paging.limit()) : rows;
    Map<Long, SourceStats> stats = stats();
    json.send(ctx, 200, Paging.page(page.stream().map(s -> sourceJson(s, stats)).toList(), more ? Long.toString(page.getLast().id()) : null));
  }

  /** {@code POST /sources}: 201 when added, 200 when followed already, 300 with the choices. */
  void create(Context ctx) {
    writers.require(ctx);
    JsonNode body = json.object(ctx);
    // Whether it existed is the adder's to say: the address typed may be a site whose feed is followed already.
    switch (sources.add(Json.text(body, "url"))) {
      case SourceAdder.Added added -> {
        Source s = added.source();
        ctx.header("Location", options.root() + ApiV1.PREFIX + "/sources/" + s.id());
        json.send(ctx, added.created() ? 201 : 200, sourceJson(s, stats()));
      }
      // As `sources add` lists them and exits 3: nothing followed; posting a candidate's url follows it.
      case SourceAdder.Choice choice -> json.send(ctx, 300, choiceJson(choice));
    }
  }

  /** {@code GET /sources/{id}}. */
  void one(Context ctx) {
    json.send(ctx, 200, sourceJson(source(ctx), stats()));
  }

  /** {@code DELETE /sources/{id}}: 204. */
  void remove(Context ctx) {
    writers.require(ctx);
    if (!store.removeSource(source(ctx).id())) throw HttpProblem.notFound("no source " + ctx.pathParam("id"));
    ctx.status(204);
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
    return ApiV1.idParam(ctx).flatMap(store::source).orElseThrow(() -> HttpProblem.notFound("no source " + ctx.pathParam("id")));
  }

  private Map<Long, SourceStats> stats() {
    Map<Long, SourceStats> m = new HashMap<>();
    store.sourceStats(options.clock().instant().minus(Duration.ofDays(SourceRow.WINDOW_DAYS))).forEach(s -> m.put(s.sourceId(), s));
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
}
