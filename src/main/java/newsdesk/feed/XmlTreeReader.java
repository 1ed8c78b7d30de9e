package newsdesk.feed;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import newsdesk.fetch.Urls;

/**
 * Builds an {@link XmlElement} tree from decoded document text: strictly with StAX first, then, if
 * the document is not well-formed, leniently ({@link XmlRepair} fixes entities and declarations,
 * then StAX again, declaring on the root any prefix used without a declaration, then jsoup's
 * forgiving XML parser, which closes whatever is left open). Only what the forgiving parser had
 * to guess at is damage, and entity references the repairs kept unexpanded (past their budget):
 * other repaired entities and undeclared prefixes lose nothing.
 *
 * <p>XXE-safe: StAX runs with DTD support and external entities switched off, so no DTD or
 * external entity is ever fetched or expanded; internal entity declarations are honoured only by
 * {@link XmlRepair}, and only for literal values.
 */
final class XmlTreeReader {
  /**
   * The parse outcome: the root (null for a document without elements), whether it was well-formed,
   * and, when only the forgiving reader could read it, what was wrong (else null).
   */
  record Result(XmlElement root, boolean wellFormed, String damage) {}

  /** How far from the end the root's end tag is looked for. */
  private static final int TAIL = 8192;
  /** Undeclared prefixes declared before a document counts as not well-formed (each costs one more parse). */
  private static final int MAX_UNDECLARED_PREFIXES = 16;

  /** A new StAX factory per document: factories are not specified to be thread-safe. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  Result read(String text, URI documentBase) {
    try {
      return new Result(finish(strict(text), documentBase), true, null);
    } catch (XMLStreamException | RuntimeException e) {
      // fall through to the lenient readers
    }
    XmlRepair.Repaired repair = XmlRepair.repair(text);
    String repaired = repair.text();
    String repairDamage = repair.damage();
    Exception failure;
    try {
      // Text-level repairs sufficed: nothing of the document was lost unless the repairs say so.
      return new Result(finish(strict(repaired), documentBase), false, repairDamage);
    } catch (XMLStreamException | RuntimeException e) {
      failure = e;
    }
    // Prefixes used without a declaration (dc:, media:, common in the wild) lose nothing either:
    // each is declared on the root, with its usual namespace when it is a well-known one.
    for (int i = 0; i < MAX_UNDECLARED_PREFIXES; i++) {
      String prefix = UndeclaredPrefixes.prefixOf(failure);
      String declared = prefix == null ? null : UndeclaredPrefixes.declareOnRoot(repaired, prefix);
      if (declared == null) break;
      repaired = declared;
      try {
        return new Result(finish(strict(repaired), documentBase), false, repairDamage);
      } catch (XMLStreamException | RuntimeException e) {
        failure = e;
      }
    }
    XmlElement root = finish(lenient(repaired), documentBase);
    if (root == null) return new Result(null, false, null);
    String damage = damage(repaired, root, failure);
    return new Result(root, false, repairDamage == null ? damage : damage + "; " + repairDamage);
  }

  /**
   * What made the document unreadable for a strict parser, in one sentence for a user: "truncated"
   * when the document stops before its root element's end tag (a cut download, a full disk on the
   * publisher's side), else the XML error with its position.
   */
  static String damage(String text, XmlElement root, Exception strictFailure) {
    if (!closesRoot(text, root.qualifiedName())) {
      return "truncated: the document ends before its <" + root.qualifiedName() + "> element is closed";
    }
    StringBuilder sb = new StringBuilder("not well-formed XML");
    if (strictFailure instanceof XMLStreamException x && x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
      sb.append(" at line ").append(x.getLocation().getLineNumber()).append(", column ").append(x.getLocation().getColumnNumber());
    }
    String message = strictFailure.getMessage();
    if (message != null) {
      int at = message.lastIndexOf("Message: ");
      String reason = UndeclaredPrefixes.readable((at >= 0 ? message.substring(at + 9) : message).strip());
      if (!reason.isEmpty()) sb.append(" (").append(reason).append(')');
    }
    return sb.toString();
  }

