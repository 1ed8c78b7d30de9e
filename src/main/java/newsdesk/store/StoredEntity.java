package newsdesk.store;

/**
 * A named entity as stored for an article, or summed over a story's articles.
 *
 * @param name     surface form, e.g. "Vladimir Putin"
 * @param type     {@code PERSON}, {@code ORGANIZATION} or {@code PLACE}
 * @param mentions how often it is named (summed over articles for a story)
 * @param articles in how many articles it appears (1 for one article)
 */
public record StoredEntity(String name, String type, int mentions, int articles) {}
