package newsdesk.feed;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Text-level repairs that turn most broken feeds into well-formed XML: XML declarations that are
 * not at the start are dropped, the DOCTYPE of the prolog is removed (its internal entities with
 * literal values are kept and expanded here, nothing else), HTML named entities become character
 * references, and a bare or unknown {@code &} is escaped. Characters XML forbids are removed.
 *
 * <p>Built for hostile input: every scan is linear in the text (no regex is retried at each
 * occurrence of an unclosed {@code <!DOCTYPE} or {@code <?xml}), and declared entities expand to at
 * most {@link #expansionBudget} characters in all (a small document cannot become a huge one, the
 * "billion laughs" of one level: one large entity referenced many times); references past the
 * budget are kept as written ({@code &name;} as text) and reported as damage.
 */
final class XmlRepair {
  /** The repaired text and what the repairs had to give up (null when nothing was lost). */
  record Repaired(String text, String damage) {}

  /** An entity declaration with a literal value: a character reference or text without {@code &}. */
  private static final Pattern SAFE_ENTITY = Pattern.compile("<!ENTITY\\s+([\\w.-]+)\\s+\"(&#\\w+;|[^&\"]*)\"\\s*>");
  private static final Pattern AMPERSAND =
      Pattern.compile("&(?:#[xX]([0-9a-fA-F]{1,6});|#([0-9]{1,7});|([A-Za-z][A-Za-z0-9._-]*);)?");
  private static final Pattern INVALID_XML_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

  /** Characters declared entities may always expand to, whatever the document's length. */
  static final int MIN_EXPANSION_BUDGET = 1 << 16;
  /** Characters declared entities may expand to at most (8 MB of chars), whatever the document's length. */
  static final int MAX_EXPANSION_BUDGET = 1 << 22;
  /** The budget as a multiple of the document's length: real feeds use entities for short strings. */
  private static final int EXPANSION_FACTOR = 4;

  /**
   * Entities whose XHTML 1.0 value (the entity sets XML-era feeds were written against) differs
   * from the HTML5 one jsoup knows.
   */
  private static final Map<String, String> XHTML1_VALUES = Map.of("lang", "&#9001;", "rang", "&#9002;");

  private XmlRepair() {}

  /**
   * Characters the declared entities of a document of {@code length} characters may expand to in
   * all: {@value #EXPANSION_FACTOR} times its length, at least {@link #MIN_EXPANSION_BUDGET}, at most
   * {@link #MAX_EXPANSION_BUDGET}.
   */
  static int expansionBudget(int length) {
    return (int) Math.min(MAX_EXPANSION_BUDGET, Math.max(MIN_EXPANSION_BUDGET, (long) EXPANSION_FACTOR * length));
  }

  static Repaired repair(String text) {
    int budget = expansionBudget(text.length()); // of the document as it came, DOCTYPE included
    Map<String, String> declared = new HashMap<>();
    int[] doctype = Prolog.doctype(text);
    if (doctype != null) {
      Matcher ent = SAFE_ENTITY.matcher(text.substring(doctype[0], doctype[1]));
      while (ent.find()) declared.put(ent.group(1), ent.group(2));
      text = text.substring(0, doctype[0]) + text.substring(doctype[1]);
    }
    text = Prolog.withoutXmlDeclarations(text);
    text = INVALID_XML_CHARS.matcher(text).replaceAll("");
    return new Ampersands(declared, budget).fix(text);
  }

  /** Rewrites every {@code &} of one document, spending one expansion budget. */
  private static final class Ampersands {
    private final Map<String, String> declared;
    private long budget;
    private int kept;
    private String firstKept;

    Ampersands(Map<String, String> declared, long budget) {
      this.declared = declared;
      this.budget = budget;
    }

    Repaired fix(String text) {
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
          sb.append(entity(m.group(3)));
        } else {
          sb.append("&amp;");
        }
      }
      sb.append(text, last, text.length());
      String damage = kept == 0 ? null : "internal entity expansion stopped at its limit: " + kept
          + (kept == 1 ? " reference" : " references") + " (the first &" + firstKept + ";) kept as written";
      return new Repaired(sb.toString(), damage);
    }

    private String entity(String name) {
      switch (name) {
        case "amp", "lt", "gt", "quot", "apos" -> {
          return "&" + name + ";";
        }
        default -> { }
      }
      String xhtml1 = XHTML1_VALUES.get(name);
      if (xhtml1 != null) return xhtml1;
      String value = declared.get(name);
      if (value != null) {
        String expanded = value.startsWith("&#") ? value : escape(value);
        if (expanded.length() <= budget) {
          budget -= expanded.length();
          return expanded;
        }
        // Past the budget the reference stays as the author wrote it, visibly, as text.
        if (kept++ == 0) firstKept = name;
        return "&amp;" + name + ";";
      }
      if (Entities.isNamedEntity(name)) {
        String chars = Entities.getByName(name);
        StringBuilder sb = new StringBuilder();
        chars.codePoints().forEach(cp -> sb.append("&#").append(cp).append(';'));
        return sb.toString();
      }
      return "&amp;" + name + ";";
    }
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
