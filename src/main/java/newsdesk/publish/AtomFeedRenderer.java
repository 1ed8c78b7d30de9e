package newsdesk.publish;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an {@link OutputFeed} as Atom 1.0 (RFC 4287): the feed has id, title, updated, a self and
 * an alternate link; every entry has id, title, updated, an author, an alternate link, a plain
 * summary and an HTML content built from escaped text, and {@code xml:lang} when its language is known.
 * Every text and attribute written goes through {@link #xmlSafe}: one control character in one
 * scraped article must not make the whole feed unreadable.
 */
public final class AtomFeedRenderer {
  public static final String MEDIA_TYPE = "application/atom+xml";
  private static final String NS = "http://www.w3.org/2005/Atom";
  private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

  public String render(OutputFeed feed) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = factory.createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(NS);
      element(x, "id", feed.id());
      element(x, "title", feed.title());
      element(x, "updated", feed.updated().toString());
      link(x, "self", feed.feedUrl(), MEDIA_TYPE);
      link(x, "alternate", feed.homeUrl(), "text/html");
      x.writeStartElement("generator");
      x.writeCharacters("newsdesk");
      x.writeEndElement();
      for (OutputFeed.Item item : feed.items()) entry(x, item);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write Atom feed " + feed.id(), e);
    }
    return out + "\n";
  }

  private static void entry(XMLStreamWriter x, OutputFeed.Item item) throws XMLStreamException {
    x.writeCharacters("\n");
    x.writeStartElement("entry");
    if (item.language() != null) x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", xmlSafe(item.language()));
    element(x, "id", item.id());
    element(x, "title", item.title());
    element(x, "updated", item.updated().toString());
    if (item.published() != null) element(x, "published", item.published().toString());
    for (String author : item.authors()) {
      x.writeStartElement("author");
      element(x, "name", author);
      x.writeEndElement();
    }
    link(x, "alternate", item.url(), "text/html");
    if (!item.text().isEmpty()) element(x, "summary", item.text());
    if (!item.html().isEmpty()) {
      x.writeStartElement("content");
      x.writeAttribute("type", "html");
      x.writeCharacters(xmlSafe(item.html()));
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(xmlSafe(text));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    if (href == null) return;
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", xmlSafe(href));
  }

  /** Drops characters XML 1.0 cannot carry (control characters, U+FFFE/U+FFFF, lone surrogates). */
  static String xmlSafe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(b::appendCodePoint);
    return b.toString();
  }
}
