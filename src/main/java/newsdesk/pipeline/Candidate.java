package newsdesk.pipeline;

import newsdesk.extract.Article;
import newsdesk.feed.FeedEntry;
import newsdesk.store.Source;

/**
 * An article read from a feed entry and its page, before dedup and clustering.
 *
 * @param source     the source it came through
 * @param entry      the feed entry
 * @param article    what extraction found (an empty article when the page could not be read)
 * @param text       the text to store: the extracted body, or the feed's text when that is longer
 * @param textSource {@code page} or {@code feed}
 * @param pageError  why the page could not be used, or null
 */
record Candidate(Source source, FeedEntry entry, Article article, String text, String textSource, String pageError) {

  /**
   * How the entry is named in reports: its link; for an entry without one, its id (else its
   * quoted title) and the feed it came from.
   */
  String label() {
    if (EntryLinks.hasLink(entry)) return entry.link();
    String name = entry.id() != null && !entry.id().isBlank() ? entry.id().strip()
        : entry.title() != null && !entry.title().isBlank() ? "\"" + entry.title().strip() + "\""
        : "an entry without id or title";
    return name + " in " + source.url();
  }
}
