package newsdesk.feed;

/**
 * A media file attached to an entry (RSS {@code enclosure}, Atom {@code link rel="enclosure"}, JSON
 * Feed attachment).
 *
 * @param url    the resolved URL
 * @param type   the media type, or null
 * @param length the size in bytes as written, or null
 */
public record Enclosure(String url, String type, String length) {}
