package newsdesk.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article text a page states in its metadata (JSON-LD {@code articleBody}), as a set of
 * words: blocks whose words it covers are the article wherever the layout puts them. Only a hint,
 * since that text is often truncated or stripped of lists and subheadings.
 */
final class BodyHint {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  /** No hint: it covers no word and judges no block. */
  static final BodyHint NONE = new BodyHint(Set.of(), Integer.MAX_VALUE);

  private final Set<String> words;
  private final int minBlockWords;

  private BodyHint(Set<String> words, int minBlockWords) {
    this.words = words;
    this.minBlockWords = minBlockWords;
  }

  /**
   * The hint from {@code text}, or {@link #NONE} when it has fewer than
   * {@link ExtractionSettings#hintMinWords} words (too short to tell anything).
   */
  static BodyHint of(String text, ExtractionSettings settings) {
    if (text == null) return NONE;
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
      n++;
    }
    return n < settings.hintMinWords() ? NONE : new BodyHint(words, settings.hintMinBlockWords());
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /**
   * Share of the words of {@code text} that the hint contains; -1 when {@code text} has fewer than
   * {@link ExtractionSettings#hintMinBlockWords} words.
   */
  double coverage(String text) {
    Matcher m = WORD.matcher(text);
    int total = 0;
    int known = 0;
    while (m.find()) {
      total++;
      if (words.contains(m.group().toLowerCase(Locale.ROOT))) known++;
    }
    return total < minBlockWords ? -1 : (double) known / total;
  }
}
