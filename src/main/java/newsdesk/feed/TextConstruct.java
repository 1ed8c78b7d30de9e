package newsdesk.feed;

/**
 * A text-bearing element as the feed gave it: a title, summary, rights statement or content body.
 *
 * @param value the value; sanitized HTML when {@link #containsMarkup()}, otherwise plain text as written
 * @param type  the media type: {@code text/plain}, {@code text/html} or {@code application/xhtml+xml}
 *              (or another type an Atom document declared)
 * @param src   for Atom out-of-line content, the resolved {@code src} URL; otherwise null
 */
public record TextConstruct(String value, String type, String src) {
  public static final String PLAIN = "text/plain";
  public static final String HTML = "text/html";
  public static final String XHTML = "application/xhtml+xml";

  public TextConstruct {
    value = value == null ? "" : value;
    type = type == null ? PLAIN : type;
  }

  public TextConstruct(String value, String type) {
    this(value, type, null);
  }

  /** True when {@link #value()} is (sanitized) markup rather than plain text. */
  public boolean containsMarkup() {
    return type.equals(HTML) || type.equals(XHTML) || type.endsWith("html");
  }

  /** The value as plain text: markup stripped and entities decoded when HTML. */
  public String plainText() {
    return containsMarkup() ? org.jsoup.Jsoup.parseBodyFragment(value).text() : value;
  }
}
