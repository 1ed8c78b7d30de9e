package newsdesk.feed;

/**
 * Linear scans for the declarations {@link XmlRepair} removes: the DOCTYPE of the prolog and every
 * XML declaration. Each scan moves forward only (no regex retried at every occurrence), so an
 * unclosed {@code <!DOCTYPE x [} or {@code <?xml} repeated through a document costs one pass.
 */
final class Prolog {
  private Prolog() {}

  /**
   * The start and end (exclusive) of the document type declaration of the prolog, or null when
   * there is none before the root element. Text before the prolog's markup (junk a server printed
   * first) is passed over, as are comments and processing instructions. The declaration ends at
   * the first {@code ]>} (blanks allowed between) after an internal subset opened before its first
   * {@code >}, else, or when the subset is never closed, at its first {@code >}.
   */
  static int[] doctype(String text) {
    int i = 0;
    while (true) {
      i = text.indexOf('<', i);
      if (i < 0 || i + 1 >= text.length()) return null;
      char next = text.charAt(i + 1);
      if (next == '?') {
        int end = text.indexOf("?>", i + 2);
        if (end < 0) return null;
        i = end + 2;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) return null;
        i = end + 3;
      } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int end = doctypeEnd(text, i + 9);
        return end < 0 ? null : new int[] {i, end};
      } else if (next == '!' || isNameStart(next) || next == '/') {
        return null; // the root element (or markup that is not prolog): no DOCTYPE after it counts
      } else {
        i++; // a stray '<' in junk before the prolog
      }
    }
  }

  private static int doctypeEnd(String text, int from) {
    int close = text.indexOf('>', from);
    if (close < 0) return -1;
    int subset = text.indexOf('[', from);
    if (subset >= 0 && subset < close) {
      for (int bracket = text.indexOf(']', subset + 1); bracket >= 0; bracket = text.indexOf(']', bracket + 1)) {
        int j = bracket + 1;
        while (j < text.length() && isBlank(text.charAt(j))) j++;
        if (j < text.length() && text.charAt(j) == '>') return j + 1;
      }
    }
    return close + 1;
  }

  /**
   * {@code text} without any XML declaration ({@code <?xml} followed by a non-name character,
   * letters in any case, up to the first {@code >}, which must follow a {@code ?}), wherever it is.
   */
  static String withoutXmlDeclarations(String text) {
    StringBuilder out = null;
    int copied = 0;
    int gt = -1;
    for (int i = text.indexOf("<?"); i >= 0; i = text.indexOf("<?", i + 2)) {
      if (!text.regionMatches(true, i + 2, "xml", 0, 3)) continue;
      if (i + 5 < text.length() && isWordChar(text.charAt(i + 5))) continue;
      if (gt < i + 5) gt = text.indexOf('>', i + 5);
      if (gt < 0) break; // no '>' is left: no later declaration can close either
      if (text.charAt(gt - 1) != '?' || gt - 1 < i + 5) continue;
      if (out == null) out = new StringBuilder(text.length());
      out.append(text, copied, i);
      copied = gt + 1;
      i = gt - 1; // the next search starts after this declaration
    }
    if (out == null) return text;
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean isWordChar(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isNameStart(char c) {
    return c == '_' || c == ':' || Character.isLetter(c);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
