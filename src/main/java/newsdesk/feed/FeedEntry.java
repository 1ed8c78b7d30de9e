package newsdesk.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed. Strings are null when the feed does not give them; HTML fields
 * ({@code summary}, {@code content}) are sanitized HTML.
 *
 * @param id        the guid / atom:id / JSON Feed id, or null
 * @param link      the item's permalink, resolved against xml:base and the document URL
 * @param title     plain-text title
 * @param summary   sanitized HTML summary / description
 * @param content   sanitized HTML full content
 * @param authors   author names
 * @param published publication time
 * @param updated   last update time
 * @param categories category terms
 */
public record FeedEntry(
    String id,
    String link,
    String title,
    String summary,
    String content,
    List<String> authors,
    Instant published,
    Instant updated,
    List<String> categories) {
  public FeedEntry {
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }
}
