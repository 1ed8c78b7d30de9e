package newsdesk.summarize;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an article's quotations run over several sentences: for each sentence, whether it goes on
 * with a quotation an earlier sentence opened, whether a quotation is open after it, and whether a
 * later sentence closes that quotation. A brief that takes the opener without the closer would end
 * inside the quotation.
 *
 * <p>Curly quotes count by direction, straight double quotes by parity; wire copy's doubled single
 * marks count as double quotes ({@code ''} by parity, {@code ‘‘} opening, {@code ’’}
 * closing). A quotation that runs on into a new paragraph opens that paragraph with a quotation mark
 * again (the typographic convention), which continues it; a paragraph that opens without one shows
 * that the quotation was never closed - a stray or lost mark of the text - and so does a quotation
 * still open at the end of the article. The sentences of such a quotation go on with no quotation
 * (they do not lean on its opener), and each of them leaves one open only as a reader of it alone
 * would see it: its own marks leave a quotation open, and nothing closes it. Stateless.
 */
final class Quotations {
  private Quotations() {}

  /**
   * A sentence's part in a quotation that runs over several sentences.
   *
   * @param continues  it goes on with a quotation an earlier sentence opened (its speaker is named there)
   * @param leavesOpen a quotation is open after it
   * @param closes     a later sentence of the article closes that quotation (false when none is open)
   */
  record State(boolean continues, boolean leavesOpen, boolean closes) {}

  /**
   * The states of an article's sentences.
   *
   * @param sentences  the sentences in text order
   * @param paragraphs each sentence's paragraph (non-decreasing), same size as {@code sentences}
   */
  static List<State> of(List<String> sentences, List<Integer> paragraphs) {
    if (sentences.size() != paragraphs.size()) {
      throw new IllegalArgumentException("sentences and paragraphs differ in size: " + sentences.size() + " and " + paragraphs.size());
    }
    int n = sentences.size();
    boolean[] continues = new boolean[n];
    boolean[] leavesOpen = new boolean[n];
    boolean[] closes = new boolean[n];
    // The sentences of the quotation that is open now, from the one that opened it.
    List<Integer> chain = new ArrayList<>();
    boolean open = false;
    for (int i = 0; i < n; i++) {
      String s = sentences.get(i);
      int from = 0;
      boolean newParagraph = i > 0 && !paragraphs.get(i).equals(paragraphs.get(i - 1));
      if (open && newParagraph) {
        int mark = openingMark(s);
        if (mark > 0) {
          from = mark;
        } else {
          unclose(chain, sentences, continues, leavesOpen);
          open = false;
        }
      }
      continues[i] = open;
      open = after(s, from, open);
      leavesOpen[i] = open;
      if (open) {
        chain.add(i);
      } else {
        for (int j : chain) closes[j] = true;
        chain.clear();
      }
    }
    if (open) unclose(chain, sentences, continues, leavesOpen);
    List<State> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(new State(continues[i], leavesOpen[i], closes[i]));
    return out;
  }

  /** Whether a quotation is open after {@code s} (from character {@code from}), given whether one was open before it. */
  static boolean after(String s, int from, boolean open) {
    boolean state = open;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u201c') state = true;
      else if (c == '\u201d') state = false;
      else if (c == '"') state = !state;
      else if (i + 1 < s.length() && s.charAt(i + 1) == c && (c == '\'' || c == '\u2018' || c == '\u2019')) {
        state = c == '\'' ? !state : c == '\u2018';
        i++;
      }
    }
    return state;
  }

  /** The length of the double quotation mark {@code s} opens with (after white space), 0 for none. */
  private static int openingMark(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    if (s.startsWith("''", i) || s.startsWith("\u2018\u2018", i)) return i + 2;
    if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\u201c')) return i + 1;
    return 0;
  }

  /**
   * A quotation that never closes: its later sentences do not go on with it, and each leaves one
   * open only if its own marks do.
   */
  private static void unclose(List<Integer> chain, List<String> sentences, boolean[] continues, boolean[] leavesOpen) {
    for (int k = 1; k < chain.size(); k++) {
      int j = chain.get(k);
      continues[j] = false;
      leavesOpen[j] = after(sentences.get(j), 0, false);
    }
    chain.clear();
  }
}
