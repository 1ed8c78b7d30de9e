package newsdesk.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A namespace-resolved element of a feed document, built by {@link XmlTreeReader} from either a
 * strict or a lenient parse, so that the format readers work the same on broken documents.
 * {@link #base()} is the element's effective xml:base (already resolved against its ancestors and
 * the document URL).
 */
final class XmlElement {
  /** One attribute; {@code ns} is "" for unqualified attributes. */
  record Attribute(String ns, String prefix, String local, String value) {
    String qualifiedName() {
      return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }
  }

  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  String ns;
  final String prefix;
  final String local;
  final List<Attribute> attributes = new ArrayList<>();
  /** Children in order: {@link XmlElement} or {@link String} (text, CDATA already unwrapped). */
  final List<Object> children = new ArrayList<>();
  /** Namespace declarations made on this element, prefix ("" for default) to URI, in order. */
  final List<String[]> namespaceDeclarations = new ArrayList<>();
  XmlElement parent;
  URI base;
  String lang;

  XmlElement(String ns, String prefix, String local) {
    this.ns = ns == null ? "" : ns;
    this.prefix = prefix == null ? "" : prefix;
    this.local = local;
  }

  String qualifiedName() {
    return prefix.isEmpty() ? local : prefix + ":" + local;
  }

  URI base() {
    return base;
  }

  boolean is(String namespace, String name) {
    return ns.equals(namespace) && local.equals(name);
  }

  /** The attribute without namespace named {@code name}, or null. */
  String attr(String name) {
    for (Attribute a : attributes) if (a.ns().isEmpty() && a.local().equals(name)) return a.value();
    return null;
  }

  String attr(String namespace, String name) {
    for (Attribute a : attributes) if (a.ns().equals(namespace) && a.local().equals(name)) return a.value();
    return null;
  }

  List<XmlElement> elements() {
    List<XmlElement> out = new ArrayList<>();
    for (Object c : children) if (c instanceof XmlElement e) out.add(e);
    return out;
  }

  boolean hasElementChildren() {
    for (Object c : children) if (c instanceof XmlElement) return true;
    return false;
  }

  /** All descendant text in document order. */
  String text() {
    StringBuilder sb = new StringBuilder();
    appendText(sb);
    return sb.toString();
  }

  private void appendText(StringBuilder sb) {
    for (Object c : children) {
      if (c instanceof String s) sb.append(s);
      else ((XmlElement) c).appendText(sb);
    }
  }
}
