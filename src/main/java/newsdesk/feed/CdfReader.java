package newsdesk.feed;

import java.util.Locale;
import newsdesk.fetch.Urls;

/** Reads Microsoft's Channel Definition Format ({@code <CHANNEL HREF>} with {@code <ITEM>}s), feedparser's "cdf". */
final class CdfReader {
  private final FeedDates dates;

  CdfReader(FeedDates dates) {
    this.dates = dates;
  }

  void read(XmlElement channel, FeedBuilder feed) {
    feed.format = "cdf";
    String href = attr(channel, "href");
    if (href != null) {
      feed.link = Urls.resolve(channel.base, href);
      feed.links.add(new FeedLink(feed.link, "alternate", "text/html", null, null, null));
    }
    String lastmod = attr(channel, "lastmod");
    if (lastmod != null) feed.updated = dates.parse(lastmod);
    for (XmlElement e : channel.elements()) {
      switch (e.local.toLowerCase(Locale.ROOT)) {
        case "title" -> feed.title = new TextConstruct(e.text().strip(), TextConstruct.PLAIN);
        case "abstract" -> feed.subtitle = new TextConstruct(e.text().strip(), TextConstruct.PLAIN);
        case "item" -> feed.entries.add(item(e));
        default -> { }
      }
    }
  }

  private FeedEntry item(XmlElement item) {
    EntryBuilder entry = new EntryBuilder();
    String href = attr(item, "href");
    if (href != null) {
      entry.link = Urls.resolve(item.base, href);
      entry.links.add(new FeedLink(entry.link, "alternate", "text/html", null, null, null));
    }
    String lastmod = attr(item, "lastmod");
    if (lastmod != null) entry.updated(dates, lastmod);
    for (XmlElement e : item.elements()) {
      switch (e.local.toLowerCase(Locale.ROOT)) {
        case "title" -> entry.title = new TextConstruct(e.text().strip(), TextConstruct.PLAIN);
        case "abstract" -> entry.summary = new TextConstruct(e.text().strip(), TextConstruct.PLAIN);
        default -> { }
      }
    }
    return entry.build();
  }

  private static String attr(XmlElement e, String name) {
    for (XmlElement.Attribute a : e.attributes) if (a.local().equalsIgnoreCase(name)) return a.value();
    return null;
  }
}
