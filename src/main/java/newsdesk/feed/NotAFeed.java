package newsdesk.feed;

import java.nio.charset.StandardCharsets;

/**
 * Why a document the parser answered with a feed of no format (a body without any XML element or
 * JSON object, which the parser reads as an empty feed, as feedparser does) is no feed: the words
 * {@code newsdesk feed parse} and a source's last error both use.
 */
public final class NotAFeed {
  private NotAFeed() {}

  /** True when {@code feed} came from a document without any element: not a feed, however quiet. */
  public static boolean applies(Feed feed) {
    return feed.format() == null || feed.format().isEmpty();
  }

  /** "the document is empty" for a blank {@code body}, else "no XML element or JSON object in it". */
  public static String reason(byte[] body) {
    boolean blank = body == null || new String(body, StandardCharsets.ISO_8859_1).isBlank();
    return blank ? "the document is empty" : "no XML element or JSON object in it";
  }
}
