package newsdesk.pipeline;

import newsdesk.feed.FeedEntry;

/** The link of a feed entry as newsdesk keeps it: whether there is one, and what is shown of it. */
final class EntryLinks {
  private EntryLinks() {}

  /** Whether {@code e} links to a page (JSON Feed items with only an id, RSS items with a non-permalink guid do not). */
  static boolean hasLink(FeedEntry e) {
    return e.link() != null && !e.link().isBlank();
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
}
