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

  private Ns() {}

  /** True for the namespaces RSS 0.9x/2.0 elements appear in (none, or RSS 1.0's, or 0.90's). */
  static boolean isRss(String ns) {
    return ns.isEmpty() || ns.equals(RSS10) || ns.equals(RSS090) || ns.startsWith("http://backend.userland.com/rss");
  }

  static boolean isAtom(String ns) {
    return ns.equals(ATOM10) || ns.equals(ATOM03);
  }
}
