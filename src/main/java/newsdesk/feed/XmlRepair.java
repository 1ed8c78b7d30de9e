package newsdesk.feed;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Text-level repairs that turn most broken feeds into well-formed XML: XML declarations that are
 * not at the start are dropped, the DOCTYPE is removed (its internal entities with literal values
 * are kept and expanded here, nothing else), HTML named entities become character references,
 * and a bare or unknown {@code &} is escaped. Characters XML forbids are removed.
 */
final class XmlRepair {
  private static final Pattern XML_DECLARATION = Pattern.compile("<\\?xml\\b[^>]*\\?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOCTYPE =
      Pattern.compile("<!DOCTYPE\\b(?:[^\\[>]*\\[.*?\\]\\s*>|[^>]*>)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** An entity declaration with a literal value: a character reference or text without {@code &}. */
  private static final Pattern SAFE_ENTITY = Pattern.compile("<!ENTITY\\s+([\\w.-]+)\\s+\"(&#\\w+;|[^&\"]*)\"\\s*>");
  private static final Pattern AMPERSAND =
      Pattern.compile("&(?:#[xX]([0-9a-fA-F]{1,6});|#([0-9]{1,7});|([A-Za-z][A-Za-z0-9._-]*);)?");
  private static final Pattern INVALID_XML_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  /**
   * Entities whose XHTML 1.0 value (the entity sets XML-era feeds were written against) differs
   * from the HTML5 one jsoup knows.
   */
  private static final Map<String, String> XHTML1_VALUES = Map.of("lang", "&#9001;", "rang", "&#9002;");

  private XmlRepair() {}

  static String repair(String text) {
    Map<String, String> declared = new HashMap<>();
    Matcher d = DOCTYPE.matcher(text);
    if (d.find()) {
      Matcher ent = SAFE_ENTITY.matcher(d.group());
      while (ent.find()) declared.put(ent.group(1), ent.group(2));
      text = text.substring(0, d.start()) + text.substring(d.end());
    }
    text = XML_DECLARATION.matcher(text).replaceAll("");
    text = INVALID_XML_CHARS.matcher(text).replaceAll("");
    return fixAmpersands(text, declared);
  }

  private static String fixAmpersands(String text, Map<String, String> declared) {
    Matcher m = AMPERSAND.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int last = 0;
    while (m.find()) {
      sb.append(text, last, m.start());
      last = m.end();
      if (m.group(1) != null || m.group(2) != null) {
        int cp = parseCodePoint(m.group(1) != null ? m.group(1) : m.group(2), m.group(1) != null ? 16 : 10);
        if (isXmlChar(cp)) sb.append(m.group());
        else sb.append("&amp;").append(m.group(), 1, m.group().length());
      } else if (m.group(3) != null) {
        sb.append(entity(m.group(3), declared));
      } else {
        sb.append("&amp;");
      }
    }
    return sb.append(text, last, text.length()).toString();
  }

  private static String entity(String name, Map<String, String> declared) {
    switch (name) {
      case "amp", "lt", "gt", "quot", "apos" -> {
        return "&" + name + ";";
      }
      default -> { }
    }
    String xhtml1 = XHTML1_VALUES.get(name);
    if (xhtml1 != null) return xhtml1;
    String value = declared.get(name);
    if (value != null) return value.startsWith("&#") ? value : escape(value);
    if (Entities.isNamedEntity(name)) {
      String chars = Entities.getByName(name);
      StringBuilder sb = new StringBuilder();
      chars.codePoints().forEach(cp -> sb.append("&#").append(cp).append(';'));
      return sb.toString();
    }
    return "&amp;" + name + ";";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;");
  }

  private static int parseCodePoint(String digits, int radix) {
    try {
      return Integer.parseInt(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static boolean isXmlChar(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
