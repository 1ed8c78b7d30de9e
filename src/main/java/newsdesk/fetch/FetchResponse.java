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
 */
public record FetchResponse(
    URI url, URI finalUrl, int status, byte[] body, String contentType, String etag, String lastModified, boolean truncated) {

  /** True for 304 Not Modified: nothing changed since the conditional request's validators. */
  public boolean notModified() {
    return status == 304;
  }
}
