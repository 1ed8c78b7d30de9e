package newsdesk.feed;

/**
 * An Atom-style link (RSS links and enclosures are reported the same way).
 *
 * @param href     the resolved URL
 * @param rel      the relation ({@code alternate} when the feed gave none)
 * @param type     the media type, or null
 * @param title    the title, or null
 * @param hreflang the language of the target, or null
 * @param length   the size in bytes as written, or null
 */
public record FeedLink(String href, String rel, String type, String title, String hreflang, String length) {}
