package newsdesk.feed;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import newsdesk.fetch.Urls;

/**
 * The newsdesk feed parser: RSS 0.90-2.0, RSS 1.0 (RDF), Atom 0.3 and 1.0, JSON Feed 1.0 and 1.1.
 *
 * <p>Pipeline: {@link DocumentDecoder} picks the encoding (HTTP charset, BOM, XML declaration,
 * statistical guess) and decodes; JSON documents go to {@link JsonFeedReader}; XML is read
 * strictly with StAX and, when not well-formed, leniently ({@link XmlTreeReader}); the root element
 * picks {@link RssReader} or {@link AtomReader}. Titles, summaries and content that are HTML are
 * sanitized with {@link HtmlSanitizer}; URLs are resolved against xml:base and {@code documentUrl};
 * dates go through {@link FeedDates}. Nothing is ever fetched.
 *
 * <p>A document without any element (empty, only comments) gives an empty feed with format "";
 * a document whose root is not a feed (an HTML page, JSON that is not a JSON Feed) throws
 * {@link FeedParseException}. No other exception escapes for any input. Thread-safe.
 *
 * <p>Lenient reading never reports itself by throwing: a document that only the forgiving reader
 * could read (truncated, or with broken structure) gives the entries read before and around the
 * damage, except an entry that a cut document ends inside (it is incomplete, and stored half it
 * would stand, under its id, for the whole entry of the next download), and says what was wrong
 * in {@link Feed#problems()}, so that callers can tell the user.
 */
public final class StandardFeedParser implements FeedParser {
  private static final Pattern NETSCAPE_DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*netscape", Pattern.CASE_INSENSITIVE);

  private final DocumentDecoder decoder = new DocumentDecoder();
  private final XmlTreeReader xml = new XmlTreeReader();
  private final RssReader rss;
  private final AtomReader atom;
  private final JsonFeedReader jsonFeed;
  private final CdfReader cdf;

  public StandardFeedParser() {
    this(new HtmlSanitizer(), new FeedDates());
  }

  public StandardFeedParser(HtmlSanitizer sanitizer, FeedDates dates) {
    ContentReader content = new ContentReader(sanitizer, sanitizer.allowedElements());
    rss = new RssReader(content, dates);
    atom = new AtomReader(content, dates);
    jsonFeed = new JsonFeedReader(content, dates);
    cdf = new CdfReader(dates);
  }

  /**
   * Parses {@code body} with the HTTP response headers it came with: {@code Content-Type} (charset
   * and JSON detection), {@code Content-Location} (the document's own URL, hence the base for
   * relative links, when its scheme is safe) and {@code Content-Language} (the feed's language when
   * the document names none). Header names are matched case-insensitively; other headers are ignored.
   */
  public Feed parseResponse(byte[] body, Map<String, String> headers, URI documentUrl) throws FeedParseException {
    if (headers == null) throw new IllegalArgumentException("headers is null (pass an empty map)");
    String contentType = null, location = null, language = null;
    for (Map.Entry<String, String> h : headers.entrySet()) {
      if (h.getKey() == null || h.getValue() == null) continue;
      switch (h.getKey().strip().toLowerCase(Locale.ROOT)) {
        case "content-type" -> contentType = h.getValue();
        case "content-location" -> location = h.getValue().strip();
        case "content-language" -> language = h.getValue().split(",")[0].strip();
        default -> { }
      }
    }
    URI base = documentUrl;
    if (location != null && !location.isEmpty() && Urls.isSafeScheme(Urls.scheme(Urls.resolve(documentUrl, location)))) {
      URI resolved = Urls.resolveUri(documentUrl, location);
      if (resolved != null) base = resolved;
    }
    Feed feed = parse(body, contentType, base);
    if (feed.language() == null && language != null && !language.isEmpty()) {
      feed = withLanguage(feed, language);
    }
    return feed;
  }

  private static Feed withLanguage(Feed f, String language) {
    return new Feed(f.format(), f.title(), f.link(), f.description(), language, f.entries(), f.encoding(), f.id(),
        f.titleDetail(), f.subtitleDetail(), f.rightsDetail(), f.links(), f.authors(), f.contributors(), f.tags(),
        f.updated(), f.published(), f.image(), f.icon(), f.logo(), f.generator(), f.problems());
  }

  @Override
  public Feed parse(byte[] body, String contentType, URI documentUrl) throws FeedParseException {
    if (body == null) throw new IllegalArgumentException("body is null");
    try {
      return parseDocument(body, contentType, documentUrl);
    } catch (FeedParseException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new FeedParseException("unreadable feed document: " + e, e);
    }
  }

  private Feed parseDocument(byte[] body, String contentType, URI documentUrl) throws FeedParseException {
    DocumentDecoder.Decoded decoded = decoder.decode(body, contentType);
    FeedBuilder feed = new FeedBuilder();
    feed.encoding = decoded.encoding();
    String text = decoded.text();
    boolean jsonType = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    if (jsonType || JsonFeedReader.looksLikeJson(text)) {
      jsonFeed.read(text, documentUrl, feed);
      return feed.build();
    }
    XmlTreeReader.Result tree = xml.read(text, documentUrl);
    XmlElement root = tree.root();
    if (root == null) return feed.build();
    if (tree.damage() != null) feed.problems.add(tree.damage());
    String name = root.local.toLowerCase(Locale.ROOT);
    if (Ns.isAtom(root.ns) && name.equals("feed")) {
      atom.read(root, feed);
    } else if (root.local.equals("CHANNEL")) {
      cdf.read(root, feed);
    } else if (name.equals("rss") || name.equals("rdf") || (name.equals("channel") && Ns.isRss(root.ns))) {
      boolean netscape = NETSCAPE_DOCTYPE.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
      rss.read(root, feed, netscape);
    } else if (name.equals("feed")) {
      atom.read(root, feed);
    } else {
      throw new FeedParseException("not a feed: the root element is <" + root.qualifiedName() + ">");
    }
    return feed.build();
  }
}
