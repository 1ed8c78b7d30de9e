package newsdesk.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * What one address answered, before {@link HttpFetcher} decodes it.
 *
 * @param url              the address asked for (never the mirror's): the last hop's after redirects
 * @param status           the HTTP status
 * @param headers          the response headers
 * @param body             the body as received, cut at the cap (empty unless the status is 2xx)
 * @param movedPermanently true when redirects led here and every one was permanent (301, 308)
 */
record Exchange(URI url, int status, HttpHeaders headers, BoundedBody.Bytes body, boolean movedPermanently) {}
