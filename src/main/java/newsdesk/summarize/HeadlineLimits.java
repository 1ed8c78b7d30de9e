package newsdesk.summarize;

/**
 * Every length limit and weight of {@link HeadlineWriter}, in one place. Lengths are in words
 * (whitespace-separated) unless named otherwise.
 *
 * @param maxWords             a headline built from a sentence has at most this many words; a longer
 *                             one is cut
 * @param minClauseWords       a cut at a clause boundary (comma, semicolon, colon, dash) keeps at
 *                             least this many words, else the cut falls before a clause word or a
 *                             function word
 * @param minCutWords          a cut before a clause word or function word keeps at least this many
 * @param minKeptWords         trailing function words are dropped from such a cut down to no fewer
 *                             than this many words
 * @param maxSuffixWords       a title's last separator-delimited part of at most this many
 *                             capitalised words (or a domain) is a site suffix and is removed
 * @param minTitleWords        a cleaned title needs at least this many words to be the headline
 * @param longTitlePenalty     subtracted from the support of a title longer than {@code maxWords}:
 *                             of titles the other articles support alike, the concise one wins
 * @param contextChars         how much of each article's text opening (in characters) counts with its
 *                             title as the context that supports other titles
 * @param minUnattributedWords a sentence used as the headline loses a trailing attribution (", police
 *                             said") only when at least this many words remain
 * @param maxTitleWords        a publisher's title is kept whole up to this many words (its writer
 *                             chose them; cutting lost their ends), and a longer one is cut like a
 *                             sentence; at least {@code maxWords}
 * @param recentTitleMargin    titles whose support is within this of the best are all well
 *                             supported; among them the newest article's wins (an evolving story's
 *                             newest title states its newest figures); 0 keeps the best-supported
 */
public record HeadlineLimits(
    int maxWords,
    int minClauseWords,
    int minCutWords,
    int minKeptWords,
    int maxSuffixWords,
    int minTitleWords,
    double longTitlePenalty,
    int contextChars,
    int minUnattributedWords,
    int maxTitleWords,
    double recentTitleMargin) {

  /** Limits without the preference for a recent title ({@code recentTitleMargin} 0). */
  public HeadlineLimits(int maxWords, int minClauseWords, int minCutWords, int minKeptWords, int maxSuffixWords,
      int minTitleWords, double longTitlePenalty, int contextChars, int minUnattributedWords, int maxTitleWords) {
    this(maxWords, minClauseWords, minCutWords, minKeptWords, maxSuffixWords, minTitleWords, longTitlePenalty,
        contextChars, minUnattributedWords, maxTitleWords, 0);
  }

  public HeadlineLimits {
    if (maxWords < 1) throw new IllegalArgumentException("maxWords must be positive: " + maxWords);
    if (minCutWords < 1 || minCutWords > maxWords) {
      throw new IllegalArgumentException("minCutWords must be in [1, maxWords]: " + minCutWords);
    }
    if (maxTitleWords < maxWords) {
      throw new IllegalArgumentException("maxTitleWords must be at least maxWords (" + maxWords + "): " + maxTitleWords);
    }
    if (recentTitleMargin < 0) throw new IllegalArgumentException("recentTitleMargin must not be negative: " + recentTitleMargin);
    if (contextChars < 0) throw new IllegalArgumentException("contextChars must not be negative: " + contextChars);
  }

  /**
   * The limits measured in docs/benchmarks/briefs.md (BBC headlines, built from sentences); titles
   * up to 20 words keep their ends (the demo corpus's longest titles run 15 to 18 words).
   */
  public static HeadlineLimits defaults() {
    return new HeadlineLimits(14, 5, 6, 3, 4, 3, 0.2, 400, 4, 20, 0.3);
  }
}
