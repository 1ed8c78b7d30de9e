package newsdesk.search;

/**
 * One article found by a search.
 *
 * @param articleId the article's public id
 * @param score     relevance, higher is better
 * @param title     the article's title
 * @param snippet   a passage of the text with the matched terms, plain text; matches are
 *     enclosed in {@code «} and {@code »}
 */
public record SearchHit(String articleId, float score, String title, String snippet) {}
