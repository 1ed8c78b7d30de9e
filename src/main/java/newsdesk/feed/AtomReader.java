package newsdesk.feed;

import newsdesk.fetch.Urls;


/** Reads Atom 1.0 and Atom 0.3 documents (RFC 4287 and the 0.3 draft) from an {@link XmlElement} tree. */
final class AtomReader {
  private final ContentReader content;
  private final FeedDates dates;

  AtomReader(ContentReader content, FeedDates dates) {
    this.content = content;
    this.dates = dates;
  }

  void read(XmlElement root, FeedBuilder feed) {
    String version = root.attr("version");
    boolean atom03 = root.ns.equals(Ns.ATOM03) || (!root.ns.equals(Ns.ATOM10) && version != null && version.startsWith("0."));
    feed.format = root.ns.equals(Ns.ATOM10) ? "atom10" : root.ns.equals(Ns.ATOM03) ? "atom03" : "atom";
    feed.language = language(root.lang);
    String ns = root.ns;
    readHead(root, feed, atom03, ns);
    for (XmlElement e : root.elements()) {
      if ((e.local.equals("entry") || e.local.equals("item")) && isAtom(e, ns)) feed.entries.add(entry(e, atom03, ns));
    }
  }

  /** The feed-level elements, shared by {@code feed} and an entry's {@code source}. */
  void readHead(XmlElement head, FeedBuilder feed, boolean atom03, String ns) {
    for (XmlElement e : head.elements()) {
      if (!isAtom(e, ns)) {
        CommonElements.feedExtension(e, feed, dates);
        continue;
      }
      switch (e.local) {
        case "title" -> feed.title = content.atom(e, atom03);
        case "subtitle", "tagline" -> feed.subtitle = content.atom(e, atom03);
        case "rights", "copyright" -> feed.rights = content.atom(e, atom03);
        case "id" -> feed.id = idValue(e);
        case "link" -> {
          FeedLink l = link(e);
          feed.links.add(l);
          if (l.rel().equals("alternate") && feed.link == null) feed.link = l.href();
        }
        case "author" -> feed.authors.add(person(e));
        case "contributor" -> feed.contributors.add(person(e));
        case "category" -> feed.addTag(category(e));
        case "updated", "modified" -> feed.updated = dates.parse(e.text());
        case "published", "issued" -> feed.published = dates.parse(e.text());
        case "generator" -> feed.generator = new Generator(emptyToNull(e.text().strip()),
            e.attr("uri") != null ? Urls.resolve(e.base, e.attr("uri"))
                : e.attr("url") != null ? Urls.resolve(e.base, e.attr("url")) : null,
            e.attr("version"));
        case "icon" -> feed.icon = Urls.resolve(e.base, e.text().strip());
        case "logo" -> feed.logo = Urls.resolve(e.base, e.text().strip());
        default -> { }
      }
    }
  }

  private static boolean isAtom(XmlElement e, String rootNs) {
    return Ns.isAtom(e.ns) || e.ns.equals(rootNs);
  }

  static String language(String lang) {
    return lang == null ? null : lang.strip().replace('_', '-');
  }

  private FeedEntry entry(XmlElement entryElement, boolean atom03, String ns) {
    EntryBuilder entry = new EntryBuilder();
    for (XmlElement e : entryElement.elements()) {
      if (!isAtom(e, ns)) {
        CommonElements.entryExtension(e, entry, content, dates);
        continue;
      }
      switch (e.local) {
        case "title" -> entry.title = content.atom(e, atom03);
        case "summary" -> entry.summary = content.atom(e, atom03);
        case "content" -> entry.contents.add(content.atom(e, atom03));
        case "rights", "copyright" -> entry.rights = content.atom(e, atom03);
        case "id" -> entry.id = idValue(e);
        case "link" -> {
          FeedLink l = link(e);
          entry.links.add(l);
          if (l.rel().equals("alternate") && entry.link == null) entry.link = l.href();
          if (l.rel().equals("enclosure")) entry.enclosures.add(new Enclosure(l.href(), l.type(), l.length()));
        }
        case "author" -> entry.authors.add(person(e));
        case "contributor" -> entry.contributors.add(person(e));
        case "category" -> entry.addTag(category(e));
        case "updated", "modified" -> entry.updated(dates, e.text());
        case "published", "issued" -> entry.published(dates, e.text());
        case "created" -> entry.created = dates.parse(e.text());
        case "source" -> {
          FeedBuilder source = new FeedBuilder();
          readHead(e, source, atom03, ns);
          entry.source = source.buildSource();
        }
        default -> { }
      }
    }
    return entry.build();
  }

  /** The id of {@code e}, or null when empty (resolved, "" would become the document's own address). */
  private static String idValue(XmlElement e) {
    String id = e.text().strip();
    return id.isEmpty() ? null : Urls.resolve(e.base, id);
  }

  static FeedLink link(XmlElement e) {
    String rel = e.attr("rel");
    rel = rel == null || rel.isBlank() ? "alternate" : rel.strip();
    String href = e.attr("href");
    if (href == null) href = e.attr("url");
    if (href == null && !e.text().isBlank()) href = e.text().strip();
    String type = e.attr("type");
    if (type == null && rel.equals("self")) type = "application/atom+xml";
    return new FeedLink(href == null ? null : Urls.resolve(e.base, href), rel, type, e.attr("title"),
        e.attr("hreflang"), e.attr("length"));
  }

  private static Person person(XmlElement e) {
    String name = null, email = null, uri = null;
    for (XmlElement c : e.elements()) {
      switch (c.local) {
        case "name" -> name = c.text().strip();
        case "email" -> email = c.text().strip();
        case "uri", "url", "homepage" -> uri = Urls.resolve(c.base, c.text().strip());
        default -> { }
      }
    }
    if (name == null && email == null && uri == null && !e.text().isBlank()) return CommonElements.personFromText(e.text());
    return new Person(emptyToNull(name), emptyToNull(email), emptyToNull(uri));
  }

  private static Category category(XmlElement e) {
    String term = e.attr("term");
    String scheme = e.attr("scheme");
    return new Category(term, scheme, e.attr("label"));
  }

  static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

}
