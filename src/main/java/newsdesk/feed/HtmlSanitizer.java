package newsdesk.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import newsdesk.fetch.Urls;

/**
 * Makes untrusted HTML (feed titles, summaries, content) safe to show, keeping safe markup.
 *
 * <p>An allow-list sanitizer: the HTML is parsed as a fragment (HTML5 rules, so it sees what a
 * browser sees), then re-serialized keeping only allowed elements and attributes
 * ({@code sanitizer.txt}). Script-like elements ({@code script}, {@code style}, {@code iframe},
 * {@code object}, {@code embed}...) are dropped with their content; any other element that is not
 * allowed is dropped but its content kept; {@code <form>} and form-submission attributes are
 * removed; event handlers ({@code on*}) never pass; URL attributes are resolved against the base
 * and emptied when their scheme is not safe ({@code javascript:}, {@code data:}, {@code vbscript:});
 * {@code style} keeps only allowed CSS properties with plain values and no {@code url()}; MathML
 * and SVG are kept inside {@code <math>} and {@code <svg>}. Comments are dropped.
 * Instances are immutable and thread-safe.
 */
public final class HtmlSanitizer {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String MATHML_NS = "http://www.w3.org/1998/Math/MathML";
  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
  static final Set<String> VOID = Set.of(
      "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
      "source", "track", "wbr");
  private static final Pattern END_BR = Pattern.compile("(?i)</br\\s*>");
  /** Raw-text elements whose text is markup a non-HTML5 reader would show; sanitized as a fragment. */
  private static final Set<String> RAW_TEXT_FALLBACK = Set.of("iframe", "noembed", "noframes", "xmp");
  private static final int MAX_NESTED_FRAGMENTS = 4;
  private static final int MAX_STYLE_CHARS = 2000;
  private static final Pattern CSS_URL = Pattern.compile("url\\s*\\(\\s*[^\\s)]+?\\s*\\)\\s*");
  private static final Pattern CSS_GAUNTLET =
      Pattern.compile("^([:,;#%.\\sa-zA-Z0-9!]|\\w-\\w|'[\\s\\w]+'|\"[\\s\\w]+\"|\\([\\d,\\s]+\\))*$");
  private static final Pattern CSS_DECLARATION = Pattern.compile("\\s*[-\\w]+\\s*:\\s*[^:;]*;?");
  private static final Pattern CSS_PAIR = Pattern.compile("([-\\w]+)\\s*:\\s*([^:;]*)");
  private static final Pattern CSS_VALUE =
      Pattern.compile("^(#[0-9a-f]+|rgb\\(\\d+%?,\\d*%?,?\\d*%?\\)?|\\d{0,2}\\.?\\d{0,2}(cm|em|ex|in|mm|pc|pt|px|%|,|\\))?)$");

  private final Map<String, Set<String>> lists;
  private final Map<String, String> svgElementCase = new HashMap<>();
  private final Map<String, String> svgAttributeCase = new HashMap<>();

  public HtmlSanitizer() {
    lists = loadLists();
    for (String e : lists.get("svg-elements")) svgElementCase.put(e.toLowerCase(Locale.ROOT), e);
    for (String a : lists.get("svg-attributes")) svgAttributeCase.put(a.toLowerCase(Locale.ROOT), a);
  }

  /**
   * Sanitizes {@code html}.
   *
   * @param html an HTML fragment (null is treated as empty)
   * @param base the URI relative URLs are resolved against, or null to leave them relative
   * @return safe HTML, trimmed; "" for no input
   */
  public String sanitize(String html, URI base) {
    if (html == null || html.isBlank()) return "";
    StringBuilder out = new StringBuilder(html.length());
    writeFragment(html, out, base, 0);
    return out.toString().strip().replace("\r\n", "\n");
  }

  /** {@link #sanitize(String, URI)} without a base: relative URLs stay relative. */
  public String sanitize(String html) {
    return sanitize(html, null);
  }

  private void writeFragment(String html, StringBuilder out, URI base, int depth) {
    // "</br>" is read as a second line break by HTML5 parsers; feeds that write it mean one.
    Element body = Jsoup.parseBodyFragment(END_BR.matcher(html).replaceAll("")).body();
    for (Node n : body.childNodes()) write(n, out, base, Mode.HTML, depth);
  }

  private enum Mode { HTML, SVG, MATHML }

