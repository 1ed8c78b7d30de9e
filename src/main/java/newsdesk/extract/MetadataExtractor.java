package newsdesk.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata from, in order of trust: JSON-LD (schema.org article), OpenGraph and
 * Twitter cards, plain meta tags, {@code <time>} and {@code <h1>} elements, and the URL. The title is
 * the headline without a site-name suffix.
 */
final class MetadataExtractor {
  /**
   * A separator between a headline and a site name. Each alternative starts only where a run of
   * blanks starts ({@code (?<!\\s)}): tried at every blank of a long run, it scanned the run to its
   * end each time, quadratic in a title the page controls. A match starting inside a run would
   * start at the run's start as well, so the matches are the same.
   */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("(?<!\\s)\\s+[|\\-–—:·•»/]\\s+|(?<!\\s)\\s+::\\s+");
  private static final Pattern URL_LIKE = Pattern.compile("^(?i)(https?:)?//.*");
  private static final String[] DATE_META = {
    "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate", "citation_publication_date"
  };

  /** A byline element with more text than this is a biography or a teaser, not a byline. */
  static final int MAX_BYLINE_CHARS = 120;
  /**
   * The longest author value of JSON-LD or a meta tag read as a byline: room for a long list of
   * names, while the byline parser's regexes, quadratic on long runs of blanks or punctuation,
   * stay cheap on a value the page made huge.
   */
  static final int MAX_AUTHOR_VALUE_CHARS = 500;

  private final ObjectMapper json;
  private final AuthorMarkers authorMarkers;
  private final BylineParser bylines;

  MetadataExtractor(ObjectMapper json, AuthorMarkers authorMarkers, BylineWords bylineWords) {
    this.json = json;
    this.authorMarkers = authorMarkers;
    this.bylines = new BylineParser(authorMarkers, bylineWords);
  }

  PageMetadata read(Document doc, URI pageUrl) {
    PageIndex idx = new PageIndex(doc, authorMarkers);
    JsonLdArticle ld = JsonLdArticle.from(idx.jsonLdScripts(), json);
    String siteName = firstNonBlank(idx.meta("og:site_name"), ld.publisher(), idx.meta("application-name"));
    if (siteName == null && pageUrl.getHost() != null) siteName = pageUrl.getHost().replaceFirst("^www\\.", "");
    String title = headline(idx, doc, ld, siteName);
    Published published = published(idx, doc, ld, pageUrl);
    return new PageMetadata(
        title,
        authors(idx, doc, ld),
        published.time(),
        siteName,
        canonical(idx, doc, ld),
        language(idx, doc, ld),
        firstNonBlank(idx.meta("og:description"), idx.meta("description"), idx.meta("twitter:description"), ld.description()),
        absolute(doc, firstNonBlank(idx.meta("og:image"), idx.meta("og:image:url"), idx.meta("twitter:image"),
            idx.meta("twitter:image:src"), ld.image(), idx.link("image_src"))),
        ld.articleBody(),
        headlines(idx, doc, ld, title),
        published.dayOnly());
  }

  private static java.util.Set<String> headlines(PageIndex idx, Document doc, JsonLdArticle ld, String title) {
    java.util.Set<String> out = new java.util.HashSet<>();
    Element h1 = idx.firstH1();
    for (String t : new String[] {title, ld.headline(), idx.meta("og:title"), idx.meta("twitter:title"),
        idx.title(), h1 == null ? null : h1.text()}) {
      if (t == null) continue;
      String n = BlockFilter.normalize(t);
      if (n.length() >= 10) out.add(n);
    }
    return out;
  }

  private static String headline(PageIndex idx, Document doc, JsonLdArticle ld, String siteName) {
    String candidate = firstNonBlank(ld.headline(), idx.meta("og:title"), idx.meta("twitter:title"),
        idx.meta("title"), idx.meta("headline"));
    Element h1 = idx.firstH1();
    String h1Text = h1 == null ? null : blankToNull(h1.text());
    if (candidate == null) candidate = h1Text;
    if (candidate == null) candidate = idx.title();
    if (candidate == null) return null;
    return stripSiteName(candidate, siteName, h1Text);
  }

