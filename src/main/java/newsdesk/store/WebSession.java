package newsdesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in browser of the web UI as stored.
 *
 * @param idHash  SHA-256 (hex) of the session id the cookie carries; the id itself is never stored
 * @param csrf    the session's CSRF token
 * @param expires when the session ends
 */
public record WebSession(String idHash, String csrf, Instant expires) {
  public WebSession {
    Objects.requireNonNull(idHash, "idHash");
    Objects.requireNonNull(csrf, "csrf");
    Objects.requireNonNull(expires, "expires");
  }
}
