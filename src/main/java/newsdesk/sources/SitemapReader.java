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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import newsdesk.feed.FeedEntry;
import newsdesk.fetch.FetchConfig;

/**
 * Reads an XML sitemap (sitemaps.org, with the Google News extension) as a list of feed entries,
 * for sites that publish no feed. Parsing is crawler-commons' (no DTD, no external entity). A
 * sitemap lists a whole site, so only recent URLs are kept: those dated within {@code maxAge},
 * newest first, at most {@code maxEntries}; undated URLs come after the dated ones.
 *
 * <p>A gzip sitemap ({@code sitemap.xml.gz}, recognised by its magic bytes) is decompressed here,
 * at most {@code maxDocumentBytes}, and only then handed to crawler-commons, which would otherwise
 * decompress it without a limit (a 1 MB file can hold a 1 GB {@code <loc>}); one over the limit
 * is a {@link SitemapException}.
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

  /** Gzip layers decompressed before a document counts as unreadable (a gzip of a gzip is one more). */
  private static final int MAX_GZIP_LAYERS = 2;

  private final int maxEntries;
  private final Duration maxAge;
  private final long maxDocumentBytes;

  /**
   * @param maxDocumentBytes the largest sitemap read, decompressed (the fetcher's
   *                         {@link FetchConfig#maxBodyBytes()} limits what is downloaded)
   */
  public SitemapReader(int maxEntries, Duration maxAge, long maxDocumentBytes) {
    if (maxEntries <= 0) throw new IllegalArgumentException("maxEntries must be positive, got " + maxEntries);
    if (maxDocumentBytes <= 0) throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + maxDocumentBytes);
    this.maxEntries = maxEntries;
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.maxDocumentBytes = maxDocumentBytes;
  }

  public int maxEntries() {
    return maxEntries;
  }

  /** 100 entries from the last 7 days, of a sitemap of at most {@link FetchConfig#DEFAULT_MAX_BODY} bytes. */
  public static SitemapReader defaults() {
    return new SitemapReader(100, Duration.ofDays(7), FetchConfig.DEFAULT_MAX_BODY);
  }

  public Sitemap read(byte[] body, String contentType, URI url, Instant now) throws SitemapException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap parsed;
    byte[] document = body;
    for (int layer = 0; isGzip(document); layer++) {
      if (layer == MAX_GZIP_LAYERS) throw new SitemapException(url, "gzip nested more than " + MAX_GZIP_LAYERS + " deep", null);
      document = gunzip(document, url);
    }
    // What was gzip is now XML or text, whatever the server called it.
    String type = document != body || (contentType != null && isGzipType(contentType)) ? sniffedType(document)
        : contentType == null ? "application/xml" : contentType;
    try {
      parsed = parser.parseSiteMap(type, document, url.toURL());
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
      // crawler-commons hands dates over as instants, the written form lost: a bare-day lastmod or
      // news:publication_date cannot be told from midnight UTC, so these entries carry no day-only mark.
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

  private static boolean isGzip(byte[] b) {
    return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
  }

  private static boolean isGzipType(String contentType) {
    return contentType.toLowerCase(Locale.ROOT).contains("gzip");
  }

  /** XML when the first character that is not blank or a byte-order mark is {@code <}, else text. */
  private static String sniffedType(byte[] b) {
    for (byte x : b) {
      int c = x & 0xff;
      if (c == '<') return "application/xml";
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF) return "text/plain";
    }
    return "application/xml";
  }

  /** The decompressed gzip, at most {@code maxDocumentBytes}; a cut stream gives what it holds. */
  private byte[] gunzip(byte[] gzip, URI url) throws SitemapException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), buffer.length)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (out.size() + (long) n > maxDocumentBytes) {
          throw new SitemapException(url, "the sitemap is over the size limit of " + maxDocumentBytes
              + " bytes once decompressed", null);
        }
        out.write(buffer, 0, n);
      }
    } catch (EOFException e) {
      // A cut download: the parser reads what there is, or says why it cannot.
    } catch (IOException e) {
      throw new SitemapException(url, "corrupt gzip: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static NewsAttributes news(SiteMapURL u) {
    ExtensionMetadata[] meta = u.getAttributesForExtension(Extension.NEWS);
    if (meta == null) return null;
    for (ExtensionMetadata m : meta) if (m instanceof NewsAttributes n) return n;
    return null;
  }
}
