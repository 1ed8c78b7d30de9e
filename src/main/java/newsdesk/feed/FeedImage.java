package newsdesk.feed;

/**
 * The RSS channel image.
 *
 * @param url         the resolved image URL
 * @param title       its title, or null
 * @param link        the resolved link target, or null
 * @param width       width in pixels, or null
 * @param height      height in pixels, or null
 * @param description its description, or null
 */
public record FeedImage(String url, String title, String link, Integer width, Integer height, String description) {}
