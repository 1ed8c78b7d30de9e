/**
 * Feed parsing: RSS 0.90-2.0, RSS 1.0 (RDF), Atom 0.3/1.0, JSON Feed 1.0/1.1 and CDF into
 * {@link newsdesk.feed.Feed} / {@link newsdesk.feed.FeedEntry}.
 *
 * <p>Entry points: {@link newsdesk.feed.StandardFeedParser} (the {@link newsdesk.feed.FeedParser}
 * to instantiate; {@code parseResponse} also takes the HTTP headers), {@link newsdesk.feed.HtmlSanitizer}
 * (safe HTML for any untrusted fragment, reused by the web UI), {@link newsdesk.feed.FeedDates}
 * (dates in the forms found in feeds) and {@link newsdesk.feed.ConformanceBenchmark} (the
 * {@code newsdesk bench feeds} corpus runner). Everything else is package-private.
 */
package newsdesk.feed;
