package newsdesk.store;

import java.time.Instant;

/**
 * A story's row: its identity, time span and version.
 *
 * @param id             stable public id
 * @param createdAt      when newsdesk created it
 * @param firstPublished publication time of its earliest article
 * @param lastPublished  publication time of its newest article (the story's "updated")
 * @param updatedAt      when newsdesk last changed it
 * @param version        bumped on every membership change; briefs are cached per version
 * @param mergedInto     the story it was merged into, or null
 */
public record StoryRecord(
    String id,
    Instant createdAt,
    Instant firstPublished,
    Instant lastPublished,
    Instant updatedAt,
    int version,
    String mergedInto) {}
