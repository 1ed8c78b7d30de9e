package newsdesk.summarize;

/**
 * How long a summary may be: exactly {@code sentences} sentences (fewer only when the input has
 * fewer), or whole sentences up to {@code words} words. Exactly one of the two is positive.
 */
public record SummaryLength(int sentences, int words) {
  /** The word cap of {@link #DEFAULT}, as a constant for annotations and messages. */
  public static final int DEFAULT_WORDS = 140;

  /**
   * The brief's length when the caller gives none: whole sentences up to 140 words, the "few short
   * paragraphs" of a front-page card (at 230 words a card was most of a short article, five or six
   * paragraphs). The benchmarks pass their own lengths ({@code --sentences 3}, {@code --words 260}).
   */
  public static final SummaryLength DEFAULT = words(SummaryLength.DEFAULT_WORDS);

  public SummaryLength {
    if ((sentences > 0) == (words > 0)) {
      throw new IllegalArgumentException("give exactly one of sentences or words, got " + sentences + "/" + words);
    }
  }

  public static SummaryLength sentences(int n) {
    return new SummaryLength(n, 0);
  }

  public static SummaryLength words(int n) {
    return new SummaryLength(0, n);
  }
}
