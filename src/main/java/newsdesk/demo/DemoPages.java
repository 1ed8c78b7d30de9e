package newsdesk.demo;

import static org.jsoup.nodes.Entities.escape;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Renders the demo site's home page, section feeds (RSS 2.0) and article pages. */
final class DemoPages {
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  /** RFC 822's date without its time, as feeds that know only the day write it. */
  private static final DateTimeFormatter RFC_1123_DAY =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATELINE =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final DemoCorpus corpus;

  DemoPages(DemoCorpus corpus) {
    this.corpus = corpus;
  }

  String home(URI base) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Wikinews (newsdesk demo mirror)</title>\n");
    for (DemoCorpus.Section s : corpus.sections()) {
      b.append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(escape(s.title()))
          .append("\" href=\"").append(base.resolve("feeds/" + s.slug() + ".xml")).append("\">\n");
    }
    b.append("</head><body>").append(header()).append("<main><h1>Latest news</h1><ul>");
    corpus.articles().stream().limit(30).forEach(a ->
        b.append("<li><a href=\"").append(a.path()).append("\">").append(escape(a.title())).append("</a></li>"));
    return b.append("</ul></main>").append(footer(null)).append("</body></html>").toString();
  }

  /** The RSS 2.0 feed of a section, or null when there is no such section. */
  String feed(String slug, URI base) {
    DemoCorpus.Section section = corpus.sections().stream().filter(s -> s.slug().equals(slug)).findFirst().orElse(null);
    if (section == null) return null;
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
        .append("<title>Wikinews \u2014 ").append(escape(section.title())).append("</title>\n")
        .append("<link>").append(DemoCorpus.ORIGIN).append("</link>\n")
        .append("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"").append(base.resolve("feeds/" + slug + ".xml")).append("\"/>\n")
        .append("<description>").append(escape(section.title())).append(" from Wikinews, the free news source</description>\n")
        .append("<language>en</language>\n")
        .append("<copyright>").append(escape(DemoCorpus.ATTRIBUTION)).append("</copyright>\n");
    for (DemoArticle a : section.articles()) {
      String lead = a.paragraphs().isEmpty() ? "" : a.paragraphs().getFirst();
      b.append("<item>\n<title>").append(escape(a.title())).append("</title>\n")
          .append("<link>").append(escape(a.url())).append("</link>\n")
          .append("<guid isPermaLink=\"true\">").append(escape(a.url())).append("</guid>\n")
          .append("<pubDate>").append((a.dayOnly() ? RFC_1123_DAY : RFC_1123).format(a.published())).append("</pubDate>\n")
          .append("<dc:creator>").append(escape(a.author())).append("</dc:creator>\n")
          .append("<category>").append(escape(a.section())).append("</category>\n")
          .append("<description>").append(escape(lead)).append("</description>\n</item>\n");
    }
    return b.append("</channel>\n</rss>\n").toString();
  }

  /** The article's publication time as ISO 8601: its day alone ({@code 2020-08-25}) when that is all the corpus knows. */
  private static String datetime(DemoArticle a) {
    return a.dayOnly() ? a.published().toString().substring(0, 10) : a.published().toString();
  }

  String article(DemoArticle a) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(a.title())).append(" - Wikinews, the free news source</title>\n")
        .append("<link rel=\"canonical\" href=\"").append(escape(a.url())).append("\">\n")
        .append("<meta property=\"og:title\" content=\"").append(escape(a.title())).append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"Wikinews\">\n")
        .append("<meta property=\"og:type\" content=\"article\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(datetime(a)).append("\">\n")
        .append("<meta name=\"author\" content=\"").append(escape(a.author())).append("\">\n")
        .append("</head><body>").append(header())
        .append("<div class=\"layout\"><nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\"><a href=\"/\">Main page</a> \u203a ")
        .append(escape(a.section())).append("</nav>\n<main id=\"content\"><article>\n")
        .append("<h1 class=\"firstHeading\">").append(escape(a.title())).append("</h1>\n")
        .append("<p class=\"dateline\"><time datetime=\"").append(datetime(a)).append("\">")
        .append(DATELINE.format(a.published())).append("</time></p>\n<div class=\"share\">Share this: ")
        .append("<a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <a href=\"#\">Email</a></div>\n<div class=\"article-body\">\n");
    for (String p : a.paragraphs()) b.append("<p>").append(escape(p)).append("</p>\n");
    b.append("</div>\n<div class=\"opinion\"><p>Have an opinion on this story? <a href=\"#\">Share it!</a></p></div>\n")
        .append("</article></main>\n<aside class=\"related\"><h2>Related news</h2><ul>");
    related(a).forEach(r -> b.append("<li><a href=\"").append(r.path()).append("\">").append(escape(r.title())).append("</a></li>"));
    return b.append("</ul></aside></div>").append(footer(a)).append("</body></html>").toString();
  }

  String notFound() {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found - Wikinews</title></head><body>"
        + header() + "<main><h1>Page not found</h1><p>There is no page at this address.</p></main>" + footer(null) + "</body></html>";
  }

  private List<DemoArticle> related(DemoArticle a) {
    return corpus.articles().stream().filter(o -> o.section().equals(a.section()) && !o.url().equals(a.url())).limit(5).toList();
  }

  private static String header() {
    return "<header class=\"site-header\"><a class=\"logo\" href=\"/\">Wikinews</a><nav class=\"main-nav\"><ul>"
        + "<li><a href=\"/\">Main page</a></li><li><a href=\"/feeds/world.xml\">World</a></li>"
        + "<li><a href=\"/feeds/science.xml\">Science</a></li><li><a href=\"/feeds/culture.xml\">Culture</a></li>"
        + "</ul></nav><form role=\"search\"><input name=\"search\" placeholder=\"Search Wikinews\"></form></header>\n";
  }

  private static String footer(DemoArticle a) {
    StringBuilder b = new StringBuilder("<footer class=\"site-footer\">");
    if (a != null) {
      b.append("<p class=\"attribution\">Source: Wikinews, \u201c").append(escape(a.title())).append("\u201d, <a href=\"")
          .append(escape(a.url())).append("\">").append(escape(a.url())).append("</a>. Text licensed under <a href=\"")
          .append(DemoCorpus.LICENSE_URL).append("\">CC BY 2.5</a>.</p>");
    }
    return b.append("<p>").append(escape(DemoCorpus.ATTRIBUTION)).append("</p><p><a href=\"#\">Privacy policy</a> \u00b7 ")
        .append("<a href=\"#\">About Wikinews</a> \u00b7 <a href=\"#\">Disclaimers</a></p></footer>").toString();
  }
}
