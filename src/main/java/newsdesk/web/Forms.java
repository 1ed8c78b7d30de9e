package newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsdesk.store.NewsStore;
import newsdesk.store.SavedSearch;

/**
 * The forms that change state: login and logout, sources, saved searches, settings and API tokens.
 * Each needs a logged-in session (except the login form) and the CSRF token of that session; after
 * success they redirect (POST-redirect-GET).
 */
final class Forms {
  private final NewsStore store;
  private final Searches searches;
  private final Auth auth;
  private final Templates templates;
  private final WebOptions options;
  private final WebServer server;
  private final SourceAdder sources;

  Forms(NewsStore store, Searches searches, Auth auth, Templates templates, WebOptions options, WebServer server) {
    this.store = store;
    this.searches = searches;
    this.auth = auth;
    this.templates = templates;
    this.options = options;
    this.server = server;
    this.sources = new SourceAdder(store, options.discovery());
  }

  void routes(RoutesConfig r) {
    r.get("/login", ctx -> login(ctx, 200, null));
    r.post("/login", this::logIn);
    r.post("/logout", this::logOut);
    r.post("/sources", this::addSource);
    r.post("/sources/{id}/delete", this::removeSource);
    r.post("/saved-searches", this::saveSearch);
    r.post("/saved-searches/{id}/delete", this::deleteSearch);
    r.get("/settings", ctx -> {
      requireLogin(ctx);
      settings(ctx, null, ctx.queryParam("saved") != null ? "Settings saved." : null);
    });
    r.post("/settings", this::saveSettings);
    r.post("/settings/tokens", this::createToken);
    r.post("/settings/tokens/{id}/delete", this::revokeToken);
  }

  private PageContext page(Context ctx) {
    return new PageContext(options.root(), auth.loggedIn(ctx), auth.csrfToken(ctx), "", List.of());
  }

