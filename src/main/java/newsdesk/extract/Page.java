package newsdesk.extract;

import java.net.URI;
import java.util.Objects;

/**
 * A fetched or loaded web page, before extraction: the raw bytes as they came, so that the
 * extractor can decide the charset itself (HTTP header, BOM, meta charset, then detection).
 *
 * @param url         where the page came from (its final URL after redirects); for a local file a
 *                    {@code file:} URI, or the base URL the user gave
 * @param body        the raw bytes of the page, never null (may be empty)
 * @param contentType the HTTP {@code Content-Type} header value, or null when unknown
 */
public record Page(URI url, byte[] body, String contentType) {
  public Page {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
  }
}