  private void write(Node node, StringBuilder out, URI base, Mode mode, int depth) {
    if (node instanceof TextNode t) {
      escape(t.getWholeText(), out, false);
      return;
    }
    if (node instanceof DataNode) return;
    if (!(node instanceof Element el)) return;
    String tag = el.normalName();
    if (RAW_TEXT_FALLBACK.contains(tag)) {
      if (depth < MAX_NESTED_FRAGMENTS) writeFragment(el.data() + el.wholeText(), out, base, depth + 1);
      return;
    }
    if (lists.get("drop-with-content").contains(tag) && mode == Mode.HTML) return;
    Mode inner = mode;
    if (tag.equals("svg")) inner = Mode.SVG;
    else if (tag.equals("math")) inner = Mode.MATHML;
    String name;
    Set<String> allowedAttributes;
    switch (inner) {
      case SVG -> {
        name = svgElementCase.get(tag);
        allowedAttributes = lists.get("svg-attributes-lower");
        if (name == null && lists.get("html-elements").contains(tag)) {
          name = tag;
          allowedAttributes = lists.get("html-attributes");
        }
      }
      case MATHML -> {
        name = lists.get("mathml-elements").contains(tag) ? tag : null;
        allowedAttributes = lists.get("mathml-attributes");
        if (name == null && lists.get("html-elements").contains(tag)) {
          name = tag;
          allowedAttributes = lists.get("html-attributes");
        }
      }
      default -> {
        name = lists.get("html-elements").contains(tag) ? tag : null;
        allowedAttributes = lists.get("html-attributes");
      }
    }
    if (name == null) {
      if (lists.get("drop-with-content").contains(tag)) return;
      for (Node c : el.childNodes()) write(c, out, base, inner, depth);
      return;
    }
    out.append('<').append(name);
    boolean hasXmlns = false, hasXlink = false, needsXlink = false;
    for (Attribute a : el.attributes()) {
      String key = a.getKey().toLowerCase(Locale.ROOT);
      if (!allowedAttributes.contains(key)) continue;
      String value = a.getValue();
      if (key.equals("style")) {
        value = sanitizeStyle(value, inner == Mode.SVG);
        if (value.isEmpty()) continue;
      } else if (lists.get("url-attributes").contains(key)) {
        value = Urls.resolveSafe(base, value);
      }
      if (inner == Mode.SVG) key = svgAttributeCase.getOrDefault(key, key);
      if (key.equals("xmlns")) hasXmlns = true;
      if (key.equals("xmlns:xlink")) hasXlink = true;
      if (key.startsWith("xlink:")) needsXlink = true;
      out.append(' ').append(key).append("=\"");
      escape(value, out, true);
      out.append('"');
    }
    if (mode == Mode.HTML && inner != Mode.HTML && !hasXmlns) {
      out.append(" xmlns=\"").append(inner == Mode.SVG ? SVG_NS : MATHML_NS).append('"');
    }
    if (needsXlink && !hasXlink) out.append(" xmlns:xlink=\"").append(XLINK_NS).append('"');
    if (VOID.contains(name) && el.childNodeSize() == 0) {
      out.append(" />");
      return;
    }
    out.append('>');
    for (Node c : el.childNodes()) write(c, out, base, inner, depth);
    out.append("</").append(name).append('>');
  }

  /** The HTML element names this sanitizer keeps. */
  Set<String> allowedElements() {
    return lists.get("html-elements");
  }

  /** The declarations of {@code style} that are allowed, or "" (feedparser's CSS gauntlet). */
  String sanitizeStyle(String style, boolean svg) {
    // The gauntlet regex recurses per character; no legitimate inline style is this long.
    if (style.length() > MAX_STYLE_CHARS) return "";
    String s = CSS_URL.matcher(style).replaceAll(" ");
    if (!CSS_GAUNTLET.matcher(s).matches()) return "";
    if (!CSS_DECLARATION.matcher(s).replaceAll("").strip().isEmpty()) return "";
    StringBuilder clean = new StringBuilder();
    Matcher m = CSS_PAIR.matcher(s);
    while (m.find()) {
      String prop = m.group(1), value = m.group(2);
      if (value.isEmpty()) continue;
      String lower = prop.toLowerCase(Locale.ROOT);
      boolean ok;
      if (lists.get("css-properties").contains(lower)) {
        ok = true;
      } else if (List.of("background", "border", "margin", "padding").contains(lower.split("-")[0])) {
        ok = true;
        for (String keyword : value.strip().split("\\s+")) {
          if (!lists.get("css-keywords").contains(keyword) && !CSS_VALUE.matcher(keyword).matches()) {
            ok = false;
            break;
          }
        }
      } else {
        ok = svg && lists.get("svg-css-properties").contains(lower);
      }
      if (ok) {
        if (!clean.isEmpty()) clean.append(' ');
        clean.append(prop).append(": ").append(value).append(';');
      }
    }
    return clean.toString();
  }

  static void escape(String s, StringBuilder out, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
  }

  private static Map<String, Set<String>> loadLists() {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = HtmlSanitizer.class.getResourceAsStream("sanitizer.txt")) {
      if (in == null) throw new IllegalStateException("missing resource newsdesk/feed/sanitizer.txt");
      Set<String> current = null;
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) continue;
        if (l.startsWith("[")) {
          current = new HashSet<>();
          out.put(l.substring(1, l.length() - 1), current);
        } else if (current != null) {
          current.addAll(List.of(l.split("\\s+")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> lower = new HashSet<>();
    for (String a : out.get("svg-attributes")) lower.add(a.toLowerCase(Locale.ROOT));
    out.put("svg-attributes-lower", lower);
    return Map.copyOf(out);
  }
}
