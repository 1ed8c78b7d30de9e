package newsdesk.dedup;

/**
 * What {@link ContentCheck} found in a page's text (and title, when it was given one).
 *
 * @param status       whether there is an article, and why not
 * @param words        words in the whole text
 * @param articleWords words left once the paragraphs in no-content language (a no-content phrase,
 *                     or enough consent terms) are dropped
 * @param phrase       the first no-content phrase found (or the consent terms that flagged a
 *                     paragraph, joined by commas), or null
 */
public record ContentVerdict(Status status, int words, int articleWords, String phrase) {
  /** Why a text is or is not an article. */
  public enum Status {
    /** Enough words outside cookie, error and paywall paragraphs, which are not most of the page. */
    ARTICLE,
    /** No words at all. */
    EMPTY,
    /** Too few words, and no no-content phrase: a stub, a caption, a teaser. */
    TOO_SHORT,
    /**
     * No-content language, and too few words once its paragraphs are dropped (or it makes most of
     * a page that holds no full article besides).
     */
    NO_CONTENT_PAGE
  }

  /** True when the text is an article that may join a story. */
  public boolean isArticle() {
    return status == Status.ARTICLE;
  }
}
