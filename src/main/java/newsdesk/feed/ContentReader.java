package newsdesk.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import newsdesk.fetch.Urls;

/**
 * Turns a text-bearing element into a {@link TextConstruct}: works out its type (Atom's
 * {@code type}/{@code mode}, or a guess for RSS, where text that looks like HTML is HTML), takes
 * its value (escaped text, inline XHTML or base64), and sanitizes HTML with relative URLs resolved
 * against the element's xml:base.
 */
final class ContentReader {
  private static final Pattern CLOSE_TAG = Pattern.compile("</(\\w+)>");
  private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
  private static final Pattern ANY_TAG = Pattern.compile("</?(\\w+)");
  private static final Pattern NAMED_ENTITY = Pattern.compile("&(\\w+);");

  private final HtmlSanitizer sanitizer;
  private final java.util.Set<String> htmlElements;

  ContentReader(HtmlSanitizer sanitizer, java.util.Set<String> htmlElements) {
    this.sanitizer = sanitizer;
    this.htmlElements = htmlElements;
  }

  /** An Atom text construct or content element. */
  TextConstruct atom(XmlElement e, boolean atom03) {
    String type = e.attr("type");
    String mode = e.attr("mode");
    String t = type == null ? (atom03 && e.hasElementChildren() ? TextConstruct.XHTML : TextConstruct.PLAIN)
        : type.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "text", "" -> t = TextConstruct.PLAIN;
      case "html" -> t = TextConstruct.HTML;
      case "xhtml" -> t = TextConstruct.XHTML;
      default -> { }
    }
    String src = e.attr("src") == null ? null : Urls.resolve(e.base, e.attr("src"));
    String value;
    boolean base64 = "base64".equalsIgnoreCase(mode)
        || (mode == null && !atom03 && !isTextual(t) && !e.hasElementChildren() && type != null);
    if (base64) {
      value = decodeBase64(e.text());
    } else if (e.hasElementChildren() && (t.endsWith("xml") || t.equals(TextConstruct.XHTML) || "xml".equalsIgnoreCase(mode)
        || t.equals(TextConstruct.HTML))) {
      // Atom 1.0 wraps XHTML in a div that is not part of the content; Atom 0.3 has no such rule.
      XmlElement body = atom03 ? e : unwrapDiv(e);
      // type="html" around a div holding escaped markup: the escaped text is the HTML.
      value = t.equals(TextConstruct.HTML) && !body.hasElementChildren() ? body.text() : XmlSerializer.inner(body);
      if (t.equals(TextConstruct.PLAIN)) t = TextConstruct.XHTML;
    } else {
      value = e.text();
    }
    return finish(value, t, e, src);
  }

  /** An RSS-family element whose natural type is {@code defaultType}. */
  TextConstruct rss(XmlElement e, String defaultType) {
    String type = defaultType;
    String value;
    if (e.hasElementChildren()) {
      value = XmlSerializer.inner(unwrapDiv(e));
      type = TextConstruct.HTML;
    } else {
      value = e.text();
      if (type.equals(TextConstruct.PLAIN) && looksLikeHtml(value)) type = TextConstruct.HTML;
    }
    return finish(value, type, e, null);
  }

  /** A value from JSON Feed (no element, base given). */
  TextConstruct html(String value, java.net.URI base) {
    return new TextConstruct(sanitizer.sanitize(value, base), TextConstruct.HTML);
  }

  private TextConstruct finish(String value, String type, XmlElement e, String src) {
    if (type.equals(TextConstruct.HTML) || type.equals(TextConstruct.XHTML) || type.endsWith("html")) {
      return new TextConstruct(sanitizer.sanitize(value, e.base), type, src);
    }
    return new TextConstruct(type.equals(TextConstruct.PLAIN) ? value.strip() : value, type, src);
  }

  private static boolean isTextual(String t) {
    return t.startsWith("text/") || t.endsWith("+xml") || t.endsWith("/xml") || t.equals(TextConstruct.XHTML);
  }

  private static XmlElement unwrapDiv(XmlElement e) {
    var kids = e.elements();
    if (kids.size() == 1 && kids.get(0).local.equals("div") && kids.get(0).ns.equals(Ns.XHTML)
        && e.text().strip().equals(kids.get(0).text().strip())) {
      return kids.get(0);
    }
    return e;
  }

  boolean looksLikeHtml(String s) {
    if (!CLOSE_TAG.matcher(s).find() && !ENTITY.matcher(s).find()) return false;
    Matcher tags = ANY_TAG.matcher(s);
    while (tags.find()) if (!htmlElements.contains(tags.group(1).toLowerCase(Locale.ROOT))) return false;
    Matcher ents = NAMED_ENTITY.matcher(s);
    while (ents.find()) if (!Entities.isNamedEntity(ents.group(1))) return false;
    return true;
  }

  private static String decodeBase64(String text) {
    try {
      return new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
