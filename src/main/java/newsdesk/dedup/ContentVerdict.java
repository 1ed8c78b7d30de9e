package newsdesk.dedup;

/**
 * What {@link ContentCheck} found in a page's text.
 *
 * @param status       whether there is an article, and why not
 * @param words        words in the whole text
 * @param articleWords words left once the paragraphs carrying a no-content phrase are dropped
 * @param phrase       the first no-content phrase found, or null
 */
public record ContentVerdict(Status status, int words, int articleWords, String phrase) {
  /** Why a text is or is not an article. */
  public enum Status {
    /** Enough words outside cookie, error and paywall paragraphs. */
    ARTICLE,
    /** No words at all. */
    EMPTY,
    /** Too few words, and no no-content phrase: a stub, a caption, a teaser. */
    TOO_SHORT,
    /** Too few words once the paragraphs with no-content phrases are dropped. */
    NO_CONTENT_PAGE
  }

  /** True when the text is an article that may join a story. */
  public boolean isArticle() {
    return status == Status.ARTICLE;
  }
}
