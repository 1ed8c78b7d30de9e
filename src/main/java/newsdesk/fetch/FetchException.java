package newsdesk.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * A fetch failed: unreachable host, timeout, refused address, robots.txt, or an HTTP error status.
 * Carries the URL, the status, what kind of failure it was and, for 429/503, how long the server
 * asked to wait.
 */
public final class FetchException extends Exception {
  /** What went wrong, for callers that react differently (retry later, give up, report). */
  public enum Kind {
    /** No response: DNS, connection or TLS failure. */
    NETWORK,
    /** The response did not complete within the request timeout. */
    TIMEOUT,
    /** The server answered with an error status. */
    HTTP,
    /** The URL resolves to a private or special address and the private network is not allowed. */
    BLOCKED_ADDRESS,
    /** robots.txt disallows the URL. */
    ROBOTS,
    /**
     * robots.txt could not be read (a 5xx, a timeout, a network error), so the site is not fetched
     * for a while (RFC 9309 2.3.1.4); unlike {@link #ROBOTS}, a failure that may pass.
     */
    ROBOTS_UNAVAILABLE,
    /** Too many redirects or a redirect loop. */
    REDIRECTS,
    /** The URL or a redirect target is not fetchable (bad scheme, no host). */
    BAD_URL,
    /** The body could not be decoded (corrupt compression, unknown content coding). */
    BAD_BODY,
    /** The server's answer broke HTTP (a malformed status line or header): it answered, wrongly. */
    BAD_RESPONSE
  }

  private final URI url;
  private final String reason;
  private final int status;
  private final Kind kind;
  private final Duration retryAfter;

  public FetchException(URI url, int status, String reason, Throwable cause) {
    this(url, status, status > 0 ? Kind.HTTP : Kind.NETWORK, reason, null, cause);
  }

  /** {@code reason} may quote what a server sent: its control characters are shown as {@code ?}, never echoed. */
  public FetchException(URI url, int status, Kind kind, String reason, Duration retryAfter, Throwable cause) {
    super(url + ": " + printable(reason), cause);
    this.url = url;
    this.reason = printable(reason);
    this.status = status;
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  /** {@code s} with each control character (C0, DEL, C1) replaced by {@code ?}, so that a message cannot drive a terminal. */
  static String printable(String s) {
    if (s == null) return null;
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || (c >= 0x7f && c <= 0x9f) ? '?' : c);
    }
    return out.toString();
  }

  public URI url() {
    return url;
  }

  /**
   * What went wrong, for a reader who knows which URL was asked for: the reason alone when the
   * failure happened at {@code asked}, else (after a redirect) with the URL that failed.
   */
  public String reasonFor(URI asked) {
    return url.equals(asked) ? reason : getMessage();
  }

  /** The HTTP status, or 0 when no response came. */
  public int status() {
    return status;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * Whether the fetch was abandoned because its thread was interrupted (the process is stopping):
   * nothing is known about the URL, so callers must not count it as the URL's failure.
   */
  public boolean interrupted() {
    return getCause() instanceof InterruptedException;
  }

  /** How long the server asked to wait (Retry-After of a 429 or 503), or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
