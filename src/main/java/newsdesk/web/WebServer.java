package newsdesk.web;

import io.javalin.Javalin;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import newsdesk.config.RepeatedRound;
import newsdesk.search.ArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.text.EntityAliases;

/**
 * The web UI, the JSON API under {@code /api/v1} and the output feeds under {@code /feeds}.
 * Pages are server-rendered with precompiled jte templates (HTML-escaped by default) and work
 * without JavaScript; one small static script adds keyboard shortcuts. Every response carries
 * {@link #CSP} and {@code X-Content-Type-Options: nosniff}. Reading is public unless the reader
 * makes it private; everything that changes state needs a login (pages, with CSRF tokens) or an
 * API token (scripts).
 */
public final class WebServer implements AutoCloseable {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

  /** The text files under {@code /static}, by extension, with their media type and charset. */
  static final Map<String, String> TEXT_ASSETS = Map.of(
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml; charset=utf-8");

  private final byte[] favicon = resource("/newsdesk/web/favicon.ico");
  private final WebOptions options;
  private final Auth auth;
  private final Json json = new Json();
  private final Templates templates = new Templates();
  private final FrontPage front;
  private final Retention retention;
  private final Pages pages;
  private final Javalin app;
  private final PrintStream log;
  private volatile Settings settings;

  /** A server with default options (addresses from requests, stored or generated password on stderr). */
  public WebServer(NewsStore store, ArticleIndex index) {
    this(store, index, WebOptions.defaults(), System.err);
  }

  /**
   * A server; a missing password is generated when it starts listening and printed once to {@code log}.
   * An {@code Error} in its background job (retention) ends the process ({@link RepeatedRound#EXIT}).
   */
  public WebServer(NewsStore store, ArticleIndex index, WebOptions options, PrintStream log) {
    this(store, index, options, log, RepeatedRound.EXIT);
  }

  /**
   * A server whose background job (retention) hands an {@code Error} to {@code fatal}, which ends
   * the process (see {@link RepeatedRound}); a failed round otherwise is reported and the next one runs.
   */
  public WebServer(NewsStore store, ArticleIndex index, WebOptions options, PrintStream log, Consumer<Throwable> fatal) {
    this.options = options;
    this.log = log;
    this.auth = new Auth(store, options);
    this.settings = Settings.load(store);
    this.front = new FrontPage(store, FrontPage.Ranking.defaults(), options.clock());
    Searches searches = new Searches(store, index, EntityAliases.load());
    this.retention = new Retention(store, index, options.clock(), log, searches::forget, fatal);
    this.pages = new Pages(store, front, searches, auth, templates, options);
    Forms forms = new Forms(store, searches, auth, templates, options, this);
    ApiV1 api = new ApiV1(store, front, searches, auth, json, options);
    OutputFeeds feeds = new OutputFeeds(store, front, searches, options);
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.prefer405over404 = true;
      cfg.http.maxRequestSize = 1_000_000;
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/newsdesk/web/static";
        files.location = Location.CLASSPATH;
        // Jetty's own table names no charset for text types; every text file here is UTF-8.
        for (Map.Entry<String, String> type : TEXT_ASSETS.entrySet()) files.mimeTypes.add(type.getValue(), type.getKey());
      });
      // Requests Jetty refuses before routing (a path with %00, kept by UnreadTargets) answer as the routes' errors do.
      ServerErrors errors = new ServerErrors(json, templates, options.root());
      cfg.jetty.modifyServer(server -> {
        server.setErrorHandler(errors);
        UnreadTargets.install(server);
      });
      cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
      cfg.routes.before(this::guard);
      // HEAD answers as GET would, headers and all, without the body (RFC 9110 9.3.2); Javalin alone
      // would answer an empty text/plain 200, so every GET route is also registered for HEAD.
      List<HandlerMetaInfo> gets = new ArrayList<>();
      cfg.events.handlerAdded(h -> {
        if (h.getHttpMethod() == HandlerType.GET) gets.add(h);
      });
      // Browsers ask for /favicon.ico whatever the page says; the pages name the SVG version.
      cfg.routes.get("/favicon.ico", ctx -> ctx.contentType("image/x-icon").header("Cache-Control", "public, max-age=86400").result(favicon));
      // A digest is one reader's reading, made of other outlets' articles: no search engine should index it.
      cfg.routes.get("/robots.txt", ctx -> ctx.contentType("text/plain; charset=utf-8").header("Cache-Control", "public, max-age=86400")
          .result("User-agent: *\nDisallow: /\n"));
      pages.routes(cfg.routes);
      forms.routes(cfg.routes);
      api.routes(cfg.routes);
      feeds.routes(cfg.routes);
      for (HandlerMetaInfo get : List.copyOf(gets)) cfg.routes.head(get.getPath(), get.getHandler());
      cfg.routes.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
      cfg.routes.exception(LoginRequired.class, (e, ctx) -> loginRequired(ctx));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        log.println("newsdesk web: " + ctx.method() + " " + ctx.path() + " failed: " + e);
        problem(ctx, 500, "Something went wrong on our side: " + e.getClass().getSimpleName());
      });
      for (int status : new int[] {400, 404, 405, 413, 500}) {
        cfg.routes.error(status, ctx -> {
          if (ctx.attribute("problem") != null) return;
          problem(ctx, status, status == 404 ? "There is nothing at " + ctx.path() + "."
              : status == 405 ? ctx.method() + " is not allowed on " + ctx.path() + "." : HttpStatus.forStatus(status).getMessage());
        });
      }
    });
  }

  /**
   * Starts listening on {@code bind}:{@code port} (0 picks a free port) and the retention job; returns
   * the port. A configured password replaces the stored one before the server listens; a missing
   * one is generated (and printed) only once it listens, so that a failed start never shows a
   * password that is then lost. Throws {@link CannotListenException} when
   * it cannot listen there (see {@link ListenCheck} to check before starting anything).
   */
  public int start(String bind, int port) {
    auth.applyConfiguredPassword();
    try {
      app.start(bind, port);
    } catch (RuntimeException e) {
      if (!isBindFailure(e)) throw e;
      throw ListenCheck.explain(bind, port, e);
    }
    auth.ensurePassword(log);
    retention.start(() -> settings.retentionDays());
    // Rank the front page and build its first page now, so that the first reader does not wait for them.
    Thread.ofPlatform().daemon().name("front-page-warm").start(() -> {
      try {
        List<FrontPage.RankedStory> ranked = front.stories();
        front.stories(ranked.subList(0, Math.min(Pages.FRONT_LIMIT, ranked.size())));
      } catch (RuntimeException e) {
        // Closed before the ranking finished; the first request ranks instead.
      }
    });
    return app.port();
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("the resource " + name + " is missing from the build");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name, e);
    }
  }

  private static boolean isBindFailure(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof JavalinBindException || c instanceof BindException
          || c instanceof UnresolvedAddressException || c instanceof UnknownHostException) return true;
    }
    return false;
  }

  /** The reading pages, for a form that answers with one (the sources page with its error). */
  Pages pages() {
    return pages;
  }

  Settings settings() {
    return settings;
  }

  void settingsChanged(Settings s) {
    settings = s;
    retention.runNow(s.retentionDays());
    front.invalidate();
  }

  /** Security headers and {@code Vary} on everything; private reading keeps anonymous readers out. */
  private void guard(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    // Javalin compresses an answer for a client that accepts it; without this, a cache in between
    // (a reverse proxy, as feeds are cacheable) could hand the compressed bytes to any client.
    ctx.header("Vary", "Accept-Encoding");
    AddressCheck.check(ctx.req().getRequestURI(), ctx.queryString());
    String path = ctx.path();
    if (isMachinePath(path)) {
      // Feeds carry Last-Modified, so a shared cache could keep them on its own: each use is
      // revalidated (a 304 when unchanged), and once reading is private no shared cache may keep
      // what a reader with a session or token was sent. (HTML pages: Templates, private, no-store.)
      ctx.header("Cache-Control", settings.privateReading() ? "private, no-cache" : "no-cache");
    }
    if (path.startsWith("/api/") || path.startsWith("/feeds/")) {
      boolean feed = path.startsWith("/feeds/");
      if (Auth.triedToken(ctx, feed) && auth.apiToken(ctx, feed).isEmpty()) throw new HttpProblem(401, "the API token is not valid");
    }
    if (!settings.privateReading() || ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) return;
    if (path.startsWith("/static/") || path.equals("/favicon.ico") || path.equals("/robots.txt") || path.equals("/login") || auth.loggedIn(ctx)) return;
    if (auth.apiToken(ctx, path.startsWith("/feeds/")).isPresent()) return;
    throw new LoginRequired();
  }

  private void loginRequired(Context ctx) {
    String path = ctx.path();
    if (isMachinePath(path)) {
      problem(ctx, 401, "log in or send an API token (Authorization: Bearer TOKEN)");
      return;
    }
    String next = ctx.method() == HandlerType.GET ? path + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
    ctx.redirect(options.root() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
  }

  private void problem(Context ctx, int status, String reason) {
    ctx.attribute("problem", Boolean.TRUE);
    if (status == 401 && isMachinePath(ctx.path())) ctx.header("WWW-Authenticate", "Bearer realm=\"newsdesk\"");
    if (isMachinePath(ctx.path())) {
      json.error(ctx, status, reason);
    } else {
      ctx.status(status);
      templates.render(ctx, "error.jte", Map.of("page", pages.context(ctx, ""), "status", status, "message", reason));
    }
  }

  static boolean isMachinePath(String path) {
    return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/feeds/");
  }

  @Override
  public void close() {
    retention.close();
    front.close();
    app.stop();
  }
}
