package newsdesk.store;

import java.time.Instant;

/**
 * How much a source delivers.
 *
 * @param sourceId       the source
 * @param articles       articles stored from it
 * @param recentArticles articles fetched from it at or after the {@code since} asked for
 * @param newest         time of its newest article, or null
 */
public record SourceStats(long sourceId, long articles, long recentArticles, Instant newest) {}
