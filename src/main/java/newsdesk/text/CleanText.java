package newsdesk.text;

/**
 * Text as newsdesk stores and shows it: without the characters no HTML page, XML feed or brief may
 * carry. Scraped pages and feeds bring C0 control characters (often as {@code &#1;} references that
 * the HTML parser decodes), the noncharacters U+FFFE/U+FFFF and lone surrogates from broken
 * encoders; one of them in one article would make a whole Atom feed invalid XML. Tab, newline and
 * carriage return stay: they are layout.
 */
public final class CleanText {
  private CleanText() {}

  /** {@code s} without C0 controls other than tab/newline/CR, U+FFFE, U+FFFF and lone surrogates; null stays null. */
  public static String of(String s) {
    if (s == null) return null;
    int bad = firstUnwanted(s);
    if (bad < 0) return s; // the common case allocates nothing
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, bad);
    for (int i = bad; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (!unwanted(c)) b.appendCodePoint(c);
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
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || c == 0xFFFE || c == 0xFFFF
        || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }
}
