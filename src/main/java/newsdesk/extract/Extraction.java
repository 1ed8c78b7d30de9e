package newsdesk.extract;

/**
 * An extraction with its diagnosis: the article (never null) and, when its body is empty, why.
 *
 * @param article the article; its text is empty when nothing was extracted
 * @param problem null, or a short reason nothing was extracted ("binary content, not HTML", "no
 *                article text found")
 */
public record Extraction(Article article, String problem) {}
