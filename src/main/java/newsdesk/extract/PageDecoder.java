package newsdesk.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the raw bytes of a {@link Page} into text, choosing the charset the way the HTML
 * standard's encoding sniffing does: the byte order mark, then the HTTP {@code Content-Type}
 * charset, then a {@code <meta charset>} / {@code http-equiv} declaration in the first bytes, then
 * statistical detection (juniversalchardet). A declared single-byte Latin charset is overridden
 * when the bytes are valid UTF-8 with multi-byte sequences, the commonest mislabelling on the web;
 * a declared UTF-8 is overridden by detection when the bytes are mostly not UTF-8 (more malformed
 * sequences than well-formed multi-byte ones: a windows-1252 page served as UTF-8), the other.
 *
 * <p>Rejects, with a {@link UnreadablePageException} saying why, input that is empty, larger than
 * the configured limit, binary, or not markup at all.
 */
final class PageDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_TAG = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9-]*|!--|!doctype)");
  private static final int PRESCAN_BYTES = 8192;
  private static final int SNIFF_BYTES = 8192;

  private final long maxBytes;

  PageDecoder(long maxBytes) {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    this.maxBytes = maxBytes;
  }

  /** The page's text, or an exception naming why it cannot be read as HTML. */
  String decode(Page page) throws UnreadablePageException {
    byte[] body = page.body();
    if (body.length == 0) throw new UnreadablePageException("empty page");
    if (body.length > maxBytes) {
      throw new UnreadablePageException(
          String.format(
              Locale.ROOT,
              "page is %.1f MB, over the %.1f MB limit",
              body.length / 1e6,
              maxBytes / 1e6));
    }
    int offset = 0;
    Charset charset = null;
    if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      offset = 3;
    } else if (startsWith(body, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else if (startsWith(body, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    }
    if (charset == null) {
      if (looksBinary(body)) throw new UnreadablePageException("binary content, not HTML");
      charset = declaredCharset(page.contentType(), body).orElseGet(() -> detect(body));
    }
    String text = new String(body, offset, body.length - offset, charset);
    if (!looksLikeMarkup(text)) throw new UnreadablePageException("not HTML: no markup found");
    return text;
  }

  private static boolean startsWith(byte[] body, int... prefix) {
    if (body.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((body[i] & 0xFF) != prefix[i]) return false;
    return true;
  }

  /** NUL bytes or many control characters in the first bytes: an image, archive or executable. */
  private static boolean looksBinary(byte[] body) {
    int n = Math.min(body.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xFF;
      if (b == 0) return true;
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
    }
    return control > n / 20;
  }

  private static boolean looksLikeMarkup(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
    if (text.startsWith("{", start) || text.startsWith("[", start)) return false; // JSON
    if (text.startsWith("%PDF", start)) return false;
    return ANY_TAG.matcher(text).region(start, Math.min(text.length(), start + 65536)).find();
  }

  private Optional<Charset> declaredCharset(String contentType, byte[] body) {
    Optional<Charset> declared = Optional.empty();
    if (contentType != null) {
      Matcher m = HEADER_CHARSET.matcher(contentType);
      if (m.find()) declared = charsetNamed(m.group(1));
    }
    if (declared.isEmpty()) {
      String prescan =
          new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(prescan);
      if (m.find()) declared = charsetNamed(m.group(1));
    }
    // A page labelled Latin-1/ASCII whose bytes are valid multi-byte UTF-8 is UTF-8.
    if (declared.isPresent() && isSingleByteLatin(declared.get()) && isMultiByteUtf8(body)) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    // A page labelled UTF-8 whose bytes are mostly not UTF-8 would decode to U+FFFD: detect it.
    // A few stray bytes in a UTF-8 page do not count against its many well-formed characters.
    if (declared.isPresent() && declared.get().equals(StandardCharsets.UTF_8) && mostlyNotUtf8(body)) {
      return Optional.of(detectLegacy(body));
    }
    return declared;
  }

  private static Optional<Charset> charsetNamed(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    // The HTML standard maps these labels to windows-1252, a superset that browsers use.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    if (n.equals("utf8")) n = "utf-8";
    // A page that declares UTF-16 in an ASCII-compatible meta tag is in fact not UTF-16.
    if (n.startsWith("utf-16")) n = "utf-8";
    try {
      return Charset.isSupported(n) ? Optional.of(Charset.forName(n)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isSingleByteLatin(Charset c) {
    String n = c.name().toLowerCase(Locale.ROOT);
    return n.equals("windows-1252") || n.equals("iso-8859-1") || n.equals("us-ascii");
  }

  /** True when {@code body} has non-ASCII bytes and all of them form well-formed UTF-8. */
  static boolean isMultiByteUtf8(byte[] body) {
    Utf8Tally t = Utf8Tally.of(body);
    return t.malformed() == 0 && t.wellFormed() > 0;
  }

  /** True when {@code body} has more malformed UTF-8 sequences than well-formed multi-byte ones. */
  static boolean mostlyNotUtf8(byte[] body) {
    Utf8Tally t = Utf8Tally.of(body);
    return t.malformed() > t.wellFormed();
  }

  /**
   * The multi-byte UTF-8 sequences of a body: well-formed ones (shortest form, no surrogate, at
   * most U+10FFFF) and malformed ones. A sequence cut off at the end of the body (a truncated
   * download) counts as neither: it is no evidence either way.
   */
  private record Utf8Tally(int wellFormed, int malformed) {
    static Utf8Tally of(byte[] body) {
      int wellFormed = 0;
      int malformed = 0;
      int i = 0;
      int n = body.length;
      while (i < n) {
        int b = body[i] & 0xFF;
        if (b < 0x80) {
          i++;
          continue;
        }
        int extra = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
        if (extra > 0 && i + extra >= n) break; // cut off by truncation
        if (extra > 0 && wellFormedAt(body, i, extra)) {
          wellFormed++;
          i += extra + 1;
        } else {
          malformed++;
          i++;
        }
      }
      return new Utf8Tally(wellFormed, malformed);
    }

    private static boolean wellFormedAt(byte[] body, int i, int extra) {
      int min = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
      int cp = body[i] & (0x3F >> extra);
      for (int k = 1; k <= extra; k++) {
        int c = body[i + k] & 0xFF;
        if ((c & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (c & 0x3F);
      }
      return cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
    }
  }

  private static Charset detect(byte[] body) {
    if (isMultiByteUtf8(body) || isAscii(body)) return StandardCharsets.UTF_8;
    return detectLegacy(body);
  }

  /** The charset juniversalchardet finds, else windows-1252 (what browsers fall back to). */
  private static Charset detectLegacy(byte[] body) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(body, 0, Math.min(body.length, 1 << 18));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name != null) {
      Optional<Charset> c = charsetNamed(name);
      if (c.isPresent()) return c.get();
    }
    return Charset.forName("windows-1252");
  }

  private static boolean isAscii(byte[] body) {
    for (byte b : body) if (b < 0) return false;
    return true;
  }
}
