package newsdesk.summarize;

/**
 * A sentence of a brief with its provenance: {@code text} equals
 * {@code article.text().substring(start, end)} of the source article named by {@code articleId}.
 */
public record SummarySentence(String text, String articleId, int start, int end) {}
