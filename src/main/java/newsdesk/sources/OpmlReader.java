package newsdesk.sources;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the subscriptions of an OPML 1.0 or 2.0 file: every {@code outline} with an
 * {@code xmlUrl}, filed under the titles of the outlines around it. No DTD or external entity is
 * read. An outline with an unusable URL, or with no xmlUrl and no outlines inside (not a folder), is
 * reported and skipped; the others still count.
 */
public final class OpmlReader {
  /** The subscriptions found and what was wrong with the outlines that were skipped. */
  public record Result(List<OpmlOutline> outlines, List<String> problems) {}

  /** An outline whose end tag is still to come: whether it is a folder is known only then. */
  private static final class OpenOutline {
    final String title;
    final boolean withoutXmlUrl;
    final int line;
    boolean holdsOutlines;

    OpenOutline(String title, boolean withoutXmlUrl, int line) {
      this.title = title;
      this.withoutXmlUrl = withoutXmlUrl;
      this.line = line;
    }
  }

  public Result read(byte[] bytes, String name) throws OpmlException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    List<OpmlOutline> outlines = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Deque<String> folders = new ArrayDeque<>();
    Deque<OpenOutline> open = new ArrayDeque<>();
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      boolean root = true;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          if (root) {
            if (!element.equalsIgnoreCase("opml")) {
              throw new OpmlException(name + " is not an OPML file: its root element is <" + element + ">, not <opml>", null);
            }
            root = false;
          } else if (element.equalsIgnoreCase("outline")) {
            String title = firstNonBlank(attribute(xml, "title"), attribute(xml, "text"));
            String xmlUrl = attribute(xml, "xmlUrl");
            if (xmlUrl != null && xmlUrl.isBlank()) xmlUrl = null;
            if (xmlUrl != null) {
              add(outlines, problems, title, xmlUrl, attribute(xml, "htmlUrl"), attribute(xml, "type"), folders, xml);
            }
            if (!open.isEmpty()) open.peek().holdsOutlines = true;
            open.push(new OpenOutline(title, xmlUrl == null, xml.getLocation().getLineNumber()));
            folders.push(xmlUrl == null && title != null ? title : "");
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equalsIgnoreCase("outline")) {
          folders.pop();
          OpenOutline closed = open.pop();
          // An outline holding others is a folder; one holding none and no xmlUrl is a subscription
          // the file cannot give (a site without a feed): said, so that the user can look for its feed.
          if (closed.withoutXmlUrl && !closed.holdsOutlines) {
            problems.add("line " + closed.line + ": " + (closed.title == null ? "an outline without title or text"
                : "outline '" + closed.title + "'") + " has no xmlUrl");
          }
        }
      }
      if (root) throw new OpmlException(name + " is empty: no <opml> element", null);
    } catch (XMLStreamException e) {
      var at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
      throw new OpmlException(name + " is not well-formed XML" + where + ": " + shortMessage(e), e);
    }
    if (outlines.isEmpty()) {
      String more = problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")";
      throw new OpmlException(name + " has no usable subscription: no <outline> with an xmlUrl" + more, null);
    }
    return new Result(List.copyOf(outlines), List.copyOf(problems));
  }

  private static void add(List<OpmlOutline> outlines, List<String> problems, String title, String xmlUrl, String htmlUrl,
      String type, Deque<String> folders, XMLStreamReader xml) {
    String url = xmlUrl.strip();
    String line = "line " + xml.getLocation().getLineNumber();
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        problems.add(line + ": xmlUrl '" + url + "' is not an http(s) URL");
        return;
      }
    } catch (IllegalArgumentException e) {
      problems.add(line + ": xmlUrl '" + url + "' is not a valid URL");
      return;
    }
    List<String> path = new ArrayList<>();
    folders.descendingIterator().forEachRemaining(f -> { if (!f.isEmpty()) path.add(f); });
    String kind = type != null && type.strip().equalsIgnoreCase("sitemap") ? "sitemap" : "rss";
    outlines.add(new OpmlOutline(title, url, htmlUrl == null || htmlUrl.isBlank() ? null : htmlUrl.strip(), kind,
        path.isEmpty() ? null : String.join(" / ", path)));
  }

  private static String attribute(XMLStreamReader xml, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equalsIgnoreCase(name)) return xml.getAttributeValue(i);
    }
    return null;
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) return a.strip();
    return b != null && !b.isBlank() ? b.strip() : null;
  }

  private static String shortMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
  }
}
