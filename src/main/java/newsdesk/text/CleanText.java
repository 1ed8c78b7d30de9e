package newsdesk.text;

/**
 * Text as newsdesk stores and shows it: without the characters no HTML page, XML feed or brief may
 * carry. Scraped pages and feeds bring C0 control characters (often as {@code &#1;} references that
 * the HTML parser decodes), the noncharacters U+FFFE/U+FFFF and lone surrogates from broken
 * encoders; one of them in one article would make a whole Atom feed invalid XML. Tab, newline and
 * carriage return stay: they are layout. C1 controls (U+0080-U+009F) come from Windows-1252 text
 * read as Latin-1, and one of them (U+009B, CSI) starts an escape sequence on a terminal: each
 * becomes the Windows-1252 character it stands for, as browsers read {@code &#146;}, or goes when
 * there is none; DEL goes.
 */
public final class CleanText {
  /** What bytes 0x80-0x9F are in Windows-1252 (WHATWG Encoding), a space where it has no character. */
  private static final String WINDOWS_1252_C1 =
      "\u20AC \u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152 \u017D "
      + " \u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153 \u017E\u0178";

  private CleanText() {}

  /**
   * {@code s} without C0 controls other than tab/newline/CR, DEL, U+FFFE, U+FFFF and lone
   * surrogates, C1 controls read as Windows-1252; null stays null.
   */
  public static String of(String s) {
    if (s == null) return null;
    int bad = firstUnwanted(s);
    if (bad < 0) return s; // the common case allocates nothing
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, bad);
    for (int i = bad; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 0x80 && c <= 0x9F) {
        char read = WINDOWS_1252_C1.charAt(c - 0x80);
        if (read != ' ') b.append(read);
      } else if (!unwanted(c)) {
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  private static int firstUnwanted(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (unwanted(c)) return i;
      i += Character.charCount(c);
    }
    return -1;
  }

  /** A lone surrogate reaches here as its own code point (codePointAt pairs only a valid pair). */
  private static boolean unwanted(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
        || c == 0xFFFE || c == 0xFFFF
        || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }
}
