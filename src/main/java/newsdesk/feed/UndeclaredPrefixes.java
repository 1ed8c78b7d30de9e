package newsdesk.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * Prefixes used without a declaration ({@code <dc:creator>} in a feed that never declares
 * {@code xmlns:dc}, common in the wild): which prefix a strict StAX parse failed on, and the
 * document with that prefix declared on its root element, so that a second strict parse reads it
 * whole. {@link XmlTreeReader} does this before it falls back to the forgiving parser.
 */
final class UndeclaredPrefixes {
  private static final Pattern ELEMENT_PREFIX_UNBOUND = Pattern.compile("#ElementPrefixUnbound\\?([^&]+)&(\\S+)");
  private static final Pattern ATTRIBUTE_PREFIX_UNBOUND = Pattern.compile("#AttributePrefixUnbound\\?([^&]+)&([^&]+)&(\\S+)");

  private UndeclaredPrefixes() {}

  /** The prefix a strict parse failed on for want of a declaration, or null when it failed otherwise. */
  static String prefixOf(Exception failure) {
    String message = failure.getMessage();
    if (!(failure instanceof XMLStreamException) || message == null) return null;
    Matcher element = ELEMENT_PREFIX_UNBOUND.matcher(message);
    if (element.find()) return element.group(1);
    Matcher attribute = ATTRIBUTE_PREFIX_UNBOUND.matcher(message);
    return attribute.find() ? attribute.group(3) : null;
  }

  /**
   * {@code text} with {@code xmlns:prefix} declared on its root element: the prefix's well-known
   * namespace ({@link Ns#wellKnownPrefix}), else one of its own ({@link Ns#UNDECLARED}, read as no
   * namespace). Null when the root cannot be found or already declares the prefix.
   */
  static String declareOnRoot(String text, String prefix) {
    if (!prefix.matches("[A-Za-z_][\\w.-]*") || prefix.equalsIgnoreCase("xml") || prefix.equalsIgnoreCase("xmlns")) return null;
    int start = rootStart(text);
    if (start < 0) return null;
    int nameEnd = start + 1;
    while (nameEnd < text.length() && !Character.isWhitespace(text.charAt(nameEnd)) && text.charAt(nameEnd) != '>'
        && text.charAt(nameEnd) != '/') nameEnd++;
    int tagEnd = text.indexOf('>', nameEnd);
    if (tagEnd < 0 || text.substring(nameEnd, tagEnd).contains("xmlns:" + prefix + "=")) return null;
    String uri = Ns.wellKnownPrefix(prefix);
    if (uri.isEmpty()) uri = Ns.UNDECLARED + prefix;
    return text.substring(0, nameEnd) + " xmlns:" + prefix + "=\"" + uri + "\"" + text.substring(nameEnd);
  }

  /** Where the root element's start tag begins, after the prolog (declaration, comments, PIs, doctype); -1 if none. */
  private static int rootStart(String text) {
    int i = 0;
    while (true) {
      i = text.indexOf('<', i);
      if (i < 0 || i + 1 >= text.length()) return -1;
      if (text.startsWith("<?", i)) {
        i = text.indexOf("?>", i);
        if (i < 0) return -1;
      } else if (text.startsWith("<!--", i)) {
        i = text.indexOf("-->", i);
        if (i < 0) return -1;
      } else if (text.startsWith("<!", i)) {
        int subset = text.indexOf('[', i);
        int close = text.indexOf('>', i);
        if (subset >= 0 && subset < close) {
          int subsetEnd = text.indexOf(']', subset);
          close = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
        }
        if (close < 0) return -1;
        i = close;
      } else {
        return i;
      }
      i++;
    }
  }

  /** {@code reason} (a StAX error) in words when it is an unbound prefix, which StAX reports as a spec URL with arguments. */
  static String readable(String reason) {
    Matcher element = ELEMENT_PREFIX_UNBOUND.matcher(reason);
    if (element.find()) return "the namespace prefix of <" + element.group(2) + "> is not declared";
    Matcher attribute = ATTRIBUTE_PREFIX_UNBOUND.matcher(reason);
    if (attribute.find()) {
      return "the namespace prefix of attribute " + attribute.group(2) + " of <" + attribute.group(1) + "> is not declared";
    }
    return reason;
  }
}
