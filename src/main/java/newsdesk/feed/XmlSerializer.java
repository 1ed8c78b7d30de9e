package newsdesk.feed;

/** Serializes inline markup (Atom xhtml content, naked HTML in RSS) back to text for the sanitizer. */
final class XmlSerializer {
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String MATHML = "http://www.w3.org/1998/Math/MathML";

  private XmlSerializer() {}

  /** The children of {@code e} as markup. */
  static String inner(XmlElement e) {
    StringBuilder sb = new StringBuilder();
    for (Object c : e.children) write(c, sb);
    return sb.toString();
  }

  private static void write(Object node, StringBuilder sb) {
    if (node instanceof String s) {
      HtmlSanitizer.escape(s, sb, false);
      return;
    }
    XmlElement e = (XmlElement) node;
    boolean svgOrMath = e.ns.equals(SVG) || e.ns.equals(MATHML);
    String name = e.ns.equals(Ns.XHTML) || e.ns.isEmpty() || svgOrMath ? e.local : e.qualifiedName();
    sb.append('<').append(name);
    for (XmlElement.Attribute a : e.attributes) {
      sb.append(' ').append(a.qualifiedName()).append("=\"");
      HtmlSanitizer.escape(a.value(), sb, true);
      sb.append('"');
    }
    for (String[] d : e.namespaceDeclarations) {
      if (d[1].equals(Ns.XHTML)) continue;
      sb.append(' ').append(d[0].isEmpty() ? "xmlns" : "xmlns:" + d[0]).append("=\"");
      HtmlSanitizer.escape(d[1], sb, true);
      sb.append('"');
    }
    if (e.children.isEmpty() && HtmlSanitizer.VOID.contains(name)) {
      sb.append(" />");
      return;
    }
    sb.append('>');
    for (Object c : e.children) write(c, sb);
    sb.append("</").append(name).append('>');
  }
}
