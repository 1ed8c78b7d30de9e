package newsdesk.web;

import io.javalin.http.Context;

/**
 * Who may write through the JSON API: a request with an API token
 * ({@code Authorization: Bearer TOKEN}), or a logged-in session that sends its CSRF token in
 * {@code X-CSRF-Token}.
 */
final class ApiWriters {
  private final Auth auth;

  ApiWriters(Auth auth) {
    this.auth = auth;
  }

  /**
   * Returns when {@code ctx} may write.
   *
   * @throws HttpProblem 403 for a session without its CSRF token, 401 without a token or session
   */
  void require(Context ctx) {
    if (auth.apiToken(ctx, false).isPresent()) return;
    if (auth.loggedIn(ctx)) {
      if (auth.csrfValid(ctx, ctx.header("X-CSRF-Token"))) return;
      throw new HttpProblem(403, "a session must send its CSRF token in X-CSRF-Token");
    }
    throw new HttpProblem(401, "send an API token: Authorization: Bearer TOKEN");
  }
}
