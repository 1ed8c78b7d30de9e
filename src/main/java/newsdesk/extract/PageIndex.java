package newsdesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What metadata extraction reads from a document, gathered in one walk: {@code <meta>} contents
 * by property/name/itemprop (first wins), {@code http-equiv} values, {@code <link>} targets by
 * rel, JSON-LD scripts, the first {@code <h1>}.
 */
final class PageIndex {
  private final Map<String, String> meta = new HashMap<>();
  private final Map<String, String> httpEquiv = new HashMap<>();
  private final Map<String, String> links = new HashMap<>();
  private final List<Element> jsonLd = new ArrayList<>();
  private final List<Element> metaAuthors = new ArrayList<>();
  private Element h1;
  private Element datePublished;
  private Element firstTime;
  private final List<Element> authorElements = new ArrayList<>();
  private String title;
  private final AuthorMarkers authorMarkers;

  PageIndex(Document doc, AuthorMarkers authorMarkers) {
    this.authorMarkers = authorMarkers;
    NodeTraversor.traverse((NodeVisitor) (Node node, int depth) -> {
      if (node instanceof Element e) visit(e);
    }, doc);
  }

  private void visit(Element e) {
    if (datePublished == null && e.attr("itemprop").equals("datePublished") && !e.normalName().equals("meta")) {
      datePublished = e;
    }
    if (authorElements.size() < 10 && isAuthorElement(e)) authorElements.add(e);
    switch (e.normalName()) {
      case "meta" -> {
        String content = e.attr("content").strip();
        if (content.isEmpty()) return;
        for (String attr : new String[] {"property", "name", "itemprop"}) {
          String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
          if (!key.isEmpty()) meta.putIfAbsent(key, content);
        }
        String equiv = e.attr("http-equiv").strip().toLowerCase(Locale.ROOT);
        if (!equiv.isEmpty()) httpEquiv.putIfAbsent(equiv, content);
        if (!e.attr("name").isEmpty() || !e.attr("property").isEmpty()) metaAuthors.add(e);
      }
      case "link" -> {
        String href = e.attr("href").strip();
        if (href.isEmpty()) return;
        for (String rel : e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!rel.isEmpty()) links.putIfAbsent(rel, href);
        }
      }
      case "script" -> {
        if (e.attr("type").strip().toLowerCase(Locale.ROOT).equals("application/ld+json")) jsonLd.add(e);
      }
      case "title" -> {
        if (title == null && e.parent() != null && !e.parents().is("svg")) title = e.text().strip();
      }
      case "time" -> {
        if (firstTime == null && e.hasAttr("datetime")) firstTime = e;
      }
      case "h1" -> {
        if (h1 == null) h1 = e;
      }
      default -> {
        // not metadata
      }
    }
  }

  /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key}. */
  String meta(String key) {
    return meta.get(key.toLowerCase(Locale.ROOT));
  }

  String httpEquiv(String name) {
    return httpEquiv.get(name.toLowerCase(Locale.ROOT));
  }

  /** The href of the first {@code <link>} with {@code rel} among its rels. */
  String link(String rel) {
    return links.get(rel);
  }

  List<Element> jsonLdScripts() {
    return jsonLd;
  }

  /** Named {@code <meta>} elements in document order (for multi-valued keys such as author). */
  List<Element> namedMeta() {
    return metaAuthors;
  }

  private boolean isAuthorElement(Element e) {
    if (e.normalName().equals("meta") || e.normalName().equals("link")) return false;
    if (e.attr("itemprop").equals("author") || e.attr("rel").equals("author")) return true;
    return authorMarkers.hasAuthorClass(e.className());
  }

  /** The first element (not meta) with {@code itemprop=datePublished}, or null. */
  Element datePublishedElement() {
    return datePublished;
  }

  /** The first {@code <time datetime>}, or null. */
  Element firstTime() {
    return firstTime;
  }

  /** Elements marked as naming the author (itemprop, rel or a class of {@link AuthorMarkers}), first ten. */
  List<Element> authorElements() {
    return authorElements;
  }

  /** The text of the first {@code <title>}, or null. */
  String title() {
    return title == null || title.isEmpty() ? null : title;
  }

  Element firstH1() {
    return h1;
  }
}
