package newsdesk.summarize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based sentence splitter (English rules; Chinese and Japanese full stops) that keeps exact
 * character spans.
 *
 * <p>A line break always ends a sentence, and a blank line (or any line break) starts a new
 * paragraph. Inside a line a sentence ends at {@code . ! ?} (with any closing quotes or brackets)
 * followed by white space and an upper-case letter, a digit or an opening quote; a period after a
 * known abbreviation or a single letter does not end it, and neither does one after initials such
 * as "U.S." unless the next word is a capitalised function word ("U.S. The ..."). A quote mark
 * standing alone after the terminator ("... match. ' Next") belongs to the sentence it closes.
 * Chinese and Japanese text, which has neither spaces nor capitals, ends a sentence at every
 * ideographic full stop and full-width exclamation or question mark (。！？, and ． when it is no
 * decimal point), with any closing quotes or brackets (」』）).
 * An interview speaker label ({@link SummarizerResources#transcriptLabels()}, e.g. "((WN))") at the
 * start of a line or after white space always starts a sentence: it marks a new turn.
 * Thread-safe.
 */
public final class SentenceSplitter {
  /** A sentence: {@code text.substring(start, end)}, trimmed, in paragraph {@code paragraph}. */
  public record Span(int start, int end, int paragraph) {}

  /** Japanese quotative particles (と, って) that continue a sentence after a closed quotation. */
  private static final String QUOTATIVE = "\u3068\u3063";

  private final Set<String> abbreviations;
  private final Set<String> functionWords;
  private final List<Pattern> turnLabels;

  public SentenceSplitter(SummarizerResources resources) {
    this.abbreviations = resources.abbreviations();
    this.functionWords = resources.stopwords();
    this.turnLabels = resources.transcriptLabels();
  }

  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    boolean lineHadText = false;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int before = out.size();
        splitLine(text, lineStart, i, paragraph, out);
        if (out.size() > before) {
          paragraph++;
          lineHadText = true;
        }
        lineStart = i + 1;
      }
    }
    return lineHadText ? out : List.of();
  }

  private void splitLine(String text, int from, int to, int paragraph, List<Span> out) {
    int segment = from;
    for (int label : labelStarts(text, from, to)) {
      if (label > segment) splitSegment(text, segment, label, paragraph, out);
      segment = label;
    }
    splitSegment(text, segment, to, paragraph, out);
  }

  /** Starts of the speaker labels in the line that open it or follow white space, ascending. */
  private List<Integer> labelStarts(String text, int from, int to) {
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
    for (Pattern p : turnLabels) {
      Matcher m = p.matcher(text).region(from, to);
      while (m.find()) {
        int s = m.start();
        if (s > from && !isSpace(text.charAt(s - 1))) continue;
        starts.add(s);
      }
    }
    return List.copyOf(starts);
  }

  private void splitSegment(String text, int from, int to, int paragraph, List<Span> out) {
    int start = from;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isFullWidthTerminator(text, i, from, to)) {
        // Chinese and Japanese end a sentence without a space or a capital after it.
        int j = i + 1;
        while (j < to && (isFullWidthTerminator(text, j, from, to) || isTerminator(text.charAt(j)))) j++;
        int closed = j;
        while (j < to && (isCloser(text.charAt(j)) || isFullWidthCloser(text.charAt(j)))) j++;
        // A quotation the sentence goes on to attribute: 「火事だ！」と彼は叫んだ。
        boolean quoted = j > closed && j < to && QUOTATIVE.indexOf(text.charAt(j)) >= 0;
        if (j < to && !quoted) {
          addTrimmed(text, start, j, paragraph, out);
          start = j;
        }
        i = j;
        continue;
      }
      if (c != '.' && c != '!' && c != '?') {
        i++;
        continue;
      }
      int j = i;
      while (j < to && isTerminator(text.charAt(j))) j++;
      while (j < to && isCloser(text.charAt(j))) j++;
      int k = j;
      while (k < to && isSpace(text.charAt(k))) k++;
      if (k == j || k >= to) {
        i = Math.max(j, i + 1);
        continue;
      }
      int end = j;
      // A detached closing quote: "... match. ' Bayern" - the quote ends this sentence.
      if (isQuote(text.charAt(k)) && k + 1 < to && isSpace(text.charAt(k + 1))) {
        int m = k + 1;
        while (m < to && isSpace(text.charAt(m))) m++;
        if (m < to && Character.isUpperCase(text.charAt(m))) {
          end = k + 1;
          k = m;
        }
      }
      if (!startsSentence(text, k, to) || (end == j && !endsAfter(text, start, i, k, to))) {
        i = j;
        continue;
      }
      addTrimmed(text, start, end, paragraph, out);
      start = k;
      i = k;
    }
    addTrimmed(text, start, to, paragraph, out);
  }

  /** Whether the period at {@code dot} really ends the sentence begun at {@code start}. */
  private boolean endsAfter(String text, int start, int dot, int next, int to) {
    if (text.charAt(dot) != '.' || (dot + 1 < to && text.charAt(dot + 1) == '.')) return true;
    int w = dot;
    while (w > start && !isSpace(text.charAt(w - 1))) w--;
    String word = stripOpeners(text.substring(w, dot)).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) return true;
    if (isInitials(word)) {
      return functionWords.contains(nextWord(text, next, to).toLowerCase(Locale.ROOT));
    }
    if (abbreviations.contains(word)) return false;
    return !(word.length() == 1 && Character.isLetter(word.charAt(0)));
  }

  private static boolean isInitials(String word) {
    // "u.s", "b.b", "j.k" : letters separated by periods.
    if (word.length() < 3) return false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean letterSlot = i % 2 == 0;
      if (letterSlot ? !Character.isLetter(c) : c != '.') return false;
    }
    return true;
  }

  private static String nextWord(String text, int from, int to) {
    int i = from;
    while (i < to && !Character.isLetterOrDigit(text.charAt(i))) i++;
    int j = i;
    while (j < to && Character.isLetter(text.charAt(j))) j++;
    return text.substring(i, j);
  }

  private static String stripOpeners(String word) {
    int i = 0;
    while (i < word.length() && !Character.isLetterOrDigit(word.charAt(i))) i++;
    return word.substring(i);
  }

  private static boolean startsSentence(String text, int k, int to) {
    char c = text.charAt(k);
    if (isQuote(c) || c == '(' || c == '[') {
      return k + 1 < to && (Character.isUpperCase(text.charAt(k + 1)) || Character.isDigit(text.charAt(k + 1)));
    }
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static void addTrimmed(String text, int from, int to, int paragraph, List<Span> out) {
    while (from < to && isSpace(text.charAt(from))) from++;
    while (to > from && isSpace(text.charAt(to - 1))) to--;
    if (to > from) out.add(new Span(from, to, paragraph));
  }

  /**
   * A sentence end of the Chinese and Japanese scripts: the ideographic full stop and the full-width
   * exclamation and question marks always; the full-width full stop unless it is a decimal point
   * between full-width or ASCII digits.
   */
  private static boolean isFullWidthTerminator(String text, int i, int from, int to) {
    char c = text.charAt(i);
    if (c == '\u3002' || c == '\uff61' || c == '\uff01' || c == '\uff1f') return true;
    if (c != '\uff0e') return false;
    boolean digitBefore = i > from && Character.isDigit(text.charAt(i - 1));
    boolean digitAfter = i + 1 < to && Character.isDigit(text.charAt(i + 1));
    return !(digitBefore && digitAfter);
  }

  /** A closing quote or bracket of the Chinese and Japanese scripts: 」 』 ） 】 〉 》 ”. */
  private static boolean isFullWidthCloser(char c) {
    return c == '\u300d' || c == '\u300f' || c == '\uff09' || c == '\u3011' || c == '\u3009' || c == '\u300b';
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u2019' || c == '\u201d' || c == ')' || c == ']';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }
}
