package newsdesk.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.fetch.Urls;

/**
 * Namespaced elements that any format may carry (Dublin Core, DC terms, RSS content module,
 * XHTML body, iTunes author, Atom links inside RSS), mapped onto the common model.
 */
final class CommonElements {
  /** An e-mail address (any TLD length, or a bracketed IPv4 literal), with an optional ?subject=. */
  private static final Pattern EMAIL = Pattern.compile(
      "[a-zA-Z0-9_\\-.+]+@(?:\\[[0-9]{1,3}(?:\\.[0-9]{1,3}){3}]|(?:[a-zA-Z0-9\\-]+\\.)+[a-zA-Z]{2,63}\\b)(?:\\?subject=\\S+)?");

  private static final int MAX_AUTHOR_CHARS = 1000;

  private CommonElements() {}

  static void feedExtension(XmlElement e, FeedBuilder feed, FeedDates dates) {
    switch (e.ns) {
      case Ns.DC -> {
        switch (e.local) {
          case "title" -> { if (feed.title == null) feed.title = text(e); }
          case "description" -> { if (feed.subtitle == null) feed.subtitle = text(e); }
          case "rights" -> { if (feed.rights == null) feed.rights = text(e); }
          case "creator", "author" -> feed.authors.add(personFromText(e.text()));
          case "contributor" -> feed.contributors.add(personFromText(e.text()));
          case "publisher" -> { }
          case "subject" -> feed.addTag(new Category(e.text().strip(), null, null));
          case "date" -> { if (feed.updated == null) feed.updated = dates.parse(e.text()); }
          case "language" -> { if (feed.language == null) feed.language = e.text().strip(); }
          case "identifier" -> { if (feed.id == null) feed.id = e.text().strip(); }
          default -> { }
        }
      }
      case Ns.DCTERMS -> {
        switch (e.local) {
          case "modified" -> feed.updated = dates.parse(e.text());
          case "issued" -> feed.published = dates.parse(e.text());
          case "created" -> { if (feed.published == null) feed.published = dates.parse(e.text()); }
          default -> { }
        }
      }
      case Ns.ATOM10, Ns.ATOM03 -> {
        if (e.local.equals("link")) {
          FeedLink l = AtomReader.link(e);
          feed.links.add(l);
          if (l.rel().equals("alternate") && feed.link == null) feed.link = l.href();
        }
      }
      case Ns.ITUNES -> {
        switch (e.local) {
          case "author" -> { if (feed.authors.isEmpty()) feed.authors.add(personFromText(e.text())); }
          case "image", "link" -> {
            String href = e.attr("href") != null ? e.attr("href") : e.attr("url");
            if (href != null && feed.image == null && (e.local.equals("image") || "image".equals(e.attr("rel")))) {
              feed.image = new FeedImage(Urls.resolve(e.base, href), null, null, null, null, null);
            }
          }
          case "category" -> itunesCategories(e, feed.tags);
          case "keywords" -> keywords(e.text(), feed.tags);
          case "subtitle" -> { if (feed.subtitle == null) feed.subtitle = text(e); }
          case "summary" -> { if (feed.subtitle == null) feed.subtitle = text(e); }
          default -> { }
        }
      }
      default -> { }
    }
  }

  static void entryExtension(XmlElement e, EntryBuilder entry, ContentReader content, FeedDates dates) {
    switch (e.ns) {
      case Ns.DC -> {
        switch (e.local) {
          case "title" -> { if (entry.title == null) entry.title = content.rss(e, TextConstruct.PLAIN); }
          case "description" -> { if (entry.summary == null) entry.summary = content.rss(e, TextConstruct.HTML); }
          case "rights" -> { if (entry.rights == null) entry.rights = text(e); }
          case "creator", "author" -> entry.authors.add(personFromText(e.text()));
          case "contributor" -> entry.contributors.add(personFromText(e.text()));
          case "subject" -> entry.addTag(new Category(e.text().strip(), null, null));
          case "date" -> { if (entry.updated == null) entry.updated(dates, e.text()); }
          case "identifier" -> { if (entry.id == null) entry.id = e.text().strip(); }
          default -> { }
        }
      }
      case Ns.DCTERMS -> {
        switch (e.local) {
          case "modified" -> entry.updated(dates, e.text());
          case "issued" -> entry.published(dates, e.text());
          case "created" -> entry.created = dates.parse(e.text());
          default -> { }
        }
      }
      case Ns.CONTENT -> {
        if (e.local.equals("encoded")) entry.contents.add(content.rss(e, TextConstruct.HTML));
      }
      case Ns.XHTML -> {
        if (e.local.equals("body") || e.local.equals("div")) entry.contents.add(htmlBody(e, content));
      }
      case Ns.ATOM10, Ns.ATOM03 -> {
        // Atom elements borrowed by RSS items fill what the RSS elements left empty.
        switch (e.local) {
          case "link" -> {
            FeedLink l = AtomReader.link(e);
            entry.links.add(l);
            if (l.rel().equals("enclosure")) entry.enclosures.add(new Enclosure(l.href(), l.type(), l.length()));
            if (l.rel().equals("alternate") && entry.link == null) entry.link = l.href();
          }
          case "updated" -> { if (entry.updated == null) entry.updated(dates, e.text()); }
          case "published" -> { if (entry.published == null) entry.published(dates, e.text()); }
          case "id" -> { if (entry.id == null) entry.id = e.text().strip(); }
          case "author" -> {
            if (entry.authors.isEmpty()) {
              String name = null, email = null, uri = null;
              for (XmlElement c : e.elements()) {
                switch (c.local) {
                  case "name" -> name = c.text().strip();
                  case "email" -> email = c.text().strip();
                  case "uri" -> uri = Urls.resolve(c.base, c.text().strip());
                  default -> { }
                }
              }
              if (name != null || email != null || uri != null) entry.authors.add(new Person(name, email, uri));
            }
          }
          default -> { }
        }
      }
      case Ns.ITUNES -> {
        switch (e.local) {
          case "author" -> { if (entry.authors.isEmpty()) entry.authors.add(personFromText(e.text())); }
          case "category" -> itunesCategories(e, entry.tags);
          case "keywords" -> keywords(e.text(), entry.tags);
          case "summary", "subtitle" -> { if (entry.summary == null) entry.summary = text(e); }
          default -> { }
        }
      }
      case Ns.MEDIA -> media(e, entry, content);
      default -> { }
    }
  }

