package newsdesk.feed;

/**
 * A category, tag or subject.
 *
 * @param term   the term
 * @param scheme the scheme or RSS {@code domain}, or null
 * @param label  the human-readable label, or null
 */
public record Category(String term, String scheme, String label) {}
