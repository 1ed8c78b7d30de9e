package newsdesk.sources;

import java.net.URI;

/** A document is not a readable sitemap. */
public final class SitemapException extends Exception {
  public SitemapException(URI url, String reason, Throwable cause) {
    super(url + ": " + reason, cause);
  }
}
