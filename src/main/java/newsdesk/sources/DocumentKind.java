package newsdesk.sources;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a fetched document is, judged from its first bytes (the root element) and its Content-Type. */
public enum DocumentKind {
  FEED, SITEMAP, HTML, UNKNOWN;

  private static final Pattern ROOT = Pattern.compile(
      "\\A(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)*<([A-Za-z_][\\w:.-]*)",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  /** Classifies {@code body}; {@code contentType} may be null. */
  public static DocumentKind of(byte[] body, String contentType) {
    int skip = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
    String head = new String(body, skip, Math.min(body.length - skip, 4096), StandardCharsets.ISO_8859_1);
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String trimmed = head.stripLeading();
    if (trimmed.startsWith("{")) return trimmed.contains("jsonfeed.org/version") ? FEED : UNKNOWN;
    Matcher m = ROOT.matcher(head);
    if (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String local = name.substring(name.indexOf(':') + 1);
      switch (local) {
        case "rss", "rdf", "feed", "channel" -> { return FEED; }
        case "urlset", "sitemapindex" -> { return SITEMAP; }
        case "html" -> { return HTML; }
        default -> { }
      }
    }
    return type.contains("html") ? HTML : UNKNOWN;
  }
}
