package newsdesk.sources;

import java.net.URI;

/**
 * A feed or news sitemap found for a URL.
 *
 * @param url     what to poll
 * @param kind    {@code feed} or {@code sitemap} (the source kinds the poller knows)
 * @param title   the feed's title (or the link's title attribute), or null
 * @param siteUrl the site's home page, or null
 * @param via     how it was found: {@code given} (the URL itself), {@code link} (a page's
 *                {@code <link rel=alternate>}), {@code path} (a common feed path), {@code robots}
 *                (a Sitemap line of robots.txt) or {@code sitemap-path}
 * @param damage  for a feed whose document could be read only in part (truncated, not well-formed) or
 *                not at all: what was wrong and how many entries were still read (see
 *                {@link newsdesk.feed.Feed#damageSummary()}); null for a whole document
 * @param entries the entries its document held when it was checked (for a sitemap: its pages)
 * @param format  for a feed that was read, its {@link newsdesk.feed.Feed#format() format} ({@code rss20},
 *                {@code atom10}, {@code json11}...), so that a reader choosing between feeds can tell them
 *                apart; null when not read (a sitemap, a feed given with --no-discover)
 * @param readAt  where its document was read, after redirects; differs from {@code url} after a
 *                temporary redirect (see {@link newsdesk.fetch.FetchResponse#stableUrl()}), and a source
 *                followed already at that address is this one; null when not read
 */
public record DiscoveredSource(URI url, String kind, String title, String siteUrl, String via, String damage,
    int entries, String format, URI readAt) {
  /** A source read where it is to be polled (no temporary redirect on the way), or not read. */
  public DiscoveredSource(URI url, String kind, String title, String siteUrl, String via, String damage,
      int entries, String format) {
    this(url, kind, title, siteUrl, via, damage, entries, format, null);
  }

  /** A source whose format is not known (not read as a feed). */
  public DiscoveredSource(URI url, String kind, String title, String siteUrl, String via, String damage, int entries) {
    this(url, kind, title, siteUrl, via, damage, entries, null);
  }

  /** A source found whole, its entries not counted (the form before damage was reported). */
  public DiscoveredSource(URI url, String kind, String title, String siteUrl, String via) {
    this(url, kind, title, siteUrl, via, null, 0);
  }

  /** True when its document could be read only in part. */
  public boolean damaged() {
    return damage != null;
  }

  /** True when nothing could be read from it: a damaged document without a single entry. */
  public boolean unreadable() {
    return damage != null && entries == 0;
  }

  /**
   * The addresses a source followed already may have for this one: {@code url}, then
   * {@code readAt} when it differs.
   */
  public java.util.List<String> addresses() {
    return readAt == null || readAt.equals(url) ? java.util.List.of(url.toString())
        : java.util.List.of(url.toString(), readAt.toString());
  }

  /** This source as found some other way ({@code via}), on the site {@code siteUrl}, titled {@code title}. */
  DiscoveredSource foundAs(String title, String siteUrl, String via) {
    return new DiscoveredSource(url, kind, title, siteUrl, via, damage, entries, format, readAt);
  }
}
