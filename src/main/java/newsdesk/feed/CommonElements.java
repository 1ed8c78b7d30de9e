package newsdesk.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Namespaced elements that any format may carry (Dublin Core, DC terms, RSS content module,
 * XHTML body, iTunes author, Atom links inside RSS), mapped onto the common model.
 */
final class CommonElements {
  private static final Pattern EMAIL = Pattern.compile(
      "(([a-zA-Z0-9_\\-.+]+)@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.)|(([a-zA-Z0-9\\-]+\\.)+))([a-zA-Z]{2,4}|[0-9]{1,3})(]?))(\\?subject=\\S+)?");

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
          case "subject" -> feed.tags.add(new Category(e.text().strip(), null, null));
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
        }
      }
      case Ns.ITUNES -> {
        if (e.local.equals("author") && feed.authors.isEmpty()) feed.authors.add(personFromText(e.text()));
        if (e.local.equals("image") && feed.image == null && e.attr("href") != null) {
          feed.image = new FeedImage(Urls.resolve(e.base, e.attr("href")), null, null, null, null, null);
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
          case "subject" -> entry.tags.add(new Category(e.text().strip(), null, null));
          case "date" -> { if (entry.updated == null) entry.updated = dates.parse(e.text()); }
          case "identifier" -> { if (entry.id == null) entry.id = e.text().strip(); }
          default -> { }
        }
      }
      case Ns.DCTERMS -> {
        switch (e.local) {
          case "modified" -> entry.updated = dates.parse(e.text());
          case "issued" -> entry.published = dates.parse(e.text());
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
        if (e.local.equals("link")) {
          FeedLink l = AtomReader.link(e);
          entry.links.add(l);
          if (l.rel().equals("enclosure")) entry.enclosures.add(new Enclosure(l.href(), l.type(), l.length()));
        }
      }
      case Ns.ITUNES -> {
        if (e.local.equals("author") && entry.authors.isEmpty()) entry.authors.add(personFromText(e.text()));
      }
      default -> { }
    }
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
    Matcher m = EMAIL.matcher(author);
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
