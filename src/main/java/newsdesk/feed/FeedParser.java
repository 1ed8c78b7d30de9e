package newsdesk.feed;

import java.net.URI;

/**
 * Reads a feed document of any supported format. Implementations never fetch anything (no DTD,
 * no external entity) and never throw anything but {@link FeedParseException} for bad input. An
 * entry's link is never a {@code javascript:}, {@code data:} or other script URL: a link whose
 * scheme is not on the allow-list ({@link newsdesk.fetch.Urls#isSafeLink}) is no link. Empty input gives no entries,
 * and the same bytes the same feed ({@code FeedParserContract} in the tests).
 */
public interface FeedParser {
  /**
   * Parses {@code body}.
   *
   * @param body        the raw bytes as fetched
   * @param contentType the HTTP {@code Content-Type} header, or null
   * @param documentUrl the URL the document came from, for resolving relative links; may be null
   */
  Feed parse(byte[] body, String contentType, URI documentUrl) throws FeedParseException;
}
