package newsdesk.dedup;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tells whether extracted text is an article at all, so that a cookie wall, a bot check, a
 * paywall teaser or an error page never joins a story (nor is taken as the original of a copy).
 *
 * <p>The rule is deliberately simple and generic: every paragraph (line) containing a no-content
 * phrase (data: {@code no-content-phrases.txt}, matched on {@link TextTokens} so case and
 * punctuation do not matter) is dropped, and the text is an article when at least
 * {@code minWords} words remain. An article that merely mentions cookies loses one paragraph and
 * stays an article. Immutable and thread-safe.
 */
public final class ContentCheck {
  /** A wire brief has about 50 words; a consent or error page rarely keeps that many of its own. */
  public static final int DEFAULT_MIN_WORDS = 50;

  private static final Pattern LINES = Pattern.compile("\\R+");
  private final int minWords;
  private final List<String> phrases;

  public ContentCheck(int minWords, List<String> phrases) {
    if (minWords < 1) throw new IllegalArgumentException("minWords must be >= 1: " + minWords);
    Objects.requireNonNull(phrases, "phrases");
    this.minWords = minWords;
    this.phrases =
        phrases.stream()
            .map(p -> String.join(" ", TextTokens.of(p)))
            .filter(p -> !p.isEmpty())
            .map(p -> " " + p + " ")
            .toList();
  }

  /** The check with {@link #DEFAULT_MIN_WORDS} and the bundled phrases. */
  public static ContentCheck bundled() {
    return new ContentCheck(DEFAULT_MIN_WORDS, ResourceLines.read("no-content-phrases.txt"));
  }

  /** Checks an article body (paragraphs separated by line breaks). */
  public ContentVerdict check(String text) {
    Objects.requireNonNull(text, "text");
    int words = 0;
    int articleWords = 0;
    String firstPhrase = null;
    for (String line : LINES.split(text)) {
      List<String> tokens = TextTokens.of(line);
      words += tokens.size();
      String phrase = phraseIn(" " + String.join(" ", tokens) + " ");
      if (phrase == null) articleWords += tokens.size();
      else if (firstPhrase == null) firstPhrase = phrase;
    }
    ContentVerdict.Status status;
    if (words == 0) status = ContentVerdict.Status.EMPTY;
    else if (articleWords >= minWords) status = ContentVerdict.Status.ARTICLE;
    else if (firstPhrase != null) status = ContentVerdict.Status.NO_CONTENT_PAGE;
    else status = ContentVerdict.Status.TOO_SHORT;
    return new ContentVerdict(status, words, articleWords, firstPhrase);
  }

  private String phraseIn(String paddedLine) {
    for (String phrase : phrases) {
      if (paddedLine.contains(phrase)) return phrase.strip();
    }
    return null;
  }
}
