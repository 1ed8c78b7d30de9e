package newsdesk.feed;

/**
 * The software that produced the feed.
 *
 * @param name    its name, or null
 * @param uri     its resolved home page, or null
 * @param version its version, or null
 */
public record Generator(String name, String uri, String version) {}
