package newsdesk.feed;

/** Namespace URIs of the feed vocabularies. */
final class Ns {
  static final String NONE = "";
  static final String ATOM10 = "http://www.w3.org/2005/Atom";
  static final String ATOM03 = "http://purl.org/atom/ns#";
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final String RSS10 = "http://purl.org/rss/1.0/";
  static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String DCTERMS = "http://purl.org/dc/terms/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  static final String MEDIA = "http://search.yahoo.com/mrss/";
  static final String FEEDBURNER = "http://rssnamespace.org/feedburner/ext/1.0";

  private static final java.util.Map<String, String> CANONICAL = java.util.Map.ofEntries(
      java.util.Map.entry("http://www.w3.org/2005/atom", ATOM10),
      java.util.Map.entry("http://purl.org/atom/ns", ATOM03),
      java.util.Map.entry("http://purl.org/rss/1.0", RSS10),
      java.util.Map.entry("http://my.netscape.com/rdf/simple/0.9", RSS090),
      java.util.Map.entry("http://purl.org/dc/elements/1.1", DC),
      java.util.Map.entry("http://purl.org/dc/elements/1.0", DC),
      java.util.Map.entry("http://purl.org/dc/terms", DCTERMS),
      java.util.Map.entry("http://purl.org/rss/1.0/modules/content", CONTENT),
      java.util.Map.entry("http://www.w3.org/1999/xhtml", XHTML),
      java.util.Map.entry("http://www.itunes.com/dtds/podcast-1.0.dtd", ITUNES),
      java.util.Map.entry("http://example.com/dtds/podcast-1.0.dtd", ITUNES),
      java.util.Map.entry("http://search.yahoo.com/mrss", MEDIA),
      java.util.Map.entry("http://blogs.law.harvard.edu/tech/rss", NONE),
      java.util.Map.entry("http://backend.userland.com/rss", NONE),
      java.util.Map.entry("http://backend.userland.com/rss2", NONE));

  /**
   * The namespace given to an undeclared prefix that is not a well-known one (followed by the
   * prefix): {@link #canonical} reads it as no namespace, as the forgiving reader does, so that
   * the element is known by its name.
   */
  static final String UNDECLARED = "urn:newsdesk:undeclared-prefix:";

  /** Prefixes feeds use without declaring them, and what they mean. */
  private static final java.util.Map<String, String> WELL_KNOWN_PREFIXES = java.util.Map.of(
      "dc", DC, "dcterms", DCTERMS, "content", CONTENT, "itunes", ITUNES, "media", MEDIA, "atom", ATOM10,
      "rdf", RDF, "xhtml", XHTML);

  private Ns() {}

  /** The namespace URI feeds mean by {@code uri}: variants in case and trailing slash folded together. */
  static String canonical(String uri) {
    if (uri == null || uri.isEmpty() || uri.startsWith(UNDECLARED)) return NONE;
    String key = uri.strip().toLowerCase(java.util.Locale.ROOT);
    while (key.endsWith("/") || key.endsWith("#")) key = key.substring(0, key.length() - 1);
    // UserLand's RSS namespaces (rss, rss2, rss2.1...) all mean plain RSS.
    if (key.startsWith("http://backend.userland.com/rss")) return NONE;
    return CANONICAL.getOrDefault(key, uri);
  }

  /** The namespace of an undeclared prefix that feeds commonly use, or "". */
  static String wellKnownPrefix(String prefix) {
    return WELL_KNOWN_PREFIXES.getOrDefault(prefix, NONE);
  }

  /** True for the namespaces RSS 0.9x/2.0 elements appear in (none, or RSS 1.0's, or 0.90's). */
  static boolean isRss(String ns) {
    return ns.isEmpty() || ns.equals(RSS10) || ns.equals(RSS090);
  }

  static boolean isAtom(String ns) {
    return ns.equals(ATOM10) || ns.equals(ATOM03);
  }
}
