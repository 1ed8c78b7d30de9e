package newsdesk.extract;

/**
 * Turns a web page into an article: the main text and the metadata. Implementations are
 * thread-safe and never throw for bad pages: a page with no article gives an {@link Article}
 * whose text is empty.
 */
public interface ArticleExtractor {
  /** Extracts the article of {@code page}; never null. */
  Article extract(Page page);
}
