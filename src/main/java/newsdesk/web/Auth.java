package newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.PrintStream;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import newsdesk.store.ApiToken;
import newsdesk.store.NewsStore;
import newsdesk.store.WebSession;

/**
 * Who is asking: browser sessions after a password login (cookie {@value #SESSION_COOKIE},
 * HttpOnly, SameSite=Lax, Secure behind https), their CSRF tokens, and API tokens for scripts
 * ({@code Authorization: Bearer TOKEN}). Sessions are stored (by the hash of their id), so a
 * restart keeps readers logged in; they last {@link #SESSION_LIFETIME}.
 */
public final class Auth {
  static final String SESSION_COOKIE = "nd_session";
  static final String LOGIN_CSRF_COOKIE = "nd_login";
  /** Request attribute caching the request's session lookup. */
  private static final String SESSION_ATTRIBUTE = "newsdesk.session";
  static final String PASSWORD_KEY = "password_hash";
  static final Duration SESSION_LIFETIME = Duration.ofDays(7);

  /** A logged-in browser: its CSRF token and when it expires. */
  record Session(String csrf, Instant expires) {}

  private final NewsStore store;
  private final WebOptions options;
  private final PasswordHasher hasher = new PasswordHasher();
  /** Valid token hashes and when their use was last written. */
  private final Map<String, Instant> tokenUses = new ConcurrentHashMap<>();
  private final LoginThrottle throttle;
  static final Duration TOKEN_USE_GRANULARITY = Duration.ofMinutes(1);

  Auth(NewsStore store, WebOptions options) {
    this.store = store;
    this.options = options;
    this.throttle = new LoginThrottle(options.clock(), LoginLimits.defaults());
  }

  /**
   * Applies {@code NEWSDESK_PASSWORD} when given: replaces a stored hash that differs, which ends
   * every stored session (a new password is how a reader revokes a stolen cookie). Called before
   * the server listens, so no request is ever served under the password being replaced.
   */
  void applyConfiguredPassword() {
    if (options.password() == null) return;
    Optional<String> stored = store.setting(PASSWORD_KEY);
    if (stored.isEmpty() || !hasher.verify(options.password(), stored.get())) {
      store.saveSetting(PASSWORD_KEY, hasher.hash(options.password()));
      store.removeAllWebSessions();
    }
  }

  /**
   * Without a configured password and without a stored one, generates a password and prints it
   * once to {@code log}. Called once the server listens, so a failed start shows no password that
   * would then be lost. Never prompts.
   */
  void ensurePassword(PrintStream log) {
    if (options.password() != null || store.setting(PASSWORD_KEY).isPresent()) return;
    String generated = hasher.newSecret("").substring(0, 20);
    store.saveSetting(PASSWORD_KEY, hasher.hash(generated));
    log.println("newsdesk: the web UI password is " + generated
        + " (shown once; set NEWSDESK_PASSWORD to choose your own)");
    log.flush();
  }

  /**
   * Claims a password check for this request's client: zero when the check may go ahead (the attempt
   * then counts as a failure until {@link #logIn} succeeds, so parallel guesses cannot slip through
   * one free slot together), else how long the client must still wait. See {@link LoginThrottle}.
   */
  Duration claimLoginAttempt(Context ctx) {
    return throttle.claim(ctx.ip());
  }

  /**
   * Checks the password, after {@link #claimLoginAttempt} allowed it; on success clears the client's
   * failures, replaces the request's old session (if any) by a new one and sets its cookie.
   */
  boolean logIn(Context ctx, String password) {
    String stored = store.setting(PASSWORD_KEY).orElse(null);
    if (!hasher.verify(password, stored)) return false;
    throttle.succeeded(ctx.ip());
    String old = ctx.cookie(SESSION_COOKIE);
    if (old != null) store.removeWebSession(PasswordHasher.sha256(old));
    Instant now = options.clock().instant();
    String id = hasher.newSecret("");
    Session session = new Session(hasher.newSecret(""), now.plus(SESSION_LIFETIME));
    store.addWebSession(new WebSession(PasswordHasher.sha256(id), session.csrf(), session.expires()), now);
    ctx.cookie(cookie(SESSION_COOKIE, id, (int) SESSION_LIFETIME.toSeconds(), SameSite.LAX));
    ctx.attribute(SESSION_ATTRIBUTE, Optional.of(session));
    return true;
  }

  void logOut(Context ctx) {
    String id = ctx.cookie(SESSION_COOKIE);
    if (id != null) store.removeWebSession(PasswordHasher.sha256(id));
    ctx.cookie(cookie(SESSION_COOKIE, "", 0, SameSite.LAX));
    ctx.attribute(SESSION_ATTRIBUTE, Optional.<Session>empty());
  }

