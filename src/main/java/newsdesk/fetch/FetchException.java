package newsdesk.fetch;

import java.net.URI;

/** A fetch failed: unreachable host, timeout, or an HTTP error status. Carries the URL and status. */
public final class FetchException extends Exception {
  private final URI url;
  private final int status;

  public FetchException(URI url, int status, String reason, Throwable cause) {
    super(url + ": " + reason, cause);
    this.url = url;
    this.status = status;
  }

  public URI url() {
    return url;
  }

  /** The HTTP status, or 0 when no response came. */
  public int status() {
    return status;
  }
}
