package newsdesk.sources;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import newsdesk.feed.FeedEntry;

/**
 * Reads an XML sitemap (sitemaps.org, with the Google News extension) as a list of feed entries,
 * for sites that publish no feed. Parsing is crawler-commons' (no DTD, no external entity). A
 * sitemap lists a whole site, so only recent URLs are kept: those dated within {@code maxAge},
 * newest first, at most {@code maxEntries}; undated URLs come after the dated ones.
 */
public final class SitemapReader {
  /**
   * A read sitemap.
   *
   * @param entries  its pages as entries (link and id are the URL; title and date from the news
   *                 extension, else the date from lastmod); empty for an index
   * @param children for a sitemap index, the sitemaps it lists, most recently modified first
   * @param news     true when the pages carry Google News metadata
   */
  public record Sitemap(List<FeedEntry> entries, List<URI> children, boolean news) {
    public boolean isIndex() {
      return !children.isEmpty();
    }
  }

  private final int maxEntries;
  private final Duration maxAge;

  public SitemapReader(int maxEntries, Duration maxAge) {
    if (maxEntries <= 0) throw new IllegalArgumentException("maxEntries must be positive, got " + maxEntries);
    this.maxEntries = maxEntries;
    this.maxAge = maxAge;
  }

  public int maxEntries() {
    return maxEntries;
  }

  /** 100 entries from the last 7 days. */
  public static SitemapReader defaults() {
    return new SitemapReader(100, Duration.ofDays(7));
  }

  public Sitemap read(byte[] body, String contentType, URI url, Instant now) throws SitemapException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap parsed;
    try {
      parsed = parser.parseSiteMap(contentType == null ? "application/xml" : contentType, body, url.toURL());
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      throw new SitemapException(url, "not a readable sitemap: " + e.getMessage(), e);
    }
    if (parsed instanceof SiteMapIndex index) {
      List<AbstractSiteMap> maps = new ArrayList<>(index.getSitemaps());
      maps.sort(Comparator.comparing(AbstractSiteMap::getLastModified, Comparator.nullsLast(Comparator.reverseOrder())));
      List<URI> children = new ArrayList<>();
      for (AbstractSiteMap m : maps) {
        try {
          children.add(m.getUrl().toURI());
        } catch (java.net.URISyntaxException e) {
          // a bad child URL is skipped; the others still count
        }
      }
      if (children.isEmpty()) throw new SitemapException(url, "the sitemap index lists no sitemap", null);
      return new Sitemap(List.of(), children, false);
    }
    if (!(parsed instanceof SiteMap map)) throw new SitemapException(url, "not a sitemap", null);
    Instant oldest = now.minus(maxAge);
    List<FeedEntry> entries = new ArrayList<>();
    boolean news = false;
    for (SiteMapURL u : map.getSiteMapUrls()) {
      NewsAttributes attributes = news(u);
      news |= attributes != null;
      Instant lastmod = u.getLastModified() == null ? null : u.getLastModified().toInstant();
      Instant published = attributes != null && attributes.getPublicationDate() != null
          ? attributes.getPublicationDate().toInstant() : lastmod;
      if (published != null && published.isBefore(oldest)) continue;
      String link = u.getUrl().toString();
      List<String> keywords = attributes == null || attributes.getKeywords() == null ? List.of()
          : Arrays.stream(attributes.getKeywords()).map(String::strip).filter(k -> !k.isEmpty()).toList();
      entries.add(new FeedEntry(link, link, attributes == null ? null : attributes.getTitle(), null, null, List.of(),
          published, lastmod, keywords));
    }
    entries.sort(Comparator.comparing(FeedEntry::published, Comparator.nullsLast(Comparator.reverseOrder())));
    return new Sitemap(List.copyOf(entries.subList(0, Math.min(maxEntries, entries.size()))), List.of(), news);
  }

  private static NewsAttributes news(SiteMapURL u) {
    ExtensionMetadata[] meta = u.getAttributesForExtension(Extension.NEWS);
    if (meta == null) return null;
    for (ExtensionMetadata m : meta) if (m instanceof NewsAttributes n) return n;
    return null;
  }
}