  /**
   * True when the end of the text holds the end tag {@code </qname>}: a document whose last
   * {@value #TAIL} characters do not close the root was cut. What follows the end tag (junk after
   * the document) is a well-formedness error, not a cut.
   */
  private static boolean closesRoot(String text, String qname) {
    String tail = text.length() > TAIL ? text.substring(text.length() - TAIL) : text;
    return Pattern.compile("</\\s*" + Pattern.quote(qname) + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(tail).find();
  }

  private static XmlElement strict(String text) throws XMLStreamException {
    XMLStreamReader r = factory().createXMLStreamReader(new StringReader(text));
    try {
      Deque<XmlElement> stack = new ArrayDeque<>();
      XmlElement root = null;
      while (r.hasNext()) {
        int ev = r.next();
        switch (ev) {
          case XMLStreamConstants.START_ELEMENT -> {
            XmlElement e = new XmlElement(r.getNamespaceURI(), r.getPrefix(), r.getLocalName());
            for (int i = 0; i < r.getNamespaceCount(); i++) {
              String p = r.getNamespacePrefix(i);
              e.namespaceDeclarations.add(new String[] {p == null ? "" : p, r.getNamespaceURI(i)});
            }
            for (int i = 0; i < r.getAttributeCount(); i++) {
              String ans = r.getAttributeNamespace(i);
              e.attributes.add(new XmlElement.Attribute(ans == null ? "" : ans, r.getAttributePrefix(i),
                  r.getAttributeLocalName(i), r.getAttributeValue(i)));
            }
            if (stack.isEmpty()) root = e;
            else attach(stack.peek(), e);
            stack.push(e);
          }
          case XMLStreamConstants.END_ELEMENT -> stack.pop();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!stack.isEmpty()) stack.peek().children.add(Mojibake.repair(r.getText()));
          }
          default -> { }
        }
      }
      return root;
    } finally {
      r.close();
    }
  }

  private static void attach(XmlElement parent, XmlElement child) {
    child.parent = parent;
    parent.children.add(child);
  }

  private static XmlElement lenient(String text) {
    org.jsoup.nodes.Document doc = Parser.xmlParser().setTrackPosition(true).parseInput(text, "");
    for (Node n : doc.childNodes()) {
      if (n instanceof org.jsoup.nodes.Element el) {
        org.jsoup.nodes.Element cut = closesRoot(text, el.tagName()) ? null : lastEntryLeftOpen(doc);
        return convert(el, null, NamespaceScope.ROOT, cut);
      }
    }
    return null;
  }

  /**
   * In a cut document, the last item or entry when the cut fell inside it (no end tag): what it
   * holds stops mid-way (a link of "http://12", half a summary), and stored half it would stand,
   * under its id, for the whole entry that the next complete download brings. So it is left out.
   * Null when the last one was closed.
   */
  private static org.jsoup.nodes.Element lastEntryLeftOpen(org.jsoup.nodes.Document doc) {
    org.jsoup.select.Elements all = doc.getAllElements();
    for (int i = all.size() - 1; i >= 0; i--) {
      String local = split(all.get(i).tagName())[1];
      if (local.equals("item") || local.equals("entry")) {
        return all.get(i).endSourceRange().isImplicit() ? all.get(i) : null;
      }
    }
    return null;
  }

  private static XmlElement convert(org.jsoup.nodes.Element el, XmlElement parent, NamespaceScope scope,
      org.jsoup.nodes.Element cut) {
    NamespaceScope here = scope;
    for (org.jsoup.nodes.Attribute a : el.attributes()) {
      String k = a.getKey();
      if (k.equals("xmlns")) here = here.with("", a.getValue());
      else if (k.startsWith("xmlns:")) here = here.with(k.substring(6), a.getValue());
    }
    String[] name = split(el.tagName());
    XmlElement e = new XmlElement(here.lookup(name[0]), name[0], name[1]);
    for (org.jsoup.nodes.Attribute a : el.attributes()) {
      String k = a.getKey();
      if (k.equals("xmlns") || k.startsWith("xmlns:")) {
        e.namespaceDeclarations.add(new String[] {k.equals("xmlns") ? "" : k.substring(6), a.getValue()});
        continue;
      }
      String[] an = split(k);
      String ans = an[0].isEmpty() ? "" : an[0].equals("xml") ? XmlElement.XML_NS : here.lookup(an[0]);
      e.attributes.add(new XmlElement.Attribute(ans, an[0], an[1], a.getValue()));
    }
    if (parent != null) attach(entryContainer(parent, e), e);
    for (Node n : el.childNodes()) {
      if (n instanceof TextNode t) e.children.add(Mojibake.repair(t.getWholeText()));
      else if (n instanceof org.jsoup.nodes.Element c && c != cut) convert(c, e, here, cut);
    }
    return e;
  }

  /**
   * Where a leniently read element belongs: an {@code item} or {@code entry} found inside another
   * one (left open by a broken document: {@code <item><title>a<item>...}) becomes its sibling.
   */
  private static XmlElement entryContainer(XmlElement parent, XmlElement e) {
    if (!e.local.equals("item") && !e.local.equals("entry")) return parent;
    for (XmlElement a = parent; a != null; a = a.parent) {
      if (a.local.equals(e.local) && a.parent != null) return a.parent;
    }
    return parent;
  }

  private static String[] split(String qname) {
    int i = qname.indexOf(':');
    return i < 0 ? new String[] {"", qname} : new String[] {qname.substring(0, i), qname.substring(i + 1)};
  }

  /** Resolves xml:base and xml:lang down the tree. */
  private static XmlElement finish(XmlElement root, URI documentBase) {
    if (root != null) inherit(root, documentBase, null);
    return root;
  }

  private static void inherit(XmlElement e, URI base, String lang) {
    e.ns = Ns.canonical(e.ns);
    String xmlBase = e.attr(XmlElement.XML_NS, "base");
    URI resolved = xmlBase == null ? null : Urls.resolveUri(base, xmlBase.strip());
    e.base = resolved == null ? base : resolved;
    String xmlLang = e.attr(XmlElement.XML_NS, "lang");
    e.lang = xmlLang == null ? lang : xmlLang;
    for (Object c : e.children) if (c instanceof XmlElement child) inherit(child, e.base, e.lang);
  }

  /** An immutable chain of prefix bindings for the lenient reader. */
  private record NamespaceScope(String prefix, String uri, NamespaceScope outer) {
    static final NamespaceScope ROOT = new NamespaceScope("xml", XmlElement.XML_NS, null);

    NamespaceScope with(String p, String u) {
      return new NamespaceScope(p, u, this);
    }

    String lookup(String p) {
      for (NamespaceScope s = this; s != null; s = s.outer) if (s.prefix.equals(p)) return s.uri;
      return Ns.wellKnownPrefix(p);
    }
  }
}
