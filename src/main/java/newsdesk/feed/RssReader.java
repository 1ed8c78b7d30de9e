package newsdesk.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsdesk.fetch.Urls;

/**
 * Reads the RSS family: RSS 0.90, 0.91 (Netscape and UserLand), 0.92-0.94, 2.0 and RSS 1.0 (RDF),
 * plus the Dublin Core, content and Atom elements they commonly carry.
 */
final class RssReader {
  private final ContentReader content;
  private final FeedDates dates;

  RssReader(ContentReader content, FeedDates dates) {
    this.content = content;
    this.dates = dates;
  }

  /** Reads {@code root} ({@code rss}, {@code rdf:RDF} or a bare {@code channel}). */
  void read(XmlElement root, FeedBuilder feed, boolean netscapeDoctype) {
    feed.format = version(root, netscapeDoctype);
    XmlElement channel = null;
    List<XmlElement> items = new ArrayList<>();
    if (root.local.equals("channel")) channel = root;
    for (XmlElement e : root.elements()) {
      if (!Ns.isRss(e.ns)) continue;
      if (e.local.equals("channel") && channel == null) channel = e;
      else if (e.local.equals("item")) items.add(e);
      else if (e.local.equals("image") && feed.image == null) feed.image = image(e);
    }
    if (channel != null) {
      feed.language = AtomReader.language(channel.lang != null ? channel.lang : root.lang);
      readChannel(channel, feed);
      for (XmlElement e : channel.elements()) if (e.local.equals("item") && Ns.isRss(e.ns)) items.add(e);
    } else {
      feed.language = AtomReader.language(root.lang);
    }
    for (XmlElement item : items) feed.entries.add(item(item));
  }

  private static String version(XmlElement root, boolean netscapeDoctype) {
    if (root.local.equals("RDF")) {
      boolean rss090 = root.elements().stream().anyMatch(e -> e.ns.equals(Ns.RSS090))
          || root.namespaceDeclarations.stream().anyMatch(d -> Ns.canonical(d[1]).equals(Ns.RSS090));
      return rss090 ? "rss090" : "rss10";
    }
    if (root.ns.equals(Ns.RSS10)) return "rss10";
    if (root.ns.equals(Ns.RSS090)) return "rss090";
    String v = root.attr("version");
    if (v == null) return "rss";
    v = v.strip();
    if (v.startsWith("0.91")) return netscapeDoctype ? "rss091n" : "rss091u";
    if (v.startsWith("0.92")) return "rss092";
    if (v.startsWith("0.93")) return "rss093";
    if (v.startsWith("0.94")) return "rss094";
    if (v.startsWith("0.90") || v.equals("0.9")) return "rss090";
    if (v.startsWith("2.")) return "rss20";
    if (v.startsWith("1.")) return "rss10";
    return "rss";
  }

  private void readChannel(XmlElement channel, FeedBuilder feed) {
    for (XmlElement e : channel.elements()) {
      if (!Ns.isRss(e.ns)) {
        CommonElements.feedExtension(e, feed, dates);
        continue;
      }
      switch (e.local.toLowerCase(Locale.ROOT)) {
        case "title" -> feed.title = content.rss(e, TextConstruct.PLAIN);
        case "link" -> {
          String href = Urls.resolve(e.base, e.text().strip());
          if (feed.link == null) feed.link = href;
          feed.links.add(new FeedLink(href, "alternate", "text/html", null, null, null));
        }
        case "description" -> feed.subtitle = content.rss(e, TextConstruct.HTML);
        case "language" -> feed.language = AtomReader.language(e.text());
        case "copyright" -> feed.rights = content.rss(e, TextConstruct.PLAIN);
        case "managingeditor", "author" -> feed.authors.add(CommonElements.personFromText(e.text()));
        case "pubdate" -> feed.published = dates.parse(e.text());
        case "lastbuilddate" -> feed.updated = dates.parse(e.text());
        case "category" -> feed.addTag(new Category(e.text().strip(), e.attr("domain"), null));
        case "generator" -> feed.generator = new Generator(e.text().strip(), null, null);
        case "image" -> { if (feed.image == null || feed.image.title() == null) feed.image = image(e); }
        default -> { }
      }
    }
  }

