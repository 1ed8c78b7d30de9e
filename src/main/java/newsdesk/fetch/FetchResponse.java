package newsdesk.fetch;

import java.net.URI;

/**
 * What a fetch brought back.
 *
 * @param url          the URL asked for
 * @param finalUrl     the URL after redirects (in the caller's namespace when a mirror served it)
 * @param status       the HTTP status
 * @param body         the decoded body (gzip/deflate/brotli removed); empty for 304
 * @param contentType  the Content-Type header, or null
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param truncated    true when the body was longer than the size limit and was cut
 * @param movedPermanently true when every redirect on the way was permanent (301, 308): the
 *                     resource now lives at {@code finalUrl}
 */
public record FetchResponse(
    URI url, URI finalUrl, int status, byte[] body, String contentType, String etag, String lastModified, boolean truncated,
    boolean movedPermanently) {

  /** A response reached without (or not only through) permanent redirects. */
  public FetchResponse(
      URI url, URI finalUrl, int status, byte[] body, String contentType, String etag, String lastModified, boolean truncated) {
    this(url, finalUrl, status, body, contentType, etag, lastModified, truncated, false);
  }

  /**
   * The address to keep for what was asked: {@code finalUrl} when every redirect on the way was
   * permanent (301, 308: the resource moved), else {@code url}. A temporary redirect (302, 303, 307)
   * often leads to a signed or expiring address, which must not be stored. The one rule for the
   * poller (a source moves) and discovery (a source is added).
   */
  public URI stableUrl() {
    return movedPermanently ? finalUrl : url;
  }

  /** True for 304 Not Modified: nothing changed since the conditional request's validators. */
  public boolean notModified() {
    return status == 304;
  }
}
