package newsdesk.dedup;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether extracted text is an article at all, so that a cookie wall, a bot check, a
 * paywall teaser or an error page never joins a story (nor is taken as the original of a copy).
 *
 * <p>The rule is deliberately simple and generic. Each paragraph (line), and the page's title
 * when one is given, is <em>no-content language</em> when it carries a no-content phrase (data:
 * {@code no-content-phrases.txt}; matched on {@link TextTokens}, so case and punctuation do not
 * matter, and also with the line's bare numbers left out, so "we and our 842 partners" matches "we
 * and our partners") or at least {@link #DEFAULT_MIN_CONSENT_TERMS} distinct consent terms (data:
 * {@code consent-terms.txt}: cookies, partners, consent, geolocation...; and in a paragraph of
 * more than 75 words one per {@value #WORDS_PER_CONSENT_TERM} words), which catches the legal
 * wording of a banner no phrase lists. The text is then:
 *
 * <ul>
 *   <li>{@link ContentVerdict.Status#EMPTY} without a word;
 *   <li>a {@link ContentVerdict.Status#NO_CONTENT_PAGE} when it has no-content language and either
 *       fewer than {@code minWords} words remain outside it, or that language makes at least
 *       {@code maxNoContentShare} of all words while fewer than {@code fullArticleWords} remain
 *       (a wall whose legal text runs long);
 *   <li>an {@link ContentVerdict.Status#ARTICLE} when {@code minWords} words remain;
 *   <li>else {@link ContentVerdict.Status#TOO_SHORT}.
 * </ul>
 *
 * An article that merely mentions cookies loses one paragraph, a small share, and stays an
 * article. Immutable and thread-safe.
 */
public final class ContentCheck {
  /** A wire brief has about 50 words; a consent or error page rarely keeps that many of its own. */
  public static final int DEFAULT_MIN_WORDS = 50;
  /** Half the page in consent or error language is a wall, unless the rest is a full article. */
  public static final double DEFAULT_MAX_NO_CONTENT_SHARE = 0.5;
  /** Three briefs' worth of words outside no-content language is an article whatever surrounds it. */
  public static final int DEFAULT_FULL_ARTICLE_WORDS = 150;
  /** Distinct consent terms that make a paragraph consent language without a listed phrase. */
  public static final int DEFAULT_MIN_CONSENT_TERMS = 3;
  /**
   * A longer paragraph needs one distinct consent term per this many words: banner paragraphs are
   * dense with them, while a long article (or one flattened into a single line) uses a few in passing.
   */
  static final int WORDS_PER_CONSENT_TERM = 25;

  private static final Pattern LINES = Pattern.compile("\\R+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private final int minWords;
  private final double maxNoContentShare;
  private final int fullArticleWords;
  private final int minConsentTerms;
  private final List<String> phrases;
  private final List<String> consentTerms;

  /** A check by phrases only (no consent terms), with the default share and full-article size. */
  public ContentCheck(int minWords, List<String> phrases) {
    this(minWords, phrases, List.of(), DEFAULT_MIN_CONSENT_TERMS, DEFAULT_MAX_NO_CONTENT_SHARE,
        Math.max(minWords, DEFAULT_FULL_ARTICLE_WORDS));
  }

  /**
   * @param minWords          words outside no-content language an article needs (>= 1)
   * @param phrases           no-content phrases: one in a paragraph makes it no-content language
   * @param consentTerms      consent terms (words or short phrases)
   * @param minConsentTerms   distinct consent terms that make a paragraph consent language (>= 1)
   * @param maxNoContentShare share of all words in no-content language from which a page with
   *                          fewer than {@code fullArticleWords} other words is no article (0..1]
   * @param fullArticleWords  words outside no-content language that make an article whatever
   *                          the share (>= minWords)
   */
  public ContentCheck(int minWords, List<String> phrases, List<String> consentTerms, int minConsentTerms,
      double maxNoContentShare, int fullArticleWords) {
    if (minWords < 1) throw new IllegalArgumentException("minWords must be >= 1: " + minWords);
    if (minConsentTerms < 1) throw new IllegalArgumentException("minConsentTerms must be >= 1: " + minConsentTerms);
    if (!(maxNoContentShare > 0 && maxNoContentShare <= 1)) {
      throw new IllegalArgumentException("maxNoContentShare must be in (0, 1]: " + maxNoContentShare);
    }
    if (fullArticleWords < minWords) {
      throw new IllegalArgumentException("fullArticleWords must be >= minWords: " + fullArticleWords + " < " + minWords);
    }
    this.minWords = minWords;
    this.maxNoContentShare = maxNoContentShare;
    this.fullArticleWords = fullArticleWords;
    this.minConsentTerms = minConsentTerms;
    this.phrases = padded(Objects.requireNonNull(phrases, "phrases"));
    this.consentTerms = padded(Objects.requireNonNull(consentTerms, "consentTerms"));
  }

  /** The check with the default thresholds and the bundled phrases and consent terms. */
  public static ContentCheck bundled() {
    return new ContentCheck(DEFAULT_MIN_WORDS, ResourceLines.read("no-content-phrases.txt"),
        ResourceLines.read("consent-terms.txt"), DEFAULT_MIN_CONSENT_TERMS, DEFAULT_MAX_NO_CONTENT_SHARE,
        DEFAULT_FULL_ARTICLE_WORDS);
  }

  /** Checks an article body (paragraphs separated by line breaks). */
  public ContentVerdict check(String text) {
    return check("", text);
  }

  /**
   * Checks a page: its title (or main heading; null or blank for none) counts as one more
   * paragraph, so that a page headed "We value your privacy" is judged with its heading.
   */
  public ContentVerdict check(String title, String text) {
    Objects.requireNonNull(text, "text");
    int words = 0;
    int articleWords = 0;
    String firstPhrase = null;
    String all = title == null || title.isBlank() ? text : title + "\n" + text;
    for (String line : LINES.split(all)) {
      List<String> tokens = TextTokens.of(line);
      words += tokens.size();
      String phrase = noContentLanguage(tokens);
      if (phrase == null) articleWords += tokens.size();
      else if (firstPhrase == null) firstPhrase = phrase;
    }
    int noContentWords = words - articleWords;
    boolean wallShare = noContentWords >= maxNoContentShare * words && articleWords < fullArticleWords;
    ContentVerdict.Status status;
    if (words == 0) status = ContentVerdict.Status.EMPTY;
    else if (firstPhrase != null && (articleWords < minWords || wallShare)) status = ContentVerdict.Status.NO_CONTENT_PAGE;
    else if (articleWords >= minWords) status = ContentVerdict.Status.ARTICLE;
    else status = ContentVerdict.Status.TOO_SHORT;
    return new ContentVerdict(status, words, articleWords, firstPhrase);
  }

  /** The phrase (or, joined by commas, the consent terms) that make a paragraph no-content language; else null. */
  private String noContentLanguage(List<String> tokens) {
    if (tokens.isEmpty()) return null;
    String line = " " + String.join(" ", tokens) + " ";
    String withoutNumbers = " " + String.join(" ", tokens.stream().filter(t -> !NUMBER.matcher(t).matches()).toList()) + " ";
    for (String phrase : phrases) {
      if (line.contains(phrase) || withoutNumbers.contains(phrase)) return phrase.strip();
    }
    Set<String> found = new HashSet<>();
    for (String term : consentTerms) {
      if (line.contains(term)) found.add(term.strip());
    }
    int needed = Math.max(minConsentTerms, tokens.size() / WORDS_PER_CONSENT_TERM);
    return found.size() >= needed ? String.join(", ", found.stream().sorted().toList()) : null;
  }

  private static List<String> padded(List<String> phrases) {
    return phrases.stream()
        .map(p -> String.join(" ", TextTokens.of(p)))
        .filter(p -> !p.isEmpty())
        .map(p -> " " + p + " ")
        .distinct()
        .toList();
  }
}
