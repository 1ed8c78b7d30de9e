package newsdesk.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.publish.DigestBuilder;
import newsdesk.publish.DigestStory;
import newsdesk.search.ArticleIndex;
import newsdesk.search.SearchHit;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoryRecord;

/**
 * The web UI: the digest at {@code /}, a page per story, search. Server-rendered with
 * precompiled jte templates (HTML-escaped by default); works without JavaScript.
 */
public final class WebServer implements AutoCloseable {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
  private static final int DIGEST_LIMIT = 50;
  private static final int SEARCH_LIMIT = 30;

  private final NewsStore store;
  private final ArticleIndex index;
  private final DigestBuilder digest;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Javalin app;

  public WebServer(NewsStore store, ArticleIndex index) {
    this.store = store;
    this.index = index;
    this.digest = new DigestBuilder(store);
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/newsdesk/web/static";
        files.location = Location.CLASSPATH;
      });
      cfg.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
      });
      cfg.routes.get("/", this::front);
      cfg.routes.get("/stories/{id}", this::story);
      cfg.routes.get("/search", this::search);
      cfg.routes.error(404, "html", ctx -> error(ctx, 404, "There is no page at this address."));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        ctx.status(500);
        error(ctx, 500, "Something went wrong on our side: " + e.getClass().getSimpleName());
      });
    });
  }

  /** Starts listening on {@code bind}:{@code port} (0 picks a free port); returns the port. */
  public int start(String bind, int port) {
    app.start(bind, port);
    return app.port();
  }

  private void front(Context ctx) {
    List<DigestStory> stories = digest.digest(null, null, DIGEST_LIMIT);
    render(ctx, "index.jte", Map.of("stories", stories, "wikinews", mentionsWikinews(stories)));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    Optional<StoryRecord> record = store.story(id);
    if (record.isPresent() && record.get().mergedInto() != null) {
      ctx.redirect("/stories/" + record.get().mergedInto(), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    Optional<DigestStory> story = digest.story(id);
    if (story.isEmpty()) {
      ctx.status(404);
      error(ctx, 404, "There is no story " + id + ".");
      return;
    }
    render(ctx, "story.jte", Map.of("story", story.get(), "wikinews", mentionsWikinews(List.of(story.get()))));
  }

  private void search(Context ctx) {
    String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
    List<SearchResult> results = q.isEmpty() ? List.of() : index.search(q, SEARCH_LIMIT).stream().map(this::result).toList();
    boolean wikinews = results.stream().anyMatch(r -> "Wikinews".equals(r.outlet()));
    render(ctx, "search.jte", Map.of("query", q, "results", results, "wikinews", wikinews));
  }

  private SearchResult result(SearchHit hit) {
    Optional<StoredArticle> a = store.articleByPublicId(hit.articleId());
    return new SearchResult(hit.articleId(), a.map(StoredArticle::storyId).orElse(null), hit.title(),
        a.map(StoredArticle::outlet).orElse(""), a.map(StoredArticle::url).orElse(""), SearchResult.parts(hit.snippet()));
  }

  private void error(Context ctx, int status, String message) {
    render(ctx, "error.jte", Map.of("status", status, "message", message));
  }

  private void render(Context ctx, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(template, params, out);
    ctx.html(out.toString());
  }

  private static boolean mentionsWikinews(List<DigestStory> stories) {
    return stories.stream().anyMatch(s -> s.outlets().stream().anyMatch(o -> "Wikinews".equals(o.name())));
  }

  @Override
  public void close() {
    app.stop();
  }
}
