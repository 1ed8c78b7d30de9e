package newsdesk.pipeline;

import java.util.Set;
import newsdesk.fetch.FetchException;

/**
 * What one fetch of an entry's page says of its link. Only an answer settles it: a page read is
 * {@link #LIVE}; an HTTP status that means the page is gone for good ({@link Pipeline.Config#goneStatuses},
 * 404 and 410 by default) is {@link #GONE}; anything else (a 5xx or 429 that may pass, a timeout, a
 * network error, robots.txt, a body that could not be decoded, no link at all) is {@link #UNKNOWN}
 * and changes nothing already known.
 */
enum LinkState {
  LIVE, GONE, UNKNOWN;

  /** The state a failed page fetch leaves the link in, given the statuses that mean gone. */
  static LinkState of(FetchException e, Set<Integer> goneStatuses) {
    return e.kind() == FetchException.Kind.HTTP && goneStatuses.contains(e.status()) ? GONE : UNKNOWN;
  }
}
