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
 * @param pageStatus the HTTP status the page answered (after redirects), or null when no answer came
 *                   (no link, a timeout, a network error)
 * @param link       what the fetch settled about the link: read, gone for good, or nothing
 */
record Candidate(Source source, FeedEntry entry, Article article, String text, String textSource, String pageError,
    Integer pageStatus, DeadLinks.State link) {
  Candidate {
    java.util.Objects.requireNonNull(link, "link");
  }

  /** A candidate whose page fetch settled nothing about its link. */
  Candidate(Source source, FeedEntry entry, Article article, String text, String textSource, String pageError) {
    this(source, entry, article, text, textSource, pageError, null, DeadLinks.State.UNKNOWN);
  }

  /** This candidate with {@code article}, {@code text}, {@code textSource} and {@code pageError} instead; the page's answer stays. */
  Candidate withText(Article article, String text, String textSource, String pageError) {
    return new Candidate(source, entry, article, text, textSource, pageError, pageStatus, link);
  }

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
