package newsdesk.sources;

import java.net.URI;

/**
 * A feed or news sitemap found for a URL.
 *
 * @param url     what to poll
 * @param kind    {@code feed} or {@code sitemap} (the source kinds the poller knows)
 * @param title   the feed's title (or the link's title attribute), or null
 * @param siteUrl the site's home page, or null
 * @param via     how it was found: {@code given} (the URL itself), {@code link} (a page's
 *                {@code <link rel=alternate>}), {@code path} (a common feed path), {@code robots}
 *                (a Sitemap line of robots.txt) or {@code sitemap-path}
 */
public record DiscoveredSource(URI url, String kind, String title, String siteUrl, String via) {}
