package newsdesk.feed;

import java.util.List;

/**
 * A parsed feed of any format (RSS 0.9x-2.0, RSS 1.0, Atom 0.3/1.0, JSON Feed 1.x).
 *
 * @param format      e.g. {@code rss20}, {@code atom10}, {@code json11}
 * @param title       plain-text title, or null
 * @param link        the site's home page, resolved, or null
 * @param description plain-text description, or null
 * @param language    language tag, or null
 * @param entries     the items in document order
 */
public record Feed(
    String format, String title, String link, String description, String language, List<FeedEntry> entries) {
  public Feed {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }
}
