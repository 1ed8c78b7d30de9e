package newsdesk.extract;

/**
 * An extraction with its diagnosis: the article (never null) and, when its body is empty, why.
 *
 * @param article    the article; its text is empty when nothing was extracted
 * @param problem    null, or a short reason nothing was extracted ("binary content, not HTML", "no
 *                   article text found")
 * @param unreadable true when the page could not be read as HTML at all (empty, binary, no markup),
 *                   rather than read without an article in it
 */
public record Extraction(Article article, String problem, boolean unreadable) {
  /** A page that was read (its article may still be empty). */
  public Extraction(Article article, String problem) {
    this(article, problem, false);
  }
}