  private FeedImage image(XmlElement e) {
    String url = null, title = null, link = null, description = null;
    Integer width = null, height = null;
    for (XmlElement c : e.elements()) {
      String v = c.text().strip();
      switch (c.local) {
        case "url" -> url = Urls.resolve(c.base, v);
        case "title" -> title = v;
        case "link" -> link = Urls.resolve(c.base, v);
        case "description" -> description = v;
        case "width" -> width = integer(v);
        case "height" -> height = integer(v);
        default -> { }
      }
    }
    if (url == null && e.attr(Ns.RDF, "resource") != null) url = Urls.resolve(e.base, e.attr(Ns.RDF, "resource"));
    return new FeedImage(url, title, link, width, height, description);
  }

  private static Integer integer(String v) {
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private FeedEntry item(XmlElement item) {
    EntryBuilder entry = new EntryBuilder();
    String guid = null;
    boolean guidIsPermalink = false;
    for (XmlElement e : item.elements()) {
      if (!Ns.isRss(e.ns)) {
        CommonElements.entryExtension(e, entry, content, dates);
        continue;
      }
      String v = e.text().strip();
      switch (e.local.toLowerCase(Locale.ROOT)) {
        case "title" -> entry.title = content.rss(e, TextConstruct.PLAIN);
        case "link" -> {
          String href = Urls.resolve(e.base, v);
          if (entry.link == null) entry.link = href;
          entry.links.add(new FeedLink(href, "alternate", "text/html", null, null, null));
        }
        case "description", "summary" -> {
          // The first of the two is the summary; a second one is the full text.
          if (entry.summary == null) entry.summary = content.rss(e, TextConstruct.HTML);
          else entry.contents.add(content.rss(e, TextConstruct.HTML));
        }
        case "body" -> entry.contents.add(content.rss(e, TextConstruct.HTML));
        case "fullitem" -> entry.contents.add(content.rss(e, TextConstruct.HTML));
        case "tags" -> { for (String t : v.split(",")) entry.addTag(new Category(t.strip(), null, null)); }
        case "guid" -> {
          // An empty guid is no identity (as "" every such item would be one entry) and no link.
          if (v.isEmpty()) continue;
          String pl = e.attr("isPermaLink");
          guidIsPermalink = pl == null || pl.strip().equalsIgnoreCase("true");
          guid = guidIsPermalink ? Urls.resolve(e.base, v) : v;
        }
        case "author" -> entry.authors.add(CommonElements.personFromText(e.text()));
        case "pubdate" -> entry.published(dates, e.text());
        case "category" -> entry.addTag(new Category(v, e.attr("domain"), null));
        case "enclosure" -> {
          String url = e.attr("url") == null ? null : Urls.resolve(e.base, e.attr("url"));
          entry.enclosures.add(new Enclosure(url, e.attr("type"), e.attr("length")));
          entry.links.add(new FeedLink(url, "enclosure", e.attr("type"), null, null, e.attr("length")));
        }
        case "comments" -> entry.comments = Urls.resolve(e.base, v);
        case "source" -> {
          String url = e.attr("url") == null ? null : Urls.resolve(e.base, e.attr("url"));
          List<FeedLink> links = url == null ? List.of() : List.of(new FeedLink(url, "self", null, null, null, null));
          entry.source = new FeedSource(null, new TextConstruct(v, TextConstruct.PLAIN), null, null, url, links,
              null, null, null, null, null, null, null);
        }
        default -> { }
      }
    }
    if (guid != null) entry.id = guid;
    if (!Urls.isSafeLink(entry.link) && guid != null && guidIsPermalink) {
      entry.link = guid;
      entry.links.add(new FeedLink(guid, "alternate", "text/html", null, null, null));
    }
    if (entry.id == null && item.attr(Ns.RDF, "about") != null) entry.id = item.attr(Ns.RDF, "about").strip();
    return entry.build();
  }
}