  private void login(Context ctx, int status, String message) {
    Map<String, Object> p = new HashMap<>();
    p.put("page", page(ctx));
    p.put("next", safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")));
    p.put("message", message);
    ctx.status(status);
    templates.render(ctx, "login.jte", p);
  }

  private void logIn(Context ctx) {
    if (!auth.csrfValid(ctx, ctx.formParam("csrf"))) throw new HttpProblem(403, "The form has expired; reload the login page and try again.");
    Duration wait = auth.claimLoginAttempt(ctx);
    if (!wait.isZero()) {
      long seconds = LoginThrottle.retryAfterSeconds(wait);
      ctx.header("Retry-After", Long.toString(seconds));
      login(ctx, 429, "Too many wrong passwords: try again in " + seconds + " s.");
      return;
    }
    if (!auth.logIn(ctx, ctx.formParam("password"))) {
      login(ctx, 401, "That password is not right.");
      return;
    }
    ctx.redirect(options.root() + safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
  }

  private void logOut(Context ctx) {
    checkForm(ctx);
    auth.logOut(ctx);
    ctx.redirect(options.root() + "/", HttpStatus.SEE_OTHER);
  }

  /**
   * Adds the address typed; when discovery finds several sources there, the page offers them in the
   * same form (address kept) and nothing is added until the reader picks: each {@code pick} is a
   * candidate's address, added as if typed (so it is read and checked again). The redirect names what
   * was added ({@code added}) and what was followed already ({@code following}), for the page to say.
   */
  private void addSource(Context ctx) {
    checkForm(ctx);
    String typed = ctx.formParam("url");
    List<String> picks = ctx.formParams("pick").stream().filter(p -> !p.isBlank()).distinct().toList();
    List<SourceAdder.Added> done = new ArrayList<>();
    try {
      for (String address : picks.isEmpty() ? java.util.Collections.singletonList(typed) : picks) {
        switch (sources.add(address)) {
          case SourceAdder.Added added -> done.add(added);
          case SourceAdder.Choice choice -> {
            // Sent back without a pick, or a pick that is a site itself: the reader chooses (again).
            boolean sameAgain = picks.isEmpty() && typed.strip().equals(ctx.formParam("choosing"));
            String error = sameAgain ? "Choose at least one of these to follow." : null;
            server.pages().sources(ctx, new SourceForm(picks.isEmpty() ? typed.strip() : address, error, choice.candidates()));
            return;
          }
        }
      }
    } catch (HttpProblem refused) {
      if (refused.status() != 400) throw refused;
      // The reader's address and why it was refused, on the page they typed it on, to correct it.
      ctx.status(400);
      ctx.attribute("problem", Boolean.TRUE); // this page is the answer: the server's 400 page must not replace it
      server.pages().sources(ctx, SourceForm.refused(typed == null ? "" : typed.strip(), refused.getMessage()));
      return;
    }
    StringBuilder query = new StringBuilder();
    for (SourceAdder.Added a : done) {
      query.append(query.isEmpty() ? "?" : "&").append(a.created() ? "added=" : "following=").append(a.source().id());
    }
    long first = done.getFirst().source().id();
    ctx.redirect(options.root() + "/sources" + query + "#source-" + first, HttpStatus.SEE_OTHER);
  }

  private void removeSource(Context ctx) {
    checkForm(ctx);
    if (!store.removeSource(id(ctx))) throw HttpProblem.notFound("There is no source " + ctx.pathParam("id") + ".");
    ctx.redirect(options.root() + "/sources", HttpStatus.SEE_OTHER);
  }

  private void saveSearch(Context ctx) {
    checkForm(ctx);
    SearchForm form = SearchForm.read(ctx::formParam);
    if (form.isEmpty()) throw HttpProblem.badRequest("An empty search cannot be saved.");
    searches.check(form);
    String name = ctx.formParam("name");
    SavedSearch saved = store.addSavedSearch(new SavedSearch(0, name == null || name.isBlank() ? form.describe() : limit(name.strip(), 200),
        form.q() == null ? "" : form.q(), form.outlet(), form.from(), form.to(), form.entity(), options.clock().instant()));
    ctx.redirect(options.root() + "/saved-searches#saved-" + saved.id(), HttpStatus.SEE_OTHER);
  }

  private void deleteSearch(Context ctx) {
    checkForm(ctx);
    if (!store.removeSavedSearch(id(ctx))) throw HttpProblem.notFound("There is no saved search " + ctx.pathParam("id") + ".");
    ctx.redirect(options.root() + "/saved-searches", HttpStatus.SEE_OTHER);
  }

  private void settings(Context ctx, String newToken, String message) {
    Map<String, Object> p = new HashMap<>();
    p.put("page", page(ctx));
    p.put("settings", server.settings());
    p.put("tokens", store.apiTokens());
    p.put("newToken", newToken);
    p.put("message", message);
    templates.render(ctx, "settings.jte", p);
  }

  private void saveSettings(Context ctx) {
    checkForm(ctx);
    String reading = ctx.formParam("reading");
    if (!"public".equals(reading) && !"private".equals(reading)) throw HttpProblem.badRequest("reading must be public or private");
    Settings s;
    try {
      // Only reading the form is the reader's mistake; a failure to save is a fault on this side (500).
      s = new Settings("private".equals(reading), Integer.parseInt(String.valueOf(ctx.formParam("retention_days")).strip()));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest("retention days must be a whole number from 0 to " + Settings.MAX_RETENTION_DAYS);
    }
    s.save(store);
    server.settingsChanged(s);
    ctx.redirect(options.root() + "/settings?saved=1", HttpStatus.SEE_OTHER);
  }

  private void createToken(Context ctx) {
    checkForm(ctx);
    String name = ctx.formParam("name");
    if (name == null || name.isBlank()) throw HttpProblem.badRequest("A token needs a name.");
    String token = auth.createApiToken(limit(name.strip(), 100));
    // The token is shown on this response only; it is never stored in the clear.
    ctx.header("Cache-Control", "no-store");
    settings(ctx, token, "Token created.");
  }

  private void revokeToken(Context ctx) {
    checkForm(ctx);
    if (!auth.revokeApiToken(id(ctx))) throw HttpProblem.notFound("There is no token " + ctx.pathParam("id") + ".");
    ctx.redirect(options.root() + "/settings", HttpStatus.SEE_OTHER);
  }

  private void requireLogin(Context ctx) {
    if (!auth.loggedIn(ctx)) throw new LoginRequired();
  }

  /** A state-changing form: logged in, with this session's CSRF token. */
  private void checkForm(Context ctx) {
    requireLogin(ctx);
    if (!auth.csrfValid(ctx, ctx.formParam("csrf"))) throw new HttpProblem(403, "The form has expired or did not come from this site; reload the page and try again.");
  }

  private static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw HttpProblem.notFound("There is nothing with id " + ctx.pathParam("id") + ".");
    }
  }

  /**
   * Only a path on this site, else {@code /}: never an open redirect. Parsed, not prefix-matched,
   * because browsers strip tabs and newlines from a Location and read a backslash as a slash, so
   * {@code /<TAB>/evil.example} becomes {@code //evil.example}. Refused: any control character or
   * backslash (also percent-encoded in the path), a scheme, an authority, or a path that does not
   * start with exactly one {@code /}.
   */
  static String safeNext(String next) {
    // "//x" and "///x" are another host to a browser, whatever java.net.URI makes of the slashes.
    if (next == null || !next.startsWith("/") || next.startsWith("//")) return "/";
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') return "/";
    }
    URI uri;
    try {
      uri = new URI(next);
    } catch (URISyntaxException e) {
      return "/";
    }
    String path = uri.getPath();
    if (uri.getScheme() != null || uri.getRawAuthority() != null || path == null || !path.startsWith("/") || path.startsWith("//")
        || path.indexOf('\\') >= 0 || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "/";
    }
    return next;
  }

  private static String limit(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