  private static final String ITUNES_SCHEME = "http://www.itunes.com/";
  private static final String MEDIA_CATEGORY_SCHEME = "http://search.yahoo.com/mrss/category_schema";

  private static void itunesCategories(XmlElement e, java.util.List<Category> tags) {
    String text = e.attr("text");
    if (text != null && !text.isBlank()) addTag(tags, new Category(text.strip(), ITUNES_SCHEME, null));
    for (XmlElement c : e.elements()) if (c.local.equals("category")) itunesCategories(c, tags);
  }

  private static void keywords(String text, java.util.List<Category> tags) {
    for (String k : text.split(",")) if (!k.isBlank()) addTag(tags, new Category(k.strip(), ITUNES_SCHEME, null));
  }

  static void addTag(java.util.List<Category> tags, Category c) {
    if (c.term() != null && !c.term().isEmpty() && !tags.contains(c)) tags.add(c);
  }

  private static void media(XmlElement e, EntryBuilder entry, ContentReader content) {
    switch (e.local) {
      case "group" -> {
        for (XmlElement c : e.elements()) if (c.ns.equals(Ns.MEDIA)) media(c, entry, content);
      }
      case "category" -> {
        String scheme = e.attr("scheme");
        entry.addTag(new Category(e.text().strip(), scheme == null ? MEDIA_CATEGORY_SCHEME : scheme, e.attr("label")));
      }
      case "title" -> { if (entry.title == null) entry.title = mediaText(e, content); }
      case "description" -> { if (entry.summary == null) entry.summary = mediaText(e, content); }
      case "content" -> {
        String url = e.attr("url");
        if (url != null) {
          entry.enclosures.add(new Enclosure(Urls.resolve(e.base, url), e.attr("type"), e.attr("fileSize")));
        }
        for (XmlElement c : e.elements()) if (c.ns.equals(Ns.MEDIA)) media(c, entry, content);
      }
      default -> { }
    }
  }

  private static TextConstruct mediaText(XmlElement e, ContentReader content) {
    return "html".equalsIgnoreCase(e.attr("type")) ? content.rss(e, TextConstruct.HTML)
        : new TextConstruct(e.text().strip(), TextConstruct.PLAIN);
  }

  private static TextConstruct htmlBody(XmlElement e, ContentReader content) {
    XmlElement wrapper = new XmlElement(Ns.NONE, "", "wrapper");
    wrapper.base = e.base;
    wrapper.children.addAll(e.children);
    TextConstruct t = content.rss(wrapper, TextConstruct.HTML);
    return new TextConstruct(t.value(), TextConstruct.XHTML);
  }

  private static TextConstruct text(XmlElement e) {
    return new TextConstruct(e.text().strip(), TextConstruct.PLAIN);
  }

  /** A person from free text such as {@code "Jane Doe (jane@example.com)"} or {@code "jane@example.com"}. */
  static Person personFromText(String raw) {
    String author = raw.strip();
    String email = null;
    // The address search is quadratic in the worst case; a real author line is short.
    Matcher m = EMAIL.matcher(author.length() <= MAX_AUTHOR_CHARS ? author : "");
    if (m.find()) {
      email = m.group(0);
      author = author.replace(email, "").replace("()", "").replace("<>", "").replace("&lt;&gt;", "").strip();
      if (author.startsWith("(")) author = author.substring(1);
      if (author.endsWith(")")) author = author.substring(0, author.length() - 1);
      author = author.strip();
    }
    return new Person(author.isEmpty() ? null : author, email, null);
  }
}