  /** Drops a "| Site" suffix or "Site - " prefix: the part that names the site, or the shorter part. */
  static String stripSiteName(String title, String siteName, String h1) {
    String t = title.strip();
    if (h1 != null && t.equals(h1)) return t;
    var m = TITLE_SEPARATOR.matcher(t);
    List<int[]> seps = new ArrayList<>();
    while (m.find()) seps.add(new int[] {m.start(), m.end()});
    if (seps.isEmpty()) return t;
    String site = siteName == null ? "" : normalize(siteName);
    int[] last = seps.get(seps.size() - 1);
    String tail = t.substring(last[1]).strip();
    String headPart = t.substring(0, last[0]).strip();
    if (!site.isEmpty() && (normalize(tail).contains(site) || site.contains(normalize(tail)))) return headPart;
    int[] first = seps.get(0);
    String lead = t.substring(0, first[0]).strip();
    if (!site.isEmpty() && (normalize(lead).contains(site) || site.contains(normalize(lead)))) {
      return t.substring(first[1]).strip();
    }
    if (h1 != null && t.startsWith(h1)) return h1;
    // Without a site name to match, a short last part after the separator is the usual suffix.
    if (tail.split("\\s+").length <= 3 && headPart.length() > tail.length() * 2) return headPart;
    return t;
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * Author names from JSON-LD, else author {@code <meta>} elements, else byline elements; each read
   * as a byline ({@link BylineParser}): "By Jane Doe and John Roe, Reuters | 27 November 2026"
   * names Jane Doe and John Roe.
   */
  private List<String> authors(PageIndex idx, Document doc, JsonLdArticle ld) {
    List<String> out = new ArrayList<>();
    for (String a : ld.authors()) addAuthors(out, a);
    if (out.isEmpty()) {
      for (Element m : idx.namedMeta()) {
        if (authorMarkers.isAuthorMetaKey(m.attr("name") + m.attr("property"))) addAuthors(out, m.attr("content"));
      }
    }
    if (out.isEmpty()) {
      for (Element e : idx.authorElements()) {
        Element name = e.selectFirst("[itemprop=name]");
        String text = (name != null ? name : e).text();
        if (text.length() <= MAX_BYLINE_CHARS) addAuthors(out, text);
        if (out.size() >= 5) break;
      }
    }
    return out;
  }

  private void addAuthors(List<String> out, String byline) {
    if (byline == null || byline.length() > MAX_AUTHOR_VALUE_CHARS || URL_LIKE.matcher(byline.strip()).matches()) return;
    for (String a : bylines.names(byline)) {
      if (!out.contains(a)) out.add(a);
    }
  }

  /** A publication time and whether the page gave it as a day alone (no time of day). */
  record Published(Instant time, boolean dayOnly) {
    static final Published NONE = new Published(null, false);

    static Published of(String value) {
      Instant t = DateParser.parse(value);
      return t == null ? NONE : new Published(t, DateParser.isDayOnly(value));
    }
  }

  private static Published published(PageIndex idx, Document doc, JsonLdArticle ld, URI pageUrl) {
    Published t = Published.of(ld.datePublished());
    for (int i = 0; t.time() == null && i < DATE_META.length; i++) t = Published.of(idx.meta(DATE_META[i]));
    Element time = idx.datePublishedElement();
    if (t.time() == null && time != null) {
      t = Published.of(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
    }
    if (t.time() == null && idx.firstTime() != null) t = Published.of(idx.firstTime().attr("datetime"));
    if (t.time() == null) {
      // A date in the address is a day alone.
      Instant fromUrl = DateParser.fromUrl(pageUrl.toString());
      if (fromUrl != null) t = new Published(fromUrl, true);
    }
    return t;
  }

  private static String canonical(PageIndex idx, Document doc, JsonLdArticle ld) {
    String href = idx.link("canonical");
    if (href == null) href = idx.meta("og:url");
    return absolute(doc, href);
  }

  private static String language(PageIndex idx, Document doc, JsonLdArticle ld) {
    String lang = firstNonBlank(doc.firstElementChild() == null ? null : doc.firstElementChild().attr("lang"),
        idx.httpEquiv("content-language"), idx.meta("og:locale"), ld.language(), idx.meta("language"));
    if (lang == null) return null;
    lang = lang.strip().replace('_', '-');
    int comma = lang.indexOf(',');
    if (comma > 0) lang = lang.substring(0, comma);
    return lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") ? java.util.Locale.forLanguageTag(lang).toLanguageTag() : null;
  }

  private static String absolute(Document doc, String href) {
    if (href == null) return null;
    try {
      String base = doc.location();
      if (base == null || base.isEmpty()) return href;
      return URI.create(base).resolve(href.strip().replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return href;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
