package newsdesk.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes feed bytes to text, choosing the encoding as RFC 3023 and RFC 7303 say and real feeds
 * need: the HTTP charset, then (for {@code application/*} and no HTTP) the byte-order mark and the
 * XML declaration; {@code text/*} without a charset means US-ASCII. When the chosen encoding cannot
 * decode the bytes, the next candidate is tried: the declaration, the BOM, a statistical guess
 * (juniversalchardet), UTF-8, windows-1252.
 */
final class DocumentDecoder {
  /** The decoded text and the name of the encoding that decoded it (lower case). */
  record Decoded(String text, String encoding, boolean declaredEncodingUsed) {}

  /** What windows-1252 puts at bytes 0x80-0x9F (U+FFFD where it puts nothing). */
  private static final String WINDOWS_1252_C1 =
      "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD"
      + "\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";
  private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");

  Decoded decode(byte[] body, String contentType) {
    String bom = bomEncoding(body);
    int skip = bomLength(body, bom);
    String declared = declaredEncoding(body, bom);
    List<String> candidates = new ArrayList<>();
    if (contentType != null && !contentType.isBlank()) {
      String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      String charset = httpCharset(contentType);
      if (charset != null) candidates.add(charset);
      else if (mime.startsWith("text/")) candidates.add("us-ascii");
    }
    if (declared != null) candidates.add(declared);
    // A feed labelled Latin-1/windows-1252 whose bytes are valid UTF-8 with multi-byte sequences is
    // UTF-8 mislabelled: real Latin-1 text almost never forms valid UTF-8 sequences.
    if (!candidates.isEmpty() && isLatin(candidates.get(0)) && hasUtf8Sequences(body, skip)) candidates.add(0, "utf-8");
    if (bom != null) candidates.add(bom);
    candidates.add("utf-8");
    String guess = guess(body);
    if (guess != null) candidates.add(guess);
    candidates.add("windows-1252");
    boolean utf8Claimed = isUtf8(bom) || isUtf8(declared) || isUtf8(httpCharset(contentType));
    for (String name : candidates) {
      String javaName = javaCharset(name, bom);
      if (javaName == null) continue;
      String text = tryDecode(body, javaName, skip);
      // A document that says it is UTF-8 but has a few stray bytes: keep the UTF-8, read the strays
      // as windows-1252 (what the author's other tool wrote) rather than re-decode everything.
      if (text == null && utf8Claimed && isUtf8(name)) text = mixedUtf8(body, skip);
      if (text != null) text = windows1252Controls(text);
      if (text != null) {
        return new Decoded(stripBom(text), reportedName(name, bom), name.equals(declared));
      }
    }
    return new Decoded(new String(body, StandardCharsets.ISO_8859_1), "iso-8859-1", false);
  }

  /**
   * C1 control characters in a feed are windows-1252 punctuation that went through the wrong
   * decoder (text labelled ISO-8859-1 is in practice windows-1252, as the WHATWG Encoding Standard
   * says); they become the characters windows-1252 puts there.
   */
  static String windows1252Controls(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9F && WINDOWS_1252_C1.charAt(c - 0x80) != '\uFFFD') {
        if (sb == null) sb = new StringBuilder(text.substring(0, i));
        sb.append(WINDOWS_1252_C1.charAt(c - 0x80));
        continue;
      }
      if (sb != null) sb.append(c);
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean isUtf8(String label) {
    return label != null && (label.equals("utf-8") || label.equals("utf8"));
  }

  /** UTF-8 where the bytes are valid UTF-8, windows-1252 (or Latin-1) byte by byte where they are not. */
  private static String mixedUtf8(byte[] b, int skip) {
    StringBuilder sb = new StringBuilder(b.length);
    int i = skip;
    while (i < b.length) {
      int lead = b[i] & 0xff;
      int len = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
          : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      int cp = len == 1 ? lead : len == 2 ? lead & 0x1F : len == 3 ? lead & 0x0F : lead & 0x07;
      boolean valid = len > 0 && i + len <= b.length;
      for (int k = 1; valid && k < len; k++) {
        int c = b[i + k] & 0xff;
        if ((c & 0xC0) != 0x80) valid = false;
        else cp = (cp << 6) | (c & 0x3F);
      }
      if (valid && len > 1) {
        int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        valid = cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
      }
      if (valid) {
        sb.appendCodePoint(cp);
        i += len;
      } else {
        char c = (char) lead;
        sb.append(c >= 0x80 && c <= 0x9F && WINDOWS_1252_C1.charAt(c - 0x80) != '\uFFFD' ? WINDOWS_1252_C1.charAt(c - 0x80) : c);
        i++;
      }
    }
    return sb.toString();
  }

  private static boolean isLatin(String label) {
    return switch (label) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "iso-8859-15" -> true;
      default -> false;
    };
  }

  private static boolean hasUtf8Sequences(byte[] body, int skip) {
    boolean multiByte = false;
    for (int i = skip; i < body.length; i++) {
      if (body[i] < 0) {
        multiByte = true;
        break;
      }
    }
    return multiByte && tryDecode(body, "utf-8", skip) != null;
  }

  private static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /** Names a charset as feeds do, but the endianness a BOM or the first bytes revealed. */
  private static String reportedName(String name, String bom) {
    String n = name.toLowerCase(Locale.ROOT);
    if ((n.equals("utf-16") || n.equals("utf-32")) && bom != null && bom.startsWith(n)) return bom;
    if (n.equals("gb2312") || n.equals("gbk")) return "gb18030";
    return n;
  }

  private static String javaCharset(String name, String bom) {
    String n = name.toLowerCase(Locale.ROOT);
    if ((n.equals("utf-16") || n.equals("utf-32")) && bom != null && bom.startsWith(n)) n = bom;
    // A document that declares an 8-bit encoding but whose bytes are UTF-16/32 keeps its bytes' form.
    if (bom != null && (bom.startsWith("utf-16") || bom.startsWith("utf-32")) && !n.startsWith(bom.substring(0, 6))) return null;
    if (n.equals("gb2312") || n.equals("gbk")) n = "gb18030";
    try {
      return Charset.isSupported(n) ? n : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String tryDecode(byte[] body, String charset, int skip) {
    try {
      return Charset.forName(charset).newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body, skip, body.length - skip))
          .toString();
    } catch (CharacterCodingException | IllegalArgumentException | UnsupportedOperationException e) {
      return null;
    }
  }

  static String httpCharset(String contentType) {
    if (contentType == null) return null;
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static String bomEncoding(byte[] b) {
    if (starts(b, 0x00, 0x00, 0xFE, 0xFF) || starts(b, 0x00, 0x00, 0x00, 0x3C)) return "utf-32be";
    if (starts(b, 0xFF, 0xFE, 0x00, 0x00) || starts(b, 0x3C, 0x00, 0x00, 0x00)) return "utf-32le";
    if (starts(b, 0xFE, 0xFF) || starts(b, 0x00, 0x3C, 0x00, 0x3F)) return "utf-16be";
    if (starts(b, 0xFF, 0xFE) || starts(b, 0x3C, 0x00, 0x3F, 0x00)) return "utf-16le";
    if (starts(b, 0xEF, 0xBB, 0xBF)) return "utf-8";
    return null;
  }

  private static int bomLength(byte[] b, String bom) {
    if (bom == null) return 0;
    if (starts(b, 0x00, 0x00, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE, 0x00, 0x00)) return 4;
    if (starts(b, 0xEF, 0xBB, 0xBF)) return 3;
    if (starts(b, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE)) return 2;
    return 0;
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
    return true;
  }

  /** The encoding named by the XML declaration, read in the byte form the BOM indicates. */
  private static String declaredEncoding(byte[] body, String bom) {
    int n = Math.min(body.length, 1024);
    String head;
    try {
      Charset cs = bom == null ? StandardCharsets.ISO_8859_1 : Charset.forName(bom);
      head = cs.decode(ByteBuffer.wrap(body, 0, n)).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
    head = stripBom(head);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) return null;
    String enc = m.group(1).strip().toLowerCase(Locale.ROOT);
    return enc.isEmpty() ? null : enc;
  }

  /** A statistical guess, only for bytes that are not plain ASCII. */
  private static String guess(byte[] body) {
    boolean ascii = true;
    for (byte x : body) if (x < 0) { ascii = false; break; }
    if (ascii) return null;
    UniversalDetector detector = new UniversalDetector(null);
    detector.handleData(body, 0, Math.min(body.length, 1 << 20));
    detector.dataEnd();
    String g = detector.getDetectedCharset();
    return g == null ? null : g.toLowerCase(Locale.ROOT);
  }

}