  /** The session of this request, when it has a live one (looked up once per request). */
  Optional<Session> session(Context ctx) {
    Optional<Session> known = ctx.attribute(SESSION_ATTRIBUTE);
    if (known != null) return known;
    Optional<Session> found = lookUpSession(ctx);
    ctx.attribute(SESSION_ATTRIBUTE, found);
    return found;
  }

  private Optional<Session> lookUpSession(Context ctx) {
    String id = ctx.cookie(SESSION_COOKIE);
    if (id == null) return Optional.empty();
    String hash = PasswordHasher.sha256(id);
    Optional<WebSession> stored = store.webSession(hash);
    if (stored.isEmpty()) return Optional.empty();
    if (stored.get().expires().isBefore(options.clock().instant())) {
      store.removeWebSession(hash);
      return Optional.empty();
    }
    return Optional.of(new Session(stored.get().csrf(), stored.get().expires()));
  }

  boolean loggedIn(Context ctx) {
    return session(ctx).isPresent();
  }

  /** The CSRF token forms of this request carry: the session's, or a login token set as a cookie. */
  String csrfToken(Context ctx) {
    Optional<Session> s = session(ctx);
    if (s.isPresent()) return s.get().csrf();
    String pre = ctx.cookie(LOGIN_CSRF_COOKIE);
    if (pre == null || pre.length() < 20) {
      pre = hasher.newSecret("");
      ctx.cookie(cookie(LOGIN_CSRF_COOKIE, pre, 3600, SameSite.STRICT));
    }
    return pre;
  }

  /** True when {@code given} is this request's CSRF token. */
  boolean csrfValid(Context ctx, String given) {
    if (given == null) return false;
    String expected = session(ctx).map(Session::csrf).orElse(ctx.cookie(LOGIN_CSRF_COOKIE));
    return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The API token of this request ({@code Authorization: Bearer}, or {@code ?token=} for feeds),
   * when valid. Its last use is written at most once a minute: each write is a synced commit.
   */
  Optional<ApiToken> apiToken(Context ctx, boolean allowQueryParameter) {
    String header = ctx.header("Authorization");
    String token = null;
    if (header != null && isBearer(header)) token = header.strip().substring(6).strip();
    else if (allowQueryParameter) token = ctx.queryParam("token");
    if (token == null || token.isEmpty()) return Optional.empty();
    String hash = PasswordHasher.sha256(token);
    Instant now = options.clock().instant();
    @SuppressWarnings("unchecked")
    Optional<ApiToken>[] found = new Optional[1];
    // The look-up and the caching are one step for this hash (compute holds its entry), so a
    // revocation's eviction waits for it, and cannot come between the row being read and cached.
    tokenUses.compute(hash, (h, last) -> {
      if (last != null && last.plus(TOKEN_USE_GRANULARITY).isAfter(now)) {
        found[0] = Optional.of(new ApiToken(0, "", hash, null, last));
        return last;
      }
      found[0] = store.useApiToken(hash, now);
      return found[0].isPresent() ? now : null;
    });
    return found[0];
  }

  /**
   * Revokes a token at once (also for requests that used it in the last minute): the row is
   * deleted first, then the cache entry, so a request in between cannot cache the token again.
   */
  boolean revokeApiToken(long id) {
    Optional<ApiToken> t = store.apiTokens().stream().filter(x -> x.id() == id).findFirst();
    if (t.isEmpty()) return false;
    boolean removed = store.removeApiToken(id);
    tokenUses.remove(t.get().tokenHash());
    return removed;
  }

  /**
   * Whether the request tried an API token: an {@code Authorization} header of the {@code Bearer}
   * scheme (any letter case), or, where {@code allowQueryParameter} (feeds), a {@code ?token=}. A
   * bad token is then a 401, not "anonymous". Other schemes are not ours: a reverse proxy's basic
   * auth passes its header through, and must not lock readers out of a public instance.
   */
  static boolean triedToken(Context ctx, boolean allowQueryParameter) {
    String header = ctx.header("Authorization");
    if (header != null && isBearer(header)) return true;
    return allowQueryParameter && ctx.queryParam("token") != null;
  }

  private static boolean isBearer(String header) {
    String h = header.strip();
    return h.regionMatches(true, 0, "Bearer", 0, 6) && (h.length() == 6 || Character.isWhitespace(h.charAt(6)));
  }

  /** Creates an API token; returns the token itself (shown once). */
  String createApiToken(String name) {
    String token = hasher.newSecret("nd_");
    store.addApiToken(name, PasswordHasher.sha256(token), options.clock().instant());
    return token;
  }

  private Cookie cookie(String name, String value, int maxAge, SameSite sameSite) {
    String path = options.root().isEmpty() ? "/" : options.root();
    return new Cookie(name, value, path, maxAge, options.secure(), true, null, sameSite);
  }
}
