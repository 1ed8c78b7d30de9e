package newsdesk.pipeline;

import newsdesk.dedup.TrackingParameters;
import newsdesk.feed.FeedEntry;
import newsdesk.store.WebUrls;

/** The link of a feed entry as newsdesk keeps it: whether there is one, and what is shown of it. */
final class EntryLinks {
  /** The same rules the canonicalizer drops parameters by, so a shown link and its key agree. */
  private static final TrackingParameters TRACKING = TrackingParameters.bundled();

  private EntryLinks() {}

  /**
   * Whether {@code e} links to a page: an http(s) URL ({@link WebUrls#isWebUrl}). JSON Feed items
   * with only an id and RSS items with a non-permalink guid do not, and neither does an entry whose
   * link is {@code javascript:void(0)}, {@code mailto:} or any other scheme: such an entry is kept
   * like a link-less one (keyed by its id, its text from the feed), never fetched, stored under or
   * shown with that link.
   */
  static boolean hasLink(FeedEntry e) {
    return WebUrls.isWebUrl(e.link());
  }

  /** {@code e}'s link when it {@link #hasLink has one}, else null. */
  static String link(FeedEntry e) {
    return hasLink(e) ? e.link() : null;
  }

  /**
   * The link shown for an article ("Read more", the outlets of a story): {@code url} without its
   * fragment, which points into the page (comments, a heading) rather than at the article.
   * Hash-bang routes ({@code #!/story/1}) are kept: on such sites the fragment is the article.
   */
  static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    if (hash < 0 || url.startsWith("#!", hash)) return url;
    return url.substring(0, hash);
  }

  /**
   * The link shown for an article: {@link #withoutFragment} and without the tracking parameters
   * ({@code utm_source} and the like, see {@link TrackingParameters}) that the canonical URL drops
   * too; other parameters are kept as they are, since a page may need them.
   */
  static String shown(String url) {
    return TRACKING.removeFrom(withoutFragment(url));
  }

  /**
   * Whether {@code e} has nothing to show a reader: no title, no text (content or summary) and no
   * link. Such an entry (a JSON Feed item with only an id) would be an article without a word.
   */
  static boolean isEmpty(FeedEntry e) {
    return (e.title() == null || e.title().isBlank()) && !hasLink(e) && ArticleReader.feedText(e).isBlank();
  }
}
