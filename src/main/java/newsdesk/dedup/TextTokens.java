package newsdesk.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits text into the comparison tokens used by exact and near-duplicate detection: NFKC folded,
 * lower-cased words made of letters and digits, so punctuation, quotes, dashes and spacing never
 * separate two copies. Scripts written without spaces between words (Han, Hiragana, Katakana,
 * Thai, Lao, Khmer, Myanmar) give one token per character, so their shingles are character
 * n-grams. Stateless and thread-safe.
 */
public final class TextTokens {
  private TextTokens() {}

  /** The tokens of {@code text} in reading order; empty for blank text. */
  public static List<String> of(String text) {
    Objects.requireNonNull(text, "text");
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (isUnspacedScript(cp)) {
        flush(word, tokens);
        tokens.add(new String(Character.toChars(cp)));
      } else if (isCombiningMark(cp) && word.isEmpty() && !tokens.isEmpty() && startsUnspaced(tokens.getLast())) {
        tokens.set(tokens.size() - 1, tokens.getLast() + new String(Character.toChars(cp))); // Thai vowel signs
      } else if (Character.isLetterOrDigit(cp) || isCombiningMark(cp)) {
        word.appendCodePoint(cp);
      } else {
        flush(word, tokens);
      }
    }
    flush(word, tokens);
    return tokens;
  }

  /** Number of tokens in {@code text}. */
  public static int count(String text) {
    return of(text).size();
  }

  private static void flush(StringBuilder word, List<String> tokens) {
    if (!word.isEmpty()) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }

  private static boolean isCombiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean startsUnspaced(String token) {
    return isUnspacedScript(token.codePointAt(0));
  }

  private static boolean isUnspacedScript(int cp) {
    if (!Character.isLetter(cp)) return false;
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
      default -> false;
    };
  }
}
