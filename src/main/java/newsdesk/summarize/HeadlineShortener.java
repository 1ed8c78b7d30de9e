package newsdesk.summarize;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a headline to a word limit: at the last clause boundary (a comma, semicolon or colon,
 * or a dash between spaces) that keeps at least {@link HeadlineLimits#minClauseWords} words; else
 * before the last clause word ("after", "as") or, failing that, the last function word (a stop
 * word) within the limit and after {@link HeadlineLimits#minCutWords} words, so that a phrase is
 * dropped whole rather than cut in the middle, trailing function words then dropped down to
 * {@link HeadlineLimits#minKeptWords}. Trailing punctuation is always removed, so a headline never
 * ends with a period. Words are runs of non-white-space. Thread-safe: no mutable state.
 */
final class HeadlineShortener {
  /** A clause boundary; group 1 keeps a closing quote that follows a comma (",\" which"). */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:]([\"'”’])?\\s|\\s[-–—]\\s");

  private final Set<String> stopwords;
  private final Set<String> clauseWords;
  private final HeadlineLimits limits;

  /**
   * @param stopwords   function words (lower case): a cut falls before one, never after one
   * @param clauseWords words that open a clause (lower case), the preferred place of a cut
   * @param limits      the word counts a cut keeps
   */
  HeadlineShortener(Set<String> stopwords, Set<String> clauseWords, HeadlineLimits limits) {
    this.stopwords = Set.copyOf(stopwords);
    this.clauseWords = Set.copyOf(clauseWords);
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** At most {@code maxWords} words, cut at a clause boundary where one is near, no end period. */
  String shorten(String headline, int maxWords) {
    String h = headline.strip();
    String[] words = words(h);
    if (words.length > maxWords) {
      String cut = "";
      for (Matcher m = CLAUSE_END.matcher(h); m.find(); ) {
        String prefix = (h.substring(0, m.start()) + (m.group(1) == null ? "" : m.group(1))).strip();
        int n = words(prefix).length;
        if (n > maxWords) break;
        if (n >= limits.minClauseWords()) cut = prefix;
      }
      if (cut.isEmpty()) {
        // No clause boundary: end before the last function word, so that a phrase ("from enforcing
        // President Donald ...") is dropped whole rather than cut in the middle.
        int n = maxWords;
        int clause = lastCutBefore(words, maxWords, w -> clauseWords.contains(bare(w)));
        int phrase = lastCutBefore(words, maxWords, this::isFunctionWord);
        if (clause > 0) n = clause;
        else if (phrase > 0) n = phrase;
        while (n > limits.minKeptWords() && isFunctionWord(words[n - 1])) n--;
        cut = String.join(" ", Arrays.copyOf(words, n));
      }
      h = cut;
    }
    return h.replaceAll("[\\s,;:.–—\u3002\uff0e\uff61\u3001-]+$", "");
  }

  /** The white-space separated words of {@code s}. */
  static String[] words(String s) {
    String t = s.strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }

  /** The largest k in [minCutWords, maxWords] with {@code words[k]} a cut point after a content word, or -1. */
  private int lastCutBefore(String[] words, int maxWords, Predicate<String> cutPoint) {
    for (int k = maxWords; k >= limits.minCutWords(); k--) {
      if (cutPoint.test(words[k]) && !isFunctionWord(words[k - 1])) return k;
    }
    return -1;
  }

  private boolean isFunctionWord(String word) {
    return stopwords.contains(bare(word));
  }

  private static String bare(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
