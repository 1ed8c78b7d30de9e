package newsdesk.dedup;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normal form of percent-escapes in a URL part (RFC 3986 6.2.2): hex digits upper-cased, escapes
 * of unreserved characters (letters, digits, {@code -._~}) decoded, so that two spellings of one
 * address compare equal. Stateless.
 */
final class PercentEscapes {
  private static final Pattern ESCAPE = Pattern.compile("%([0-9a-fA-F]{2})");
  private static final String UNRESERVED_PUNCTUATION = "-._~";

  private PercentEscapes() {}

  /** Upper-cases escape hex digits and decodes escapes of unreserved characters (RFC 3986 6.2.2). */
  static String normalize(String s) {
    if (s.indexOf('%') < 0) return s;
    Matcher m = ESCAPE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      char c = (char) Integer.parseInt(m.group(1), 16);
      boolean unreserved =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              || UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
      m.appendReplacement(
          out, Matcher.quoteReplacement(unreserved ? String.valueOf(c) : "%" + m.group(1).toUpperCase(Locale.ROOT)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
